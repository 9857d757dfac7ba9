"""What a sync did, and where this computer stands: the words a teacher reads on the Sync page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..words import _, ngettext, number


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
        def changes(n: int) -> str:
            return ngettext("{count} change", "{count} changes", n).format(count=number(n))

        def photos(n: int) -> str:
            return ngettext("{count} photo", "{count} photos", n).format(count=number(n))

        text = _("{pushed} and {photos_sent} sent, {pulled} and {photos_received} received").format(
            pushed=changes(self.pushed), photos_sent=photos(self.photos_sent), pulled=changes(self.pulled),
            photos_received=photos(self.photos_received))
        if self.refused:
            text += _(", {count} refused").format(count=number(len(self.refused)))
        if self.server_restored:
            text += _("; the server had been restored from an older backup: this computer's records were sent "
                      "again")
        if self.waiting_for_consent:
            text += "; " + self.waiting_for_consent
        if self.photos_missing:
            text += ngettext("; {count} photo not yet on the server (it comes with a later sync, once the computer "
                             "that took it has sent it)",
                             "; {count} photos not yet on the server (they come with a later sync, once the "
                             "computer that took them has sent them)", self.photos_missing
                             ).format(count=number(self.photos_missing))
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
