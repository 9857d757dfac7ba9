"""What a sync did, and where this computer stands: the words a teacher reads on the Sync page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..words import _


@dataclass
class SyncReport:
    pushed: int = 0
    refused: list[str] = field(default_factory=list)
    pulled: int = 0
    photos_sent: int = 0
    photos_received: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    server_restored: bool = False  # the server had lost changes (an older backup): they were sent again
    waiting_for_consent: str = ""  # what stays queued until a student's consent is recorded
    photos_missing: int = 0  # photos whose bytes the server does not have yet: fetched at a later sync

    def __str__(self) -> str:
        text = _("{pushed} change(s) and {photos_sent} photo(s) sent, {pulled} change(s) and {photos_received} "
                 "photo(s) received").format(pushed=self.pushed, photos_sent=self.photos_sent, pulled=self.pulled,
                                             photos_received=self.photos_received)
        if self.refused:
            text += _(", {count} refused").format(count=len(self.refused))
        if self.server_restored:
            text += _("; the server had been restored from an older backup: this computer's records were sent "
                      "again")
        if self.waiting_for_consent:
            text += "; " + self.waiting_for_consent
        if self.photos_missing:
            text += _("; {count} photo(s) not yet on the server (they come with a later sync, once the computer "
                      "that took them has sent them)").format(count=self.photos_missing)
        return text + (_(" (stopped)") if self.cancelled else "")


@dataclass(frozen=True)
class SyncState:
    server_url: str
    enrolled: bool
    last_sync_at: str | None
    pending: int
    refused: list[str]
    conflicts: list[str] = field(default_factory=list)


def when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else _("at an unknown time")
