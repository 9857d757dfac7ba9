"""What waits for consent. A student's records leave this computer only once a teacher has recorded that a parent
or guardian agreed: their member row, their account, the visits they attended, their certificates, the projects,
visits and issues they created, and everything that hangs from those. Held changes stay queued (nothing is lost)
and go with the first sync after consent is recorded.

The queue is read in order, so a row queued after its parent is held when its parent is: one pass finds them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import FOREIGN_KEYS, Member
from ..store.sync_tables import OutboxChange
from ..words import _, ngettext, number


@dataclass
class Held:
    changes: set[int] = field(default_factory=set)  # OutboxChange.seq
    photos: set[str] = field(default_factory=set)  # sha256 of photo bytes whose row is held
    students: int = 0  # how many students' consent is missing

    def __bool__(self) -> bool:
        return bool(self.changes)

    def summary(self) -> str:
        changes = ngettext("{count} change", "{count} changes", len(self.changes)).format(
            count=number(len(self.changes)))
        students = ngettext("{count} student", "{count} students", self.students).format(count=number(self.students))
        return _("{changes} waiting for the consent of {students}: record it on the Members page, then sync "
                 "again").format(changes=changes, students=students)


def held_for_consent(session: Session) -> Held:
    waiting = set(session.scalars(select(Member.id).where(
        Member.role == "student", Member.consent_given.is_(False), Member.deleted_at.is_(None))))
    held = Held(students=len(waiting))
    if not waiting:  # the usual case: nothing to scan
        return held
    queued = session.execute(select(OutboxChange.seq, OutboxChange.entity_type, OutboxChange.entity_id,
                                    OutboxChange.fields).where(OutboxChange.refused_reason.is_(None))
                             .order_by(OutboxChange.seq))
    for seq, entity_type, entity_id, fields in queued:
        pointed = {fields.get(name) for name, _table in FOREIGN_KEYS.get(entity_type, ())}
        if entity_id in waiting or pointed & waiting:
            held.changes.add(seq)
            waiting.add(entity_id)  # its children wait with it
            if entity_type == "photo" and fields.get("sha256"):
                held.photos.add(fields["sha256"])
    return held
