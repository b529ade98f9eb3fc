"""Settings for every environment, read from environment variables (docs/architecture.md,
"Contracts").

The defaults make the embedded mode work with no configuration: SQLite in ``var/`` inside the
project folder and the database search backend. Production sets ``DATABASE_URL``,
``SEARCH_URL``, ``DJANGO_SECRET_KEY`` and ``DJANGO_ALLOWED_HOSTS``.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from config.settings.env import (
    caches_from_env,
    env_bool,
    env_choice,
    env_int,
    env_list,
    secret_key,
)
from config.settings.search import search_settings_from_env, wagtail_search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PTP_VAR_DIR", BASE_DIR / "var"))

DEBUG = env_bool("DJANGO_DEBUG", default=False)
# Error pages and emails show URLs with credentials (SEARCH_URL, CACHE_URL...) as user:***@host.
DEFAULT_EXCEPTION_REPORTER_FILTER = "config.debug.CredentialsFilter"
SECRET_KEY = secret_key(os.environ, VAR_DIR / "secret_key")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "config",
    "postings",
    "pathways",
    "alerts",
    "applications",
    "insights",
    "gatherings",
    "cms",
    "ingest",
    "search",
    "jobboard",
    "wagtail.contrib.forms",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "csp",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "config.middleware.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "config.middleware.RememberedLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# The database: SQLite in the project folder unless DATABASE_URL names another
# (postgres://user:pass@host:5432/name for PostgreSQL).
DEFAULT_SQLITE_URL = f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or DEFAULT_SQLITE_URL,
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # WAL lets the site read while an ingest writes; a busy timeout instead of "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# The languages of the interface; a new one is a new folder under locale/ and a line here.
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Los_Angeles"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The search index: the database backend unless SEARCH_URL names an OpenSearch or
# Elasticsearch cluster (see config/settings/search.py).
SEARCH = search_settings_from_env(os.environ)
# How long pages keep a live-openings list before searching again.
CMS_OPENINGS_CACHE_SECONDS = int(os.environ.get("CMS_OPENINGS_CACHE_SECONDS", "60"))
# How long the default cache keeps agency and taxonomy names for facet labels (and the open
# titles' words for corrections).
SEARCH_LABEL_CACHE_SECONDS = 60

# Wagtail's own page search uses the same engine as jobs when one is configured.
WAGTAIL_SITE_NAME = "Public Tech Pathways"
# Pages in every language of LANGUAGES: one page tree per language (Wagtail's own localisation;
# docs/architecture.md says why not wagtail-localize). Organizers translate a page with
# "Translate" (simple_translation copies it, and its subpages if asked, as drafts).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
# The admin shows each user's avatar from this site (an uploaded picture, else Wagtail's default):
# never from Gravatar, which the servers cannot reach, the CSP forbids and which would tell an
# outside service who works in the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = wagtail_search_backends(SEARCH)
# Sign-ins and password resets in the Wagtail admin are rate-limited like the employers' own.
WAGTAILADMIN_USER_LOGIN_FORM = "postings.forms.AdminSignInForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "postings.forms.AdminPasswordResetForm"  # noqa: S105
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (ingest schedules, indexing after commit, emails): django-tasks with its
# database backend, which needs no extra server. Run a worker with
# `python manage.py db_worker` in production.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The insights' figures and charts are refreshed in the background when the results change.
INSIGHTS_REFRESH_ON_CHANGE = True

# Caches. "default" keeps each process's own copies of things cheap to recompute (facet
# counts, labels, page fragments); "shared" is shared by every worker: Django's database cache
# (its table is made by migrate) unless CACHE_URL names a Redis server, which then serves all.
# Rate limits count in a table of their own (jobboard.RateCounter), never in a cache.
CACHES = caches_from_env(os.environ.get("CACHE_URL", ""))
# How many proxies in front of the site append to X-Forwarded-For (0: trust none of it).
TRUSTED_PROXIES = env_int("DJANGO_TRUSTED_PROXIES", default=0)

# Employers sign in at /employers/login/; postings per account per hour (twice that per address).
LOGIN_URL = "/employers/login/"
LOGIN_REDIRECT_URL = "/employers/"
SUBMISSION_RATE_LIMIT_PER_HOUR = int(os.environ.get("SUBMISSION_RATE_LIMIT_PER_HOUR", "5"))

# Email: the console in embedded mode; SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "jobs@publictechpathways.org")
# The sender of job alerts (confirmations and digests).
ALERTS_FROM_EMAIL = os.environ.get("ALERTS_FROM_EMAIL", DEFAULT_FROM_EMAIL)

# Ingest: outside sources.
USAJOBS_API_KEY = os.environ.get("USAJOBS_API_KEY", "")
USAJOBS_USER_AGENT = os.environ.get("USAJOBS_USER_AGENT", "")
INGEST_ALLOW_PRIVATE_URLS = env_bool("INGEST_ALLOW_PRIVATE_URLS", default=False)
# Whether the seeded real sources start enabled (off in tests and the offline demo).
INGEST_SEED_SOURCES_ENABLED = env_bool("INGEST_SEED_SOURCES_ENABLED", default=True)
# Processes that read, parse and prepare sources' listings while one process writes them
# (``ingest`` over several sources): one per core by default; 1 reads and writes in turn.
INGEST_WORKERS = int(os.environ.get("INGEST_WORKERS", str(os.cpu_count() or 1)))

# Security headers on every response. Public pages get a Content-Security-Policy that allows
# scripts, styles and everything else from the site only (no inline script, no framing); the
# Wagtail and Django admins, which rely on inline scripts and styles, are left out of it.
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
if env_bool("DJANGO_HTTPS", default=False):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True

# Logs on stdout: one JSON object per line (production), or plain lines for a person at a
# console (LOG_FORMAT=console, which `make run` sets).
LOG_FORMAT = env_choice("LOG_FORMAT", ("json", "console"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "config.logging.JsonFormatter"},
        "console": {"()": "config.logging.ConsoleFormatter"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "stream": "ext://sys.stdout",
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        # Wagtail logs every page it creates, edits and publishes: an audit trail in production,
        # a screenful of noise while `make run` loads the demo.
        **({"wagtail": {"level": "WARNING"}} if LOG_FORMAT == "console" else {}),
    },
}
