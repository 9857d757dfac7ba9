"""What the routers share: the device the middleware authenticated."""

from __future__ import annotations

from fastapi import Request

from ...store.sync_tables import Device


def device(request: Request) -> Device:
    return request.state.device  # every /api/ path but the public ones is authenticated by the middleware
