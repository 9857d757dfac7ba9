"""The HTTP API (FastAPI; its OpenAPI description is served at /openapi.json). Every endpoint but /health and
/api/v1/enroll needs a device's bearer token. Bodies are size-limited and validated by their models."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from .. import __version__
from ..services.errors import PermissionDenied
from ..store.sync_tables import Device
from .blob_service import BlobRefused, BlobService
from .enrolment import EnrolmentService
from .store import ServerStore
from .sync_service import MAX_CHANGES_PER_PUSH, PULL_PAGE, Refused, SyncService

MAX_BODY_BYTES = 20 * 1024 * 1024


class EnrolRequest(BaseModel):
    code: str = Field(min_length=8, max_length=40)
    device_name: str = Field(default="", max_length=120)


class PartnerEnrolRequest(BaseModel):
    username: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=1, max_length=200)
    device_name: str = Field(default="", max_length=120)


class EnrolAnswer(BaseModel):
    device_id: str
    token: str
    club_id: str
    club_code: str
    club_name: str


class PushRequest(BaseModel):
    changes: list[dict[str, Any]] = Field(max_length=MAX_CHANGES_PER_PUSH)


class PushAnswer(BaseModel):
    results: list[dict[str, Any]]


class PullAnswer(BaseModel):
    rows: list[dict[str, Any]]
    next: int
    more: bool


class DeviceAnswer(BaseModel):
    device_id: str
    club_id: str | None
    name: str


def create_app(store: ServerStore) -> FastAPI:
    app = FastAPI(title="clubapp server", version=__version__,
                  description="The central store Integrity Clubs' computers sync with.")
    enrolment = EnrolmentService(store.db)
    sync = SyncService(store.db)
    blobs = BlobService(store)

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
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cache-Control"] = "no-store"
        return response

    def device(authorization: str = Header(default="")) -> Device:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "A device token is needed: enrol this computer first.")
        try:
            return enrolment.authenticate(token)
        except PermissionDenied as exc:
            raise HTTPException(401, str(exc)) from exc

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.post("/api/v1/enroll", response_model=EnrolAnswer)
    def enroll(body: EnrolRequest) -> EnrolAnswer:
        try:
            enrolled = enrolment.enroll(body.code, body.device_name)
        except PermissionDenied as exc:
            raise HTTPException(403, str(exc)) from exc
        return EnrolAnswer(**enrolled.__dict__)

    @app.post("/api/v1/enroll-partner", response_model=EnrolAnswer)
    def enroll_partner(body: PartnerEnrolRequest) -> EnrolAnswer:
        try:
            enrolled = enrolment.enroll_partner(body.username, body.password, body.device_name)
        except PermissionDenied as exc:
            raise HTTPException(403, str(exc)) from exc
        return EnrolAnswer(**enrolled.__dict__)

    @app.post("/api/v1/push", response_model=PushAnswer)
    def push(body: PushRequest, current: Device = Depends(device)) -> PushAnswer:  # noqa: B008
        try:
            return PushAnswer(results=sync.push(current, body.changes))
        except Refused as exc:
            raise HTTPException(403, str(exc)) from exc

    @app.get("/api/v1/pull", response_model=PullAnswer)
    def pull(since: int = Query(default=0, ge=0), limit: int = Query(default=PULL_PAGE, ge=1, le=PULL_PAGE),
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
