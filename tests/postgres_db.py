"""A fresh PostgreSQL database for a test (or a module of tests): shared by tests/conftest.py's pg_database
fixture and the tests that need one for longer. CI must never skip PostgreSQL tests silently: with CI set, an
unreachable server fails the test."""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("CLUBAPP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@contextmanager
def fresh_pg_database(prefix: str = "clubapp_test"):
    """The URL of a fresh PostgreSQL database, dropped afterwards."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        admin.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_URL}: {exc}")
        pytest.skip(f"PostgreSQL is not reachable at {PG_URL} (set CLUBAPP_TEST_PG_URL): {exc}")
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
