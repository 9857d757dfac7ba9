"""This computer's settings and the drafts of unfinished forms, kept in the local store.

Drafts live in the database (not in memory, not in a temp file) so a crash, a power cut or a closed window never
loses what a student typed: the form writes its draft a moment after each change and deletes it when saved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from ..domain.codelists import Role
from ..store.local import LocalStore
from ..store.sync_tables import KeyValue
from ..words import _
from .errors import InvalidInput, PermissionDenied

DRAFT_PREFIX = "draft:"
PHOTO_SIZES = (1024, 1600, 2048)  # the longest side of a stored photo, in pixels


@dataclass(frozen=True)
class Draft:
    key: str  # e.g. "issue:new:<project id>" or "project:<id>"
    values: dict[str, Any]


class LocalSettings:
    def __init__(self, store: LocalStore):
        self.store = store

    # -- settings -------------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.store.get_setting("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.store.set_setting("language", value)

    @property
    def server_url(self) -> str:
        return str(self.store.get_setting("server_url", "") or "")

    @server_url.setter
    def server_url(self, value: str) -> None:
        value = value.strip()
        if value and not value.startswith(("http://", "https://")):
            raise InvalidInput({"server_url": _("The server address starts with https:// (or http://).")})
        self.store.set_setting("server_url", value.rstrip("/"))

    @property
    def photo_max_side(self) -> int:
        return int(self.store.get_setting("photo_max_side", 1600) or 1600)

    @photo_max_side.setter
    def photo_max_side(self, value: int) -> None:
        if value not in PHOTO_SIZES:
            raise InvalidInput({"photo_max_side": _("Choose one of {choices} pixels.").format(
                choices=", ".join(map(str, PHOTO_SIZES)))})
        self.store.set_setting("photo_max_side", value)

    @property
    def inactivity_minutes(self) -> int:
        return int(self.store.get_setting("inactivity_minutes", 10) or 10)

    @inactivity_minutes.setter
    def inactivity_minutes(self, value: int) -> None:
        if not 1 <= value <= 240:
            raise InvalidInput({"inactivity_minutes": _("Choose between 1 and 240 minutes.")})
        self.store.set_setting("inactivity_minutes", value)

    @property
    def home_club_id(self) -> str | None:
        return self.store.get_setting("home_club_id")

    @home_club_id.setter
    def home_club_id(self, value: str) -> None:
        self.store.set_setting("home_club_id", value)

    # -- computer-wide settings, for teachers ----------------------------------------------------------------
    def may_change_computer_settings(self, actor: Any) -> bool:
        """Teachers (and the command line); partner staff on their own partner computer (no club's teacher there)."""
        if actor.role in (Role.TEACHER, Role.ADMIN):
            return True
        partner_computer = bool(self.store.get_setting("sync_token")) and self.store.get_setting("sync_club_id") == ""
        return actor.role is Role.PARTNER_STAFF and partner_computer

    def save_computer_settings(self, actor: Any, *, server_url: str | None = None,
                               photo_max_side: int | None = None, inactivity_minutes: int | None = None) -> int:
        """The settings of the whole computer (every user's): teachers (and the operator) only. Only what changed
        is written; returns how many settings changed."""
        if not self.may_change_computer_settings(actor):
            raise PermissionDenied(_("Only a teacher can change this computer's settings."))
        wanted = {"server_url": server_url, "photo_max_side": photo_max_side,
                  "inactivity_minutes": inactivity_minutes}
        changed = 0
        for name, value in wanted.items():
            if value is None:
                continue
            if name == "server_url":
                value = value.strip().rstrip("/")
            if getattr(self, name) != value:
                setattr(self, name, value)
                changed += 1
        return changed

    # -- drafts ---------------------------------------------------------------------------------------------
    def save_draft(self, key: str, values: dict[str, Any]) -> None:
        self.store.set_setting(DRAFT_PREFIX + key, json.loads(json.dumps(values, default=str)))

    def draft(self, key: str) -> Draft | None:
        values = self.store.get_setting(DRAFT_PREFIX + key)
        return Draft(key, values) if isinstance(values, dict) else None

    def discard_draft(self, key: str) -> None:
        with self.store.transaction() as session:
            session.execute(delete(KeyValue).where(KeyValue.key == DRAFT_PREFIX + key))

    def drafts(self) -> list[Draft]:
        with self.store.reading() as session:
            rows = session.scalars(select(KeyValue).where(KeyValue.key.startswith(DRAFT_PREFIX)))
            return [Draft(row.key[len(DRAFT_PREFIX):], row.value) for row in rows if isinstance(row.value, dict)]
