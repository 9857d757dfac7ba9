"""Partner dashboard figures and exports on a large network in PostgreSQL.

    python tests/bench/bench_stats.py --size full     # 1,000,000 issues across 5,000 clubs
    python tests/bench/bench_stats.py --size small    # what CI runs (through pytest)

Each dashboard query is timed (best of 3) and shown next to the floor measured in the same run: PostgreSQL
counting every issue row (a full scan with no grouping), so the ratio says what the grouping, joins and medians
cost on top of reading the rows at all. The export is shown next to PostgreSQL's own COPY of the issue and event
tables to a file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clubapp.domain.codelists import Role
from clubapp.exports.tables import ExportRows
from clubapp.exports.tabular import export_csv
from clubapp.services.actor import Actor
from clubapp.services.stats import StatsFilter, StatsService
from clubapp.store.database import Database
from network_data import generate

SIZES = {"small": (20, 50), "medium": (500, 200), "full": (5000, 200)}
PG_URL = os.environ.get("CLUBAPP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@contextmanager
def fresh_database(base_url: str):
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    name = f"clubapp_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def run(size: str, url: str | None = None) -> dict[str, float]:
    clubs, per_club = SIZES[size]
    results: dict[str, float] = {}
    with fresh_database(url or PG_URL) as db_url:
        db = Database(db_url)
        started = time.perf_counter()
        generated = generate(db.engine, clubs, per_club)
        with db.engine.connect() as connection:
            connection.execute(text("ANALYZE"))
            connection.commit()
        print(f"network: {generated['issues']:,} issues across {clubs:,} clubs, "
              f"written in {time.perf_counter() - started:.1f} s")

        def floor() -> None:
            with db.engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM issue")).scalar()

        floor_s = best_of(floor)
        results["floor"] = floor_s
        print(f"{'query':<34} {'seconds':>9} {'x floor':>9}")
        print(f"{'floor: count(*) over issues':<34} {floor_s:>9.3f} {1:>9.1f}")
        stats = StatsService(db)
        admin = Actor(role=Role.ADMIN)
        partner = Actor(role=Role.PARTNER_STAFF, organisation_id=_first_org(db))
        cases = [("overall (admin)", lambda: stats.figures(admin))]
        for by in ("country", "club", "sector", "category", "month", "gender", "age_band"):
            cases.append((f"by {by}", lambda by=by: stats.figures(admin, by=by)))
        cases.append(("partner, by club", lambda: stats.figures(partner, by="club")))
        cases.append(("filtered: KE, 2026, by sector", lambda: stats.figures(
            admin, StatsFilter(countries=("KE",), date_from=__import__("datetime").date(2026, 1, 1)), by="sector")))
        for label, fn in cases:
            seconds = best_of(fn)
            results[label] = seconds
            print(f"{label:<34} {seconds:>9.3f} {seconds / floor_s:>9.1f}")
        with tempfile.TemporaryDirectory() as tmp:
            copy_s = _copy_floor(db, Path(tmp) / "copy.csv")
            started = time.perf_counter()
            counts = export_csv(ExportRows(db, admin), Path(tmp) / "network.zip")
            export_s = time.perf_counter() - started
        results["export"], results["copy_floor"] = export_s, copy_s
        print(f"export csv.zip ({counts['issues']:,} issues, {counts['events']:,} events): {export_s:.1f} s; "
              f"PostgreSQL COPY of the same tables: {copy_s:.1f} s; ratio {export_s / copy_s:.1f}")
        db.dispose()
    return results


def _first_org(db: Database) -> str:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT id FROM organisation ORDER BY name LIMIT 1")).scalar()


def _copy_floor(db: Database, path: Path) -> float:
    raw = db.engine.raw_connection()
    started = time.perf_counter()
    try:
        with raw.cursor() as cursor, path.open("wb") as out:
            for table in ("issue", "issue_event"):
                with cursor.copy(f"COPY {table} TO STDOUT WITH (FORMAT csv)") as copy:
                    for chunk in copy:
                        out.write(chunk)
    finally:
        raw.close()
    return time.perf_counter() - started


def test_bench_stats_small(pg_database):
    # pg_database: fails in CI (skips loudly elsewhere) when PostgreSQL is missing; the bench makes its own database.
    results = run("small")
    assert results["overall (admin)"] > 0 and results["export"] > 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="small")
    run(parser.parse_args().size)
