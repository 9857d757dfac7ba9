"""What every request passes before a route sees it: the protocol version, the body's size, the device's token;
and the headers every answer carries. Written as plain ASGI so that the token is checked before any body is
read (an unenrolled caller gets 401, never a 422)."""

from __future__ import annotations

import json
from typing import Any

from starlette.concurrency import run_in_threadpool

from ..services.errors import PermissionDenied
from ..store.sync_tables import Device
from .enrolment import EnrolmentService

MAX_BODY_BYTES = 20 * 1024 * 1024
PUBLIC_PATHS = frozenset({"/health", "/api/v1/enroll", "/api/v1/enroll-partner"})
NEED_TOKEN = "A device token is needed: enrol this computer first."
TOO_LARGE = "The request is too large."
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
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            await send_json(send, 413, {"detail": TOO_LARGE})
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

        async def hardened(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *HARDENING]}
            await send(message)

        await self.app(scope, receive, hardened)
