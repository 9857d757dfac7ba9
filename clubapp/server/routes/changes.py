"""Changes: a club's computer pushes its own and pulls what is new; /api/v1/device says who it is."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query

from ...store.sync_tables import Device
from ..api_models import DeviceAnswer, PullAnswer, PushAnswer, PushRequest
from ..sync_service import PULL_PAGE, Refused, SyncService
from .common import device

MAX_SEQ = 2**63 - 1  # sequence numbers are 64-bit (BIGINT): a larger mark would overflow the query


def changes_router(sync: SyncService) -> APIRouter:
    router = APIRouter()

    @router.post("/api/v1/push", response_model=PushAnswer)
    def push(body: PushRequest, current: Device = Depends(device)) -> PushAnswer:  # noqa: B008
        try:
            return PushAnswer(results=sync.push(current, body.changes))
        except Refused as exc:
            raise HTTPException(403, str(exc)) from exc

    @router.get("/api/v1/pull", response_model=PullAnswer)
    def pull(since: int = Query(default=0, ge=0, le=MAX_SEQ),
             limit: int = Query(default=PULL_PAGE, ge=1, le=PULL_PAGE),
             current: Device = Depends(device)) -> PullAnswer:  # noqa: B008
        return PullAnswer(**sync.pull(current, since, limit))

    @router.get("/api/v1/device", response_model=DeviceAnswer)
    def who_am_i(current: Device = Depends(device)) -> DeviceAnswer:  # noqa: B008 - FastAPI's way
        return DeviceAnswer(device_id=current.id, club_id=current.club_id, name=current.name)

    return router
