"""GET /health: up, which version, which protocol (no token needed)."""

from __future__ import annotations

from fastapi import APIRouter

from ... import __version__
from ..middleware import PROTOCOL


def health_router() -> APIRouter:
    router = APIRouter()

    @router.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__, "protocol": str(PROTOCOL)}

    return router
