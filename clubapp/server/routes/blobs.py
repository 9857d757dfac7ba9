"""Photo bytes: how far an upload got, a chunk of an upload, the whole photo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ...store.sync_tables import Device
from ..blob_service import CHUNK_TOO_LARGE, MAX_CHUNK, BlobRefused, BlobService
from .common import device


def _answer(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except ValueError as exc:  # not a SHA-256 name
        raise HTTPException(400, str(exc)) from exc
    except BlobRefused as exc:
        raise HTTPException(exc.status, str(exc), headers={"X-Clubapp-Reason": exc.code} if exc.code else None) \
            from exc


def blobs_router(blobs: BlobService) -> APIRouter:
    router = APIRouter()

    @router.get("/api/v1/blobs/{sha256}/status")
    def blob_status(sha256: str, current: Device = Depends(device)) -> dict[str, Any]:  # noqa: B008
        return _answer(lambda: blobs.status(current, sha256))

    @router.put("/api/v1/blobs/{sha256}")
    async def blob_upload(sha256: str, request: Request, offset: int = Query(ge=0),
                          current: Device = Depends(device)) -> dict[str, Any]:  # noqa: B008
        # a photo this club has, before a byte of the body is read; then at most one chunk is read
        await run_in_threadpool(_answer, lambda: blobs.status(current, sha256))
        pieces, received = [], 0
        async for piece in request.stream():
            received += len(piece)
            if received > MAX_CHUNK:
                raise HTTPException(413, CHUNK_TOO_LARGE)
            pieces.append(piece)
        chunk = b"".join(pieces)
        return await run_in_threadpool(_answer, lambda: blobs.receive(current, sha256, offset, chunk))

    @router.get("/api/v1/blobs/{sha256}")
    def blob_download(sha256: str, current: Device = Depends(device)) -> Response:  # noqa: B008
        return Response(_answer(lambda: blobs.read(current, sha256)), media_type="image/jpeg")

    return router
