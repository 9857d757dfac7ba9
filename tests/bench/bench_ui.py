"""How fast the desktop app opens and filters its big tables, and how long it takes to start.

    python tests/bench/bench_ui.py --size full     # 100,000 issues in 1,000 projects
    python tests/bench/bench_ui.py --size small    # what CI runs (through pytest)

Prints, for the projects and issues pages: time to open (load in the worker and fill the table) and to filter as
you type, and the time to a usable window of `clubapp` next to a bare PySide6 window started the same way (the
floor: no app can start faster than Python plus Qt).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clubapp.services.actor import Actor
from clubapp.services.registry import Services
from clubapp.store.local import open_local_store
from clubapp.ui.context import UiContext, UiEvents
from clubapp.ui.pages.issues import IssuesPage
from clubapp.ui.pages.projects import ProjectsPage
from clubapp.ui.tasks import TaskRunner
from network_data import generate

SIZES = {"small": (4, 250), "full": (200, 500)}  # clubs, issues per club
BARE_WINDOW = (
    "import time; t = time.perf_counter()\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()\n"
    "print(f'window usable after {time.perf_counter() - t:.2f} s')\n"
)


def wait(app: QApplication, condition, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not load")
        app.processEvents()
        time.sleep(0.001)


def apply_filter(table) -> None:
    """What happens when typing pauses (the pages wait 150 ms after the last key before filtering), until the
    table shows the answer (a table that filters in SQL on a worker says so with `pending`)."""
    if hasattr(table, "apply_filter"):
        table.apply_filter()
    QApplication.processEvents()
    wait(QApplication.instance(), lambda: not getattr(table, "pending", False))
    QApplication.processEvents()


def total_rows(table) -> int:
    """All the rows the table stands for: a model that fetches on demand knows its total, not just what it holds."""
    wait(QApplication.instance(), lambda: getattr(table.model, "counted", True))
    return getattr(table.model, "total", table.model.rowCount())


def resident_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def time_page(app: QApplication, ctx: UiContext, page_class, table_of, word: str) -> dict[str, float]:
    started = time.perf_counter()
    page = page_class(ctx)
    page.resize(1280, 800)
    page.show()
    wait(app, lambda: table_of(page).model.rowCount() > 0)
    app.processEvents()
    opened = time.perf_counter() - started
    table = table_of(page)
    memory = resident_mib()
    started = time.perf_counter()
    table.filter.setText(word)
    apply_filter(table)
    filtered = time.perf_counter() - started
    shown = total_rows(table) if hasattr(table, "pending") else table.proxy.rowCount()
    started = time.perf_counter()
    table.filter.setText(word + " 1")  # the next word typed
    apply_filter(table)
    next_key = time.perf_counter() - started
    table.filter.setText("")
    apply_filter(table)
    rows = total_rows(table)
    page.close()
    return {"rows": rows, "open_s": opened, "filter_s": filtered, "next_key_s": next_key, "shown": shown,
            "memory_mib": memory}


def raw_read_floor(data_dir: Path) -> float:
    """The least any issues page could cost: the rows it shows, read by sqlite3 with no ORM and no Qt."""
    connection = sqlite3.connect(data_dir / "clubapp.sqlite3")
    started = time.perf_counter()
    connection.execute(
        "SELECT i.id, i.club_id, i.project_id, p.title, i.tracking_number, i.title, i.category, i.severity, "
        "i.status, i.review_state, i.identified_on, i.awaiting_response_since, c.follow_up_days FROM issue i "
        "JOIN project p ON p.id = i.project_id JOIN club c ON c.id = i.club_id WHERE i.deleted_at IS NULL "
        "ORDER BY i.identified_on DESC, i.tracking_number").fetchall()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def startup(data_dir: Path) -> tuple[float, float]:
    env = dict(os.environ, CLUBAPP_QUIT_AFTER_MS="0")

    def run(args: list[str]) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
            assert "window usable after" in out.stdout, out.stderr
            best = min(best, time.perf_counter() - started)
        return best

    app_s = run([sys.executable, "-m", "clubapp.cli.main", "--data-dir", str(data_dir)])
    bare_s = run([sys.executable, "-c", BARE_WINDOW])
    return app_s, bare_s


def run(size: str) -> dict[str, float]:
    clubs, per_club = SIZES[size]
    app = QApplication.instance() or QApplication([])
    data_dir = Path(tempfile.mkdtemp(prefix="clubapp-bench-ui-"))
    store = open_local_store(data_dir)
    started = time.perf_counter()
    generate(store.engine, clubs, per_club)
    print(f"generated {clubs * per_club:,} issues in {time.perf_counter() - started:.1f} s")
    ctx = UiContext(services=Services.for_store(store), actor=Actor.operator(), tasks=TaskRunner(),
                    events=UiEvents())
    floor = raw_read_floor(data_dir)
    projects = time_page(app, ctx, ProjectsPage, lambda p: p, "project")
    issues = time_page(app, ctx, IssuesPage, lambda p: p.issues, "crack")
    store.dispose()
    app_s, bare_s = startup(data_dir)
    figures = {
        "projects_rows": projects["rows"], "projects_open_s": projects["open_s"],
        "projects_filter_s": projects["filter_s"],
        "issues_rows": issues["rows"], "issues_open_s": issues["open_s"], "issues_filter_s": issues["filter_s"],
        "issues_next_key_s": issues["next_key_s"], "issues_memory_mib": issues["memory_mib"],
        "raw_read_s": floor, "issues_open_ratio": issues["open_s"] / floor,
        "start_s": app_s, "bare_window_s": bare_s, "start_ratio": app_s / bare_s,
    }
    print(f"projects page: {projects['rows']:,} rows, open {projects['open_s']:.2f} s, "
          f"filter {projects['filter_s'] * 1000:.0f} ms")
    print(f"issues page:   {issues['rows']:,} rows, open {issues['open_s']:.2f} s, "
          f"filter {issues['filter_s'] * 1000:.0f} ms, next keystroke {issues['next_key_s'] * 1000:.0f} ms, "
          f"{issues['memory_mib']:.0f} MiB resident with the page open")
    print(f"floor: reading the same issue columns with sqlite3 alone {floor:.2f} s "
          f"(the issues page opens in {issues['open_s'] / floor:.1f}x that)")
    print(f"start to usable window: clubapp {app_s:.2f} s, bare PySide6 window {bare_s:.2f} s "
          f"(ratio {app_s / bare_s:.1f}x)")
    return figures


def test_bench_ui_small():
    figures = run("small")
    assert figures["issues_rows"] == 1000 and figures["projects_rows"] == 20
    assert figures["start_ratio"] > 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="small")
    run(parser.parse_args().size)
