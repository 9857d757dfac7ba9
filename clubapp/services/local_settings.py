"""This computer's settings and the drafts of unfinished forms, kept in the local store.

Drafts live in the database (not in memory, not in a temp file) so a crash, a power cut or a closed window never
loses what a student typed: the form writes its draft a moment after each change and deletes it when saved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from ..store.local import LocalStore
from ..store.sync_tables import KeyValue
from ..words import _
from .errors import InvalidInput

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
