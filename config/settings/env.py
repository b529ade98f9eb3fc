"""Small readers for settings that come from the environment (docs/architecture.md, "Contracts")."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import tempfile
from collections.abc import Mapping
from pathlib import Path

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off", ""})
# A comma that starts another URL in a list of them ("http://a:9200,http://b:9200").
NEXT_URL = re.compile(r",(?=\s*+[A-Za-z][A-Za-z0-9+.-]*+://)")
# Whitespace and quotes around URLs in free text (a message, a command line).
AROUND_URLS = re.compile(r"""(\s++|["'<>])""")


def env_bool(name: str, default: bool = False, environ: Mapping[str, str] | None = None) -> bool:
    """Read a yes/no variable; an unrecognised word is an error rather than a silent default."""
    environ = os.environ if environ is None else environ
    raw = environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(
        f"{name}={raw!r} is not a yes/no value: use 1/0, true/false, yes/no or on/off."
    )


def env_list(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    """Read a comma-separated list, ignoring blanks."""
    environ = os.environ if environ is None else environ
    raw = environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_choice(
    name: str, choices: tuple[str, ...], environ: Mapping[str, str] | None = None
) -> str:
    """Read one of ``choices`` (the first is the default), with a clear error for another."""
    environ = os.environ if environ is None else environ
    raw = environ.get(name, "").strip() or choices[0]
    if raw not in choices:
        raise ValueError(f"{name}={raw!r} is not one of {', '.join(choices)}.")
    return raw


def env_int(name: str, default: int, environ: Mapping[str, str] | None = None) -> int:
    """Read a whole number, with a clear error for anything else."""
    environ = os.environ if environ is None else environ
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit():
        raise ValueError(f"{name}={raw!r} is not a whole number.")
    return int(raw)


def caches_from_env(url: str) -> dict[str, dict]:
    """``CACHES``: per-process memory for ``default``, and the database cache, which every
    worker shares, for ``shared`` (figures computed once for all workers, such as the
    insights); both on Redis when ``url`` (``CACHE_URL``) names one. Rate limits count in no
    cache (a cache may evict a count): they count in a table, ``jobboard.RateCounter``."""
    if url:
        if not url.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(
                f"CACHE_URL={masked_url(url)!r} must be a redis://, rediss:// or unix:// URL."
            )
        redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
        return {
            "default": {**redis, "KEY_PREFIX": "ptp"},
            "shared": {**redis, "KEY_PREFIX": "ptp-shared"},
        }
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ptp"},
        "shared": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "ptp_cache",
            "KEY_PREFIX": "shared",
        },
    }


def masked_url(url: str) -> str:
    """A URL (or a comma-separated list of them) for a message: the password of each as
    ``***`` ("redis://user:***@host:6379/0"), all of the user information when it has no
    password part ("https://***@host", often a token). The user information runs to the last
    "@" (a mistyped password may hold an "@" or a "/") from after "://", or from the start when
    the scheme is missing, which is often the very mistake being reported."""
    return ",".join(_masked_one(part) for part in NEXT_URL.split(url))


def _masked_one(url: str) -> str:
    at = url.rfind("@")
    if at == -1:
        return url
    scheme = url.find("://")
    start = scheme + 3 if 0 <= scheme < at else 0
    user, colon, _ = url[start:at].partition(":")
    masked = f"{user}:***" if colon else "***"
    return url[:start] + masked + url[at:]


def mask_credentials(text: str) -> str:
    """Free text with the credentials of every URL in it masked as ``masked_url`` does (only
    words with "://" and "@" are URLs with credentials here)."""
    if "://" not in text or "@" not in text:
        return text
    return "".join(
        masked_url(word) if "://" in word and "@" in word else word
        for word in AROUND_URLS.split(text)
    )


def secret_key(environ: Mapping[str, str], key_file: Path) -> str:
    """The secret key: ``DJANGO_SECRET_KEY`` when set, else one generated once and kept in a
    git-ignored file, so the embedded mode works without configuration and no key is ever
    committed. The file is born complete and private: the key is written to a temporary file
    with mode 0600, which is then hard-linked into place. Linking fails if the file exists, so
    when several workers start at once exactly one key wins and every worker reads it."""
    configured = environ.get("DJANGO_SECRET_KEY", "").strip()
    if configured:
        return configured
    try:
        return key_file.read_text().strip()
    except FileNotFoundError:
        pass
    key_file.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=key_file.parent, prefix=".secret_key-")
    try:
        with os.fdopen(descriptor, "w") as handle:  # mkstemp creates it with mode 0600
            handle.write(secrets.token_urlsafe(50))
        with contextlib.suppress(FileExistsError):  # another worker's key won
            os.link(temporary, key_file)
    finally:
        os.unlink(temporary)
    return key_file.read_text().strip()
