"""The HTTP API (FastAPI; its OpenAPI description is served at /openapi.json). Every endpoint but /health and
/api/v1/enroll needs a device's bearer token. Bodies are size-limited and validated by their models."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..services.errors import PermissionDenied
from ..services.throttle import Throttle, TooManyTries
from ..store.sync_tables import Device
from .blob_service import BlobRefused, BlobService
from .bundles import bundle_keys_router
from .enrolment import EnrolmentService
from .store import ServerStore
from .sync_service import MAX_CHANGES_PER_PUSH, PULL_PAGE, Refused, SyncService

MAX_BODY_BYTES = 20 * 1024 * 1024
MAX_SEQ = 2**63 - 1  # sequence numbers are 64-bit (BIGINT): a larger mark would overflow the query
NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL: refused with 422 before it reaches a query
PUBLIC_PATHS = frozenset({"/health", "/api/v1/enroll", "/api/v1/enroll-partner"})
NEED_TOKEN = "A device token is needed: enrol this computer first."
# Wrong enrolment codes and partner passwords an address may send per minute before it must wait (429). A school
# behind one router shares an address; ten slips a minute leaves room for a class typing a code by hand.
ENROL_FAILURES = "10/minute"
PROTOCOL = 1  # what this server speaks (clients send theirs in X-Clubapp-Protocol; none sent means 1)
MIN_PROTOCOL = 1  # older clients are refused before anything is read or written
TOO_OLD = ("This computer's clubapp is older than the server's: update clubapp, then sync again. Nothing was "
           "sent or changed; what is waiting stays queued on this computer.")


class EnrolRequest(BaseModel):
    code: str = Field(min_length=8, max_length=40, pattern=NO_NUL)
    device_name: str = Field(default="", max_length=120, pattern=NO_NUL)


class PartnerEnrolRequest(BaseModel):
    username: str = Field(min_length=1, max_length=120, pattern=NO_NUL)
    password: str = Field(min_length=1, max_length=200)
    device_name: str = Field(default="", max_length=120, pattern=NO_NUL)


class EnrolAnswer(BaseModel):
    device_id: str
    token: str
    club_id: str
    club_code: str
    club_name: str


class SessionRequest(BaseModel):
    previous: str | None = Field(default=None, max_length=64)
    next: str = Field(min_length=16, max_length=64)


class PushRequest(BaseModel):
    changes: list[dict[str, Any]] = Field(max_length=MAX_CHANGES_PER_PUSH)


class PushAnswer(BaseModel):
    results: list[dict[str, Any]]


class PullAnswer(BaseModel):
    rows: list[dict[str, Any]]
    next: int
    more: bool
    high: int = 0  # the server's last sequence number: a device mark above it means a restored server
    clubs: list[str] = []  # the clubs this device may read now (a partner's change as clubs join or leave)


class DeviceAnswer(BaseModel):
    device_id: str
    club_id: str | None
    name: str


def create_app(store: ServerStore, enrol_failures: str = ENROL_FAILURES) -> FastAPI:
    app = FastAPI(title="clubapp server", version=__version__,
                  description="The central store Integrity Clubs' computers sync with.")
    enrolment = EnrolmentService(store.db)
    sync = SyncService(store.db)
    blobs = BlobService(store)
    by_address = Throttle(enrol_failures)

    def guarded_enrolment(request: Request, attempt):
        """Run an enrolment attempt unless the caller's address has failed too often; count its failure."""
        address = request.client.host if request.client else "unknown"
        try:
            by_address.check(address)
            enrolled = attempt()
        except TooManyTries as exc:
            raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after)}) from exc
        except PermissionDenied as exc:
            by_address.failed(address)
            raise HTTPException(403, str(exc)) from exc
        return EnrolAnswer(**enrolled.__dict__)

    def _blob(action):
        try:
            return action()
        except ValueError as exc:  # not a SHA-256 name
            raise HTTPException(400, str(exc)) from exc
        except BlobRefused as exc:
            raise HTTPException(exc.status, str(exc)) from exc

    @app.middleware("http")
    async def limit_size_and_harden(request: Request, call_next):
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return JSONResponse({"detail": "The request is too large."}, status_code=413)
        spoken = request.headers.get("x-clubapp-protocol", "1")
        if request.url.path.startswith("/api/") and (not spoken.isdigit() or int(spoken) < MIN_PROTOCOL):
            return JSONResponse({"detail": TOO_OLD, "protocol": PROTOCOL, "min_protocol": MIN_PROTOCOL},
                                status_code=426)
        if request.url.path.startswith("/api/") and request.url.path not in PUBLIC_PATHS:
            # the token is checked before FastAPI reads the body: an unenrolled caller gets 401, never a 422
            try:
                authorization = request.headers.get("authorization", "")
                request.state.device = await run_in_threadpool(authenticated, authorization)
            except HTTPException as exc:
                return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cache-Control"] = "no-store"
        return response

    def authenticated(authorization: str) -> Device:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, NEED_TOKEN)
        try:
            return enrolment.authenticate(token)
        except PermissionDenied as exc:
            raise HTTPException(401, str(exc)) from exc

    def device(request: Request) -> Device:
        return request.state.device  # every /api/ path but the public ones is authenticated by the middleware

    app.include_router(bundle_keys_router(store))  # USB bundle keys (bundles.py)

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__, "protocol": str(PROTOCOL)}

    @app.post("/api/v1/enroll", response_model=EnrolAnswer)
    def enroll(body: EnrolRequest, request: Request) -> EnrolAnswer:
        return guarded_enrolment(request, lambda: enrolment.enroll(body.code, body.device_name))

    @app.post("/api/v1/enroll-partner", response_model=EnrolAnswer)
    def enroll_partner(body: PartnerEnrolRequest, request: Request) -> EnrolAnswer:
        # the account's own limit (five a minute, clubapp.services.throttle) applies too, from any address
        return guarded_enrolment(request, lambda: enrolment.enroll_partner(body.username, body.password,
                                                                           body.device_name))

    @app.post("/api/v1/session")
    def open_session(body: SessionRequest, current: Device = Depends(device)) -> dict[str, str]:  # noqa: B008
        return enrolment.open_session(current, body.previous, body.next)

    @app.post("/api/v1/push", response_model=PushAnswer)
    def push(body: PushRequest, current: Device = Depends(device)) -> PushAnswer:  # noqa: B008
        try:
            return PushAnswer(results=sync.push(current, body.changes))
        except Refused as exc:
            raise HTTPException(403, str(exc)) from exc

    @app.get("/api/v1/pull", response_model=PullAnswer)
    def pull(since: int = Query(default=0, ge=0, le=MAX_SEQ),
             limit: int = Query(default=PULL_PAGE, ge=1, le=PULL_PAGE),
             current: Device = Depends(device)) -> PullAnswer:  # noqa: B008
        return PullAnswer(**sync.pull(current, since, limit))

    @app.get("/api/v1/blobs/{sha256}/status")
    def blob_status(sha256: str, current: Device = Depends(device)) -> dict[str, Any]:  # noqa: B008
        return _blob(lambda: blobs.status(current, sha256))

    @app.put("/api/v1/blobs/{sha256}")
    async def blob_upload(sha256: str, request: Request, offset: int = Query(ge=0),
                          current: Device = Depends(device)) -> dict[str, Any]:  # noqa: B008
        chunk = await request.body()
        return _blob(lambda: blobs.receive(current, sha256, offset, chunk))

    @app.get("/api/v1/blobs/{sha256}")
    def blob_download(sha256: str, current: Device = Depends(device)) -> Response:  # noqa: B008
        return Response(_blob(lambda: blobs.read(current, sha256)), media_type="image/jpeg")

    @app.get("/api/v1/device", response_model=DeviceAnswer)
    def who_am_i(current: Device = Depends(device)) -> DeviceAnswer:  # noqa: B008 - FastAPI's way
        return DeviceAnswer(device_id=current.id, club_id=current.club_id, name=current.name)

    return app
