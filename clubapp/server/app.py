"""The HTTP API (FastAPI; its OpenAPI description is served at /openapi.json). Every endpoint but /health and
/api/v1/enroll needs a device's bearer token (clubapp.server.middleware). Bodies are size-limited and validated
by their models (clubapp.server.api_models); the routes live in clubapp.server.routes."""

from __future__ import annotations

from fastapi import FastAPI

from .. import __version__
from ..services.throttle import Throttle
from .blob_service import BlobService
from .bundles import bundle_keys_router
from .enrolment import EnrolmentService
from .middleware import MAX_BODY_BYTES, MIN_PROTOCOL, PROTOCOL, GuardMiddleware
from .routes.blobs import blobs_router
from .routes.changes import changes_router
from .routes.enrolment import enrolment_router
from .routes.health import health_router
from .store import ServerStore
from .sync_service import SyncService

__all__ = ["ENROL_FAILURES", "MAX_BODY_BYTES", "MIN_PROTOCOL", "PROTOCOL", "create_app"]

# Wrong enrolment codes and partner passwords an address may send per minute before it must wait (429). A school
# behind one router shares an address; ten slips a minute leaves room for a class typing a code by hand.
ENROL_FAILURES = "10/minute"


def create_app(store: ServerStore, enrol_failures: str = ENROL_FAILURES) -> FastAPI:
    app = FastAPI(title="clubapp server", version=__version__,
                  description="The central store Integrity Clubs' computers sync with.")
    enrolment = EnrolmentService(store.db)
    app.include_router(health_router())
    app.include_router(enrolment_router(enrolment, Throttle(enrol_failures)))
    app.include_router(changes_router(SyncService(store.db)))
    app.include_router(blobs_router(BlobService(store)))
    app.include_router(bundle_keys_router(store))  # USB bundle keys (bundles.py)
    app.add_middleware(GuardMiddleware, enrolment=enrolment)
    return app
