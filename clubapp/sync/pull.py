"""Pulling what is new: pages of rows newer than this computer's mark, each written with the mark after it in one
transaction that queues nothing (the rows are the server's already), so a pull stopped anywhere starts again where
it stopped. Fields edited here and not yet accepted are not undone by an older version from the server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, inspect, select, text

from ..services.issues import refresh_issue_state
from ..services.members import scrub_erased_member
from ..services.reviews import REVIEWABLE, refresh_review_state
from ..store.database import rows_by_key
from ..store.fields import field_columns, from_json
from ..store.local import LocalStore
from ..store.models import MODEL_BY_TABLE, SYNCED_MODELS, Issue, IssueEvent, Member, Photo, ReviewEvent
from ..store.sync_tables import KeyValue, OutboxChange
from ..words import ngettext, number
from .report import SyncReport
from .transport import Transport

PAGE_HINT = 200  # how far ahead the progress bar guesses while more pages come
Progress = Callable[[int, int, str], None]


class Puller:
    def __init__(self, store: LocalStore, http: Transport, resend_all: Callable[[int, SyncReport, Progress, Callable[[], bool]], None]):
        self.store = store
        self.http = http
        self.resend_all = resend_all  # after a server restored from an older backup: queue and send everything

    def pull(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        while True:
            if stop():
                report.cancelled = True
                return
            since = int(self.store.get_setting("sync_pulled_seq", 0) or 0)
            page = self.http.request("GET", "/api/v1/pull", params={"since": since})
            high = int(page.get("high", since))
            if since > high and not report.server_restored:
                # We saw numbers the server never handed out since: it was restored from an older backup.
                # Missing there is not deleted here: send our records again, then pull everything again.
                report.server_restored = True
                self.resend_all(high, report, progress, stop)
                continue
            if "clubs" in page and self._clubs_changed(set(page["clubs"])):
                continue  # clubs joined: pull from the start, for their older records too
            rows = page.get("rows", [])
            if rows:
                apply_rows(self.store, rows, int(page["next"]))
                report.pulled += len(rows)
                progress(report.pulled, report.pulled + (PAGE_HINT if page.get("more") else 0),
                         ngettext("Receiving: {count} record", "Receiving: {count} records", report.pulled)
                         .format(count=number(report.pulled)))
            if not page.get("more"):
                return

    def _clubs_changed(self, clubs: set[str]) -> bool:
        """A partner's organisation gains or loses a club. A club that left is removed from this computer, with
        its photos; a club that joined is pulled from the start. True when the pull must start again."""
        known = self.store.get_setting("sync_clubs")
        if known is not None and set(known) == clubs:
            return False
        gone = set(known or []) - clubs
        joined = bool(clubs - set(known or [])) and known is not None
        orphaned: set[str] = set()
        with self.store.applying_sync() as session:
            if gone:
                orphaned = set(session.scalars(select(Photo.sha256).where(Photo.club_id.in_(gone))))
                for model in reversed(SYNCED_MODELS):  # children first
                    column = model.id if model.__tablename__ == "club" else getattr(model, "club_id", None)
                    if column is not None:
                        session.execute(delete(model).where(column.in_(gone)))
                orphaned -= set(session.scalars(select(Photo.sha256)))  # still shown by a club that stays
            if joined:
                session.merge(KeyValue(key="sync_pulled_seq", value=0))
            session.merge(KeyValue(key="sync_clubs", value=sorted(clubs)))
        for sha256 in orphaned:
            self.store.blobs.path_for(sha256).unlink(missing_ok=True)
        return joined


def apply_rows(store: LocalStore, rows: list[dict[str, Any]], mark: int) -> None:
    """Pulled rows and the mark after them, in one transaction that queues nothing; derived caches redone."""
    order = {model.__tablename__: n for n, model in enumerate(SYNCED_MODELS)}  # type: ignore[attr-defined]
    rows = sorted(rows, key=lambda m: (order.get(m.get("entity_type"), len(order)), m.get("server_seq") or 0))
    with store.applying_sync() as session:
        # parents before children; a row pointing to one of its own table later in the page waits for commit
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        known: dict[tuple[str, str], Any] = {}  # one query per table, not one per row
        for entity_type in {m.get("entity_type") for m in rows}:
            if entity_type in MODEL_BY_TABLE:
                ids = [m["id"] for m in rows if m.get("entity_type") == entity_type]
                known.update({(entity_type, key): row for key, row in
                              rows_by_key(session, MODEL_BY_TABLE[entity_type], ids).items()})
        pending = _pending_fields(session)
        touched_issues: set[str] = set()
        touched_reviews: set[tuple[str, str]] = set()
        for message in rows:
            keep = pending.get(message["id"], set())
            if message.get("entity_type") == "member" and (message.get("fields") or {}).get("erased_at"):
                keep = set()  # an erasure wins over any edit of the person still waiting here
            row = _apply(session, message, keep, known)
            if not keep and isinstance(row, Member) and row.erased_at is not None:
                session.flush()
                scrub_erased_member(session, row)
            if isinstance(row, IssueEvent):
                touched_issues.add(row.issue_id)
            elif isinstance(row, Issue):
                touched_issues.add(row.id)
            elif isinstance(row, ReviewEvent):
                touched_reviews.add((row.entity_type, row.entity_id))
        session.flush()
        _refresh_derived(session, touched_issues, touched_reviews)
        save_mark(session, mark)


def _refresh_derived(session, touched_issues: set[str], touched_reviews: set[tuple[str, str]]) -> None:
    for issue_id in touched_issues:
        issue = session.get(Issue, issue_id)
        if issue is not None:
            refresh_issue_state(session, issue)
    for entity_type, entity_id in touched_reviews:
        record = session.get(REVIEWABLE[entity_type], entity_id) if entity_type in REVIEWABLE else None
        if record is not None:
            refresh_review_state(session, entity_type, record)


def _pending_fields(session) -> dict[str, set[str]]:
    """Fields edited here and not yet accepted by the server: a pulled older version must not undo them."""
    pending: dict[str, set[str]] = {}
    for change in session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_(None))):
        pending.setdefault(change.entity_id, set()).update(change.fields)
    return pending


def _apply(session, message: dict[str, Any], keep: set[str], known: dict[tuple[str, str], Any]) -> Any:
    model = MODEL_BY_TABLE.get(message.get("entity_type"))
    if model is None:
        return None
    columns = field_columns(inspect(model))
    values = {key: from_json(columns[key], value) for key, value in message["fields"].items()
              if key in columns and key not in keep}
    meta = {"server_seq": message["server_seq"], "field_seqs": message.get("field_seqs") or {}}
    key = (message["entity_type"], message["id"])
    row = known[key] if key in known else session.get(model, message["id"])
    if row is not None and (row.server_seq or 0) > message["server_seq"]:
        return row  # we hold a newer version already (an older bundle imported late)
    if row is None:
        row = model(id=message["id"], origin_device=message.get("origin_device"), **values, **meta)
        session.add(row)
        known[key] = row  # the same row twice in a page (pulled ahead, then in its turn)
    else:
        for name, value in values.items():
            setattr(row, name, value)
        for name, value in meta.items():
            setattr(row, name, value)
    created = message.get("created_at")
    if created:  # the server's time, on every peer: ties between events break the same way everywhere
        row.created_at = datetime.fromisoformat(created)
    return row


def save_mark(session, mark: int) -> None:
    """The pull mark, saved in the transaction of the rows before it; an older bundle never moves it back."""
    current = session.get(KeyValue, "sync_pulled_seq")
    if current is None or int(current.value or 0) < mark:
        session.merge(KeyValue(key="sync_pulled_seq", value=mark))
