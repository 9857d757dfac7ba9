"""What every request passes before a route sees it: the protocol version, the body's size, the device's token;
and the headers every answer carries. Written as plain ASGI so that the token is checked before any body is
read (an unenrolled caller gets 401, never a 422)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from ..services.errors import PermissionDenied
from ..store.sync_tables import Device
from .blob_service import CHUNK_TOO_LARGE, MAX_CHUNK
from .enrolment import EnrolmentService

MAX_BODY_BYTES = 20 * 1024 * 1024
PUBLIC_PATHS = frozenset({"/health", "/api/v1/enroll", "/api/v1/enroll-partner"})
NEED_TOKEN = "A device token is needed: enrol this computer first."
TOO_LARGE = "The request is too large."
# A body must keep coming: no gap longer than BODY_IDLE seconds, and after BODY_GRACE seconds at least
# MIN_BODY_RATE bytes a second on average (a 64 kbit/s school link sends 8,000).
BODY_IDLE = 15.0
BODY_GRACE = 20.0
MIN_BODY_RATE = 500
TOO_SLOW = "The request's body came too slowly; the connection was closed. Try again on a better connection."
PROTOCOL = 1  # what this server speaks (clients send theirs in X-Clubapp-Protocol; none sent means 1)
MIN_PROTOCOL = 1  # older clients are refused before anything is read or written
TOO_OLD = ("This computer's clubapp is older than the server's: update clubapp, then sync again. Nothing was "
           "sent or changed; what is waiting stays queued on this computer.")
HARDENING = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"), (b"cache-control", b"no-store")]


class Unauthenticated(Exception):
    pass


def authenticated(enrolment: EnrolmentService, authorization: str) -> Device:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthenticated(NEED_TOKEN)
    try:
        return enrolment.authenticate(token)
    except PermissionDenied as exc:
        raise Unauthenticated(str(exc)) from exc


async def send_json(send: Any, status: int, body: dict[str, Any], headers: list | None = None) -> None:
    payload = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            *HARDENING, *(headers or [])]})
    await send({"type": "http.response.body", "body": payload})


class GuardMiddleware:
    def __init__(self, app: Any, enrolment: EnrolmentService):
        self.app = app
        self.enrolment = enrolment

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        path = scope["path"]
        limit, refusal = (MAX_CHUNK, CHUNK_TOO_LARGE) if path.startswith("/api/v1/blobs/") \
            else (MAX_BODY_BYTES, TOO_LARGE)
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            await send_json(send, 413, {"detail": refusal})
            return
        spoken = headers.get("x-clubapp-protocol", "1")
        if path.startswith("/api/") and (not spoken.isdigit() or int(spoken) < MIN_PROTOCOL):
            await send_json(send, 426, {"detail": TOO_OLD, "protocol": PROTOCOL, "min_protocol": MIN_PROTOCOL})
            return
        if path.startswith("/api/") and path not in PUBLIC_PATHS:
            try:
                device = await run_in_threadpool(authenticated, self.enrolment, headers.get("authorization", ""))
            except Unauthenticated as exc:
                await send_json(send, 401, {"detail": str(exc)})
                return
            scope.setdefault("state", {})["device"] = device

        started = False

        async def hardened(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *HARDENING]}
            await send(message)

        try:
            await self.app(scope, limited(receive, limit, refusal), hardened)
        except HTTPException as exc:  # a body refused, read by something that let the refusal through
            if exc.status_code not in (408, 413) or started:
                raise
            await send_json(send, exc.status_code, {"detail": refusal if exc.status_code == 413 else TOO_SLOW})


def limited(receive: Any, limit: int, refusal: str) -> Any:
    """`receive`, counting the body's bytes as they arrive (chunked or not, whatever Content-Length said): past
    the limit, the request is refused (413) before more is read, so a huge body is never held in memory. A body
    that stops, or trickles, is refused (408) and its connection closed (clubapp.server.serving)."""
    received = 0
    started: float | None = None
    body_done = False

    async def counting() -> dict[str, Any]:
        nonlocal received, started, body_done
        if body_done:  # the body is in: what follows is a wait for a disconnect, as long as it takes
            return await receive()
        started = started if started is not None else time.monotonic()
        try:
            message = await asyncio.wait_for(receive(), BODY_IDLE)
        except TimeoutError:
            raise HTTPException(408, TOO_SLOW) from None
        if message["type"] != "http.request":
            return message
        received += len(message.get("body", b""))
        body_done = not message.get("more_body", False)
        if received > limit:
            raise HTTPException(413, refusal)
        elapsed = time.monotonic() - started
        if not body_done and elapsed > BODY_GRACE and received / elapsed < MIN_BODY_RATE:
            raise HTTPException(408, TOO_SLOW)
        return message

    return counting
