"""For several worker processes behind one address: `uvicorn --factory clubapp.server.asgi:create --workers 4`
(what `clubapp-server run --workers 4` does). The store is named by CLUBAPP_SERVER_DATA_DIR and, for PostgreSQL,
CLUBAPP_DATABASE_URL; each worker opens its own connections."""

from __future__ import annotations

import os

from fastapi import FastAPI

from .app import create_app
from .store import open_server_store

DATA_DIR_ENV = "CLUBAPP_SERVER_DATA_DIR"
DATABASE_URL_ENV = "CLUBAPP_DATABASE_URL"


def create() -> FastAPI:
    store = open_server_store(os.environ.get(DATA_DIR_ENV, "clubapp-server-data"), os.environ.get(DATABASE_URL_ENV))
    return create_app(store)
