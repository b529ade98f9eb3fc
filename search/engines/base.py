"""The interface every engine adapter offers, and the errors it raises."""

from __future__ import annotations

import queue
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import wraps
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit


class SearchEngineError(Exception):
    """The engine answered, but refused or failed the request (a bad body, a missing index)."""


class SearchEngineUnavailable(SearchEngineError):
    """The engine could not be reached in time (down, refusing connections, or too slow)."""


def node_urls(url: str) -> list[str]:
    """The node URLs of a ``SEARCH_URL``: one, or several separated by commas."""
    return [part.strip() for part in url.split(",") if part.strip()]


def client_hosts(url: str) -> tuple[list[str], tuple[str, str] | None]:
    """The nodes of a ``SEARCH_URL`` without credentials, and the first credentials any of
    them carries (a cluster has one set)."""
    hosts, credentials = [], None
    for each in node_urls(url):
        bare, given = split_credentials(each)
        hosts.append(bare)
        credentials = credentials or given
    return hosts, credentials


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``http://user:secret@host:9200`` as the URL without its credentials, and the
    (user, password) pair for HTTP basic authentication (None when the URL has none)."""
    parts = urlsplit(url)
    if parts.username is None:
        return url, None
    netloc = parts.hostname or ""
    if ":" in netloc:  # an IPv6 literal
        netloc = f"[{netloc}]"
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    bare = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return bare, (unquote(parts.username), unquote(parts.password or ""))


def translate_errors(
    engine: str,
    unavailable: tuple[type[Exception], ...],
    refused: tuple[type[Exception], ...],
) -> Callable[[Callable], Callable]:
    """A decorator turning a client's exceptions into the project's two engine errors."""

    def decorator(method: Callable) -> Callable:
        @wraps(method)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except unavailable as exc:
                raise SearchEngineUnavailable(f"{engine} is unreachable: {exc}") from exc
            except refused as exc:
                raise SearchEngineError(f"{engine} refused the request: {exc}") from exc

        return wrapper

    return decorator


# A search the cluster answered with a server error (a node that left a moment ago still in
# the routing of one of the shards) is asked once more after this pause.
SEARCH_RETRY_PAUSE = 0.3


def retried_once_on_server_error(method: Callable) -> Callable:
    """For read-only requests: a 5xx answer (not a timeout or a refused connection, which the
    client already handles) is retried once after a short pause, while the cluster moves a
    dead node's shards to their replicas; a second failure is raised as the first was."""

    @wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except SearchEngineUnavailable:
            raise
        except SearchEngineError as exc:
            cause = exc.__cause__
            status = getattr(cause, "status_code", None) or getattr(
                getattr(cause, "meta", None), "status", None
            )
            if not isinstance(status, int) or status < 500:
                raise
            time.sleep(SEARCH_RETRY_PAUSE)
            return method(*args, **kwargs)

    return wrapper


@dataclass
class BulkResult:
    """What a bulk write did: how many actions succeeded and the failures, item by item."""

    succeeded: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, ok: bool, item: Any) -> None:
        if ok:
            self.succeeded += 1
        else:
            self.errors.append(item)


