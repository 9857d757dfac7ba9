"""Migrations run on open and produce exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from clubapp.store.base import Base
from clubapp.store.database import Database, alembic_config, schema_revision

PG_URL = os.environ.get("CLUBAPP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_sqlite_store_is_migrated_to_head_on_open_and_matches_the_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert schema_revision(db.engine) == head
    assert _differences(db.engine) == []
    db.dispose()
    Database(f"sqlite:///{tmp_path / 'store.sqlite3'}").dispose()  # opening again is a no-op


@pytest.fixture
def pg_database():
    """A fresh PostgreSQL database. CI must never skip this silently: with CI set, unreachable means failure."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"clubapp_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_URL}: {exc}")
        pytest.skip(f"PostgreSQL is not reachable at {PG_URL} (set CLUBAPP_TEST_PG_URL): {exc}")
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.postgres
def test_postgresql_schema_from_migrations_matches_the_models(pg_database):
    db = Database(pg_database)
    assert _differences(db.engine) == []
    db.dispose()
