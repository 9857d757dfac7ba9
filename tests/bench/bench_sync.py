"""Sync over loopback: a new computer's first sync of a club, a sync with nothing to do, the bytes of one issue.

    python tests/bench/bench_sync.py --size full    # one club, ~10,000 records and 500 photos of phone size
    python tests/bench/bench_sync.py --size small   # what CI runs (through pytest)

Floors measured in the same run: copying the same bytes (the server's database file and photos) on the same
disk, and bulk-inserting the same rows into an empty SQLite file with executemany.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import httpx
from PIL import Image, ImageFilter
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from clubapp.paths import DataDir
from clubapp.services.accounts import AccountService
from clubapp.services.issues import IssueInput
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.store.local import LocalStore
from clubapp.store.models import SYNCED_MODELS
from clubapp.sync import SyncClient
from network_data import generate
from sync_server import running_server

SIZES = {"small": (60, 5), "full": (3300, 500)}  # issues (about 3 records each with events), photos


class Counting(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests = 0
        self.bytes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.bytes += len(request.content or b"") + sum(len(k) + len(v) for k, v in request.headers.raw)
        response = super().handle_request(request)
        body = response.read()
        self.bytes += len(body) + sum(len(k) + len(v) for k, v in response.headers.raw)
        return response


def phone_photo(seed: int) -> bytes:
    """A 1600x1200 JPEG of about 400 KB: the size a phone photo has after clubapp downscales it."""
    noise = Image.effect_noise((1600, 1200), 40 + seed % 7).convert("RGB").filter(ImageFilter.GaussianBlur(1))
    out = io.BytesIO()
    noise.save(out, "JPEG", quality=85)
    return out.getvalue()


def fill_club(live: dict, issues: int, photos: int) -> None:
    """Bulk rows for the club on the server, numbered as the server numbers versions; photo rows and bytes."""
    store = live["store"]
    generate(store.db.engine, 1, issues, seed=3)
    with store.db.engine.begin() as connection:
        generated = connection.execute(text("SELECT id FROM club WHERE id <> :a AND id <> :b"),
                                       {"a": live["club"], "b": live["other"]}).scalar()
        seq = connection.execute(text("SELECT value FROM kv_setting WHERE key = 'server_seq'")).scalar()
        seq = int(seq or 0)
        for model in SYNCED_MODELS[3:]:  # the generated club's members, projects, issues, events...
            table = model.__tablename__
            if "club_id" not in model.__table__.c:
                continue
            ids = [r[0] for r in connection.execute(text(f"SELECT id FROM {table} WHERE club_id = :c"),
                                                    {"c": generated})]
            for row_id in ids:
                seq += 1
                connection.execute(text(f"UPDATE {table} SET club_id = :club, server_seq = :s WHERE id = :i"),
                                   {"club": live["club"], "s": seq, "i": row_id})
        project = connection.execute(text("SELECT id FROM project WHERE club_id = :c LIMIT 1"),
                                     {"c": live["club"]}).scalar()
        for n in range(photos):
            data = phone_photo(n)
            sha = store.blobs.put(data)
            seq += 1
            connection.execute(text(
                "INSERT INTO photo (id, club_id, sha256, size_bytes, width, height, media_type, caption, project_id, "
                "created_at, updated_at, server_seq, field_seqs) VALUES (:id, :club, :sha, :size, 1600, 1200, "
                "'image/jpeg', '', :project, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :s, '{}')"),
                {"id": f"00000000-0000-4000-8000-{n:012d}", "club": live["club"], "sha": sha, "size": len(data),
                 "project": project, "s": seq})
        connection.execute(text("UPDATE kv_setting SET value = :s WHERE key = 'server_seq'"), {"s": seq})


def floors(live: dict, tmp: Path) -> tuple[float, float, int]:
    store = live["store"]
    source_db = Path(str(store.db.engine.url.database))
    photos = store.data_dir / "photos"
    started = time.perf_counter()
    shutil.copy(source_db, tmp / "copy.sqlite3")
    shutil.copytree(photos, tmp / "copy-photos")
    copy_s = time.perf_counter() - started
    total = source_db.stat().st_size + sum(p.stat().st_size for p in photos.rglob("*") if p.is_file())
    source = sqlite3.connect(source_db)
    target = sqlite3.connect(tmp / "floor.sqlite3")
    started = time.perf_counter()
    for (sql,) in source.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"):
        target.execute(sql)
    for model in SYNCED_MODELS:
        table = model.__tablename__
        rows = source.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            target.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    target.commit()
    insert_s = time.perf_counter() - started
    return copy_s, insert_s, total


def run(size: str) -> dict[str, float]:
    issues, photos = SIZES[size]
    tmp = Path(tempfile.mkdtemp(prefix="clubapp-bench-sync-"))
    with running_server(tmp) as live:
        fill_club(live, issues, photos)
        copy_s, insert_s, total_bytes = floors(live, tmp)
        pc = LocalStore(DataDir(tmp / "pc"))
        counting = Counting()
        client = SyncClient(pc, transport=counting)
        client.enroll(live["url"], live["codes"]["club"])
        started = time.perf_counter()
        first = client.sync()
        first_s = time.perf_counter() - started
        records = first.pulled
        print(f"first sync: {records:,} records and {first.photos_received} photos "
              f"({first.bytes_received / 1e6:.0f} MB) in {first_s:.1f} s, {counting.requests} requests, "
              f"{counting.bytes / 1e6:.0f} MB on the wire")
        print(f"floors: copying the same {total_bytes / 1e6:.0f} MB on disk {copy_s:.2f} s (ratio "
              f"{first_s / copy_s:.0f}x); bulk insert of the rows into SQLite {insert_s:.2f} s (ratio "
              f"{first_s / insert_s:.0f}x)")
        counting.requests = counting.bytes = 0
        started = time.perf_counter()
        client.sync()
        idle_s = time.perf_counter() - started
        idle_requests = counting.requests
        print(f"no-change sync: {idle_requests} requests, {idle_s * 1000:.0f} ms")
        student = AccountService(pc).sign_in("otieno", "1234")
        services = Services.for_store(pc)
        project = services.projects.create(student, student.club_id, ProjectInput(
            title="Bench", sector="health", status="implementation"))
        client.sync()
        counting.requests = counting.bytes = 0
        services.issues.record(student, project, IssueInput("Leaking roof", "poor_quality", "high",
                                                            description="Water comes in over the door."))
        client.sync()
        per_issue = counting.bytes
        print(f"one new issue (issue and its first event, sent and received back): {per_issue:,} bytes on the wire")
        pc.dispose()
    return {"records": records, "photos": first.photos_received, "first_s": first_s, "copy_ratio": first_s / copy_s,
            "insert_ratio": first_s / insert_s, "idle_requests": idle_requests, "idle_s": idle_s,
            "bytes_per_issue": per_issue}


def test_bench_sync_small():
    figures = run("small")
    assert figures["records"] > 100 and figures["photos"] == 5
    assert figures["idle_requests"] == 1  # nothing to send, one pull that says so


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="small")
    run(parser.parse_args().size)