class EngineAdapter(ABC):
    """A client for one engine. Bodies are plain dicts in the shared query DSL; the adapter only
    sends them and turns the client's exceptions into ``SearchEngineError`` and
    ``SearchEngineUnavailable``."""

    name: str = ""

    def __init__(self, url: str, *, timeout: float = 2.0) -> None:
        self.url = url
        self.timeout = timeout

    @abstractmethod
    def info(self) -> dict[str, Any]:
        """The root endpoint: name, cluster and version."""

    @abstractmethod
    def cluster_health(self, *, timeout: float | None = None) -> dict[str, Any]:
        """Cluster health (``status`` is green, yellow or red)."""

    @abstractmethod
    def wait_for_green(self, index: str, *, seconds: float) -> bool:
        """Wait up to ``seconds`` for every copy of ``index`` to be allocated; False when the
        wait ran out (too few nodes for its replicas, say)."""

    @abstractmethod
    def create_index(self, name: str, body: dict[str, Any]) -> None:
        """Create an index with settings and mappings."""

    @abstractmethod
    def delete_index(self, name: str) -> None:
        """Delete an index; a missing index is not an error."""

    @abstractmethod
    def index_exists(self, name: str) -> bool:
        """Whether an index or alias of this name exists."""

    @abstractmethod
    def refresh(self, name: str) -> None:
        """Make recent writes visible to search."""

    @abstractmethod
    def put_settings(self, name: str, body: dict[str, Any]) -> None:
        """Change dynamic index settings (refresh interval, replicas)."""

    @abstractmethod
    def search(self, index: str, body: dict[str, Any], *, cache: bool = False) -> dict[str, Any]:
        """Run a search body and return the raw response. ``cache`` asks the engine's shard
        request cache to keep the whole response (hits too) until the next refresh."""

    @abstractmethod
    def count(self, index: str, body: dict[str, Any] | None = None) -> int:
        """Count the documents matching a query (all of them without one)."""

    @abstractmethod
    def aliased_indexes(self, alias: str) -> list[str]:
        """The concrete indexes an alias points at (empty when there is no such alias)."""

    @abstractmethod
    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        """Apply alias actions atomically (used to swap an alias to a new index)."""

    @abstractmethod
    def _streaming_bulk(
        self, actions: Iterable[dict[str, Any]], chunk_size: int, options: dict[str, Any]
    ) -> Iterator:
        """The client's own streaming bulk helper, yielding ``(ok, item)`` per action;
        ``options`` go to each bulk request."""

    def bulk(
        self,
        actions: Iterable[dict[str, Any]],
        *,
        chunk_size: int = 500,
        wait_for_refresh: bool = False,
        pipelined: bool = False,
    ) -> BulkResult:
        """Stream actions in chunks through the client's bulk helper, collecting failures
        instead of raising on the first one, so one bad document never loses the rest. With
        ``wait_for_refresh`` each request returns only once its changes are searchable (the
        index's next scheduled refresh; none is forced).

        ``pipelined``: the requests are sent from a worker thread while this thread goes on
        producing the next actions (reading the database, building documents), at most four
        chunks ahead, instead of waiting for each response. The actions are still produced
        here, so a database connection (and its transaction) is used from one thread only."""
        result = BulkResult()
        options = {"refresh": "wait_for"} if wait_for_refresh else {}
        if pipelined:
            self._send_behind(actions, chunk_size, result, options)
            return result
        for ok, item in self._streaming_bulk(actions, chunk_size, options):
            result.add(ok, item)
        return result

    def _send_behind(
        self,
        actions: Iterable[dict[str, Any]],
        chunk_size: int,
        result: BulkResult,
        options: dict[str, Any],
    ) -> None:
        chunks: queue.Queue = queue.Queue(maxsize=4)
        failure: list[BaseException] = []

        def queued() -> Iterator[dict[str, Any]]:
            while (chunk := chunks.get()) is not None:
                yield from chunk

        def send() -> None:
            try:
                for ok, item in self._streaming_bulk(queued(), chunk_size, options):
                    result.add(ok, item)
            except BaseException as exc:  # re-raised in the producing thread below
                failure.append(exc)

        sender = threading.Thread(target=send, name="bulk-sender", daemon=True)
        sender.start()

        def hand_over(chunk: list | None) -> bool:
            """Queue a chunk (None: the end); False once the sender has stopped."""
            while sender.is_alive():
                try:
                    chunks.put(chunk, timeout=0.5)
                    return True
                except queue.Full:
                    continue
            return False

        try:
            chunk: list[dict[str, Any]] = []
            for action in actions:
                chunk.append(action)
                if len(chunk) < chunk_size:
                    continue
                if not hand_over(chunk):
                    break  # the sender failed: its error is raised below
                chunk = []
            if chunk:
                hand_over(chunk)
        finally:
            hand_over(None)
            sender.join()
        if failure:
            raise failure[0]
