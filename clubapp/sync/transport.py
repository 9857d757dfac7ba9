"""The sync client's requests to the server: one kept-alive connection per thread's sync, a bounded back-off on
the answers a busy or broken link gives, and every failure turned into a message a teacher can act on.

Every request the client makes is safe to repeat (the server answers a change it has seen with the answer it gave
the first time; photo chunks name their offset), so a lost answer is simply asked again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from ..services.errors import ServiceError
from ..store.local import LocalStore
from ..words import _

PROTOCOL = 1  # the sync protocol this client speaks; a server that needs a newer one answers 426
RETRY_PAUSES = (0.2, 0.5, 1.0, 2.0, 0.0)  # a bounded back-off: five tries, then the person is told
RETRY_STATUS = {429, 500, 502, 503, 504}
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class SyncError(ServiceError):
    """Sync could not finish; what was not sent is still queued."""


class TooLarge(SyncError):
    """A proxy or the server refused a request as too large (413): send less at a time."""


class NotOnServer(SyncError):
    """The server has no such thing for this computer (404): a photo it refused, or bytes not uploaded yet."""


class Transport:
    def __init__(self, store: LocalStore, transport: httpx.BaseTransport | None = None,
                 retry_pauses: tuple[float, ...] = RETRY_PAUSES):
        self.store = store
        self.transport = transport  # tests put a fault-injecting transport or proxy here
        self.retry_pauses = retry_pauses
        self._local = threading.local()  # each thread's sync keeps its own connection

    @contextmanager
    def connection(self) -> Iterator[None]:
        """One connection, kept alive for the requests of one sync."""
        self._local.http = httpx.Client(timeout=TIMEOUT, transport=self.transport)
        try:
            yield
        finally:
            self._local.http.close()
            self._local.http = None

    def request(self, method: str, path: str, *, base: str | None = None, token: str | None = "stored",
                raw: bool = False, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        base = base or self.store.get_setting("server_url", "")
        headers = {**(headers or {}), "X-Clubapp-Protocol": str(PROTOCOL)}
        if token == "stored":
            headers["Authorization"] = f"Bearer {self.store.get_setting('sync_token', '')}"
        response = self._send_with_retries(method, base.rstrip("/") + path, headers, raw, kwargs)
        return _answer(response, raw)

    def _send_with_retries(self, method: str, url: str, headers: dict[str, str], raw: bool,
                           kwargs: dict[str, Any]) -> httpx.Response:
        response = None
        for attempt, pause in enumerate(self.retry_pauses):
            try:
                http = getattr(self._local, "http", None)
                if http is not None:
                    response = http.request(method, url, headers=headers, **kwargs)
                else:
                    with httpx.Client(timeout=TIMEOUT, transport=self.transport) as http:
                        response = http.request(method, url, headers=headers, **kwargs)
                if response.status_code not in RETRY_STATUS:
                    if raw or response.status_code >= 400:
                        break
                    response.json()  # a truncated body is retried like a dropped connection
                    break
            except (httpx.HTTPError, ValueError) as exc:
                if attempt == len(self.retry_pauses) - 1:
                    raise SyncError(_("The server could not be reached ({reason}). Nothing was lost: what is not sent stays "
                                      "queued; try again when the connection is back.").format(reason=type(exc).__name__)) from exc
            time.sleep(pause)
        assert response is not None  # the loop either answered or raised
        return response


def _answer(response: httpx.Response, raw: bool) -> Any:
    if response.status_code == 426:
        raise SyncError(detail(response) or _("Update clubapp: the server needs a newer version."))
    if response.status_code == 413:
        raise TooLarge(_("The network refused a request as too large."))
    if response.status_code in (401, 403):
        raise SyncError(detail(response) or _("The server refused this computer: enrol it again."))
    if response.status_code == 404:
        raise NotOnServer(detail(response) or _("The server does not have it."))
    if response.status_code >= 400:
        raise SyncError(_("The server answered with an error ({status}): {detail}").format(
            status=response.status_code, detail=detail(response)))
    if raw:
        return response.content
    try:
        return response.json()
    except ValueError as exc:
        raise SyncError(_("The server's answer was damaged; try again.")) from exc


def detail(response: httpx.Response) -> str:
    try:
        text = response.json().get("detail", "")
    except (ValueError, AttributeError):
        return response.text[:200]
    return text if isinstance(text, str) else str(text)[:200]
