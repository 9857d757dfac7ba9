"""Migrations run on open and produce exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from clubapp.store.base import Base
from clubapp.store.database import Database, alembic_config, schema_revision


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


@pytest.mark.postgres
def test_postgresql_schema_from_migrations_matches_the_models(pg_database):
    db = Database(pg_database)
    assert _differences(db.engine) == []
    db.dispose()
