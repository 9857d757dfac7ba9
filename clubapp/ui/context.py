"""What every page gets: the services, who is signed in, the task runner, settings and the event bus.

Pages are QWidget subclasses built as `Page(ctx, parent)`; they call services through `ctx.tasks` and announce
changes on `ctx.events` so other pages refresh. No page imports the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..services.actor import Actor
from ..services.registry import Services
from .tasks import TaskRunner


class UiEvents(QObject):
    """Application-wide signals: data changed (the entity type: 'project', 'issue'...), navigation requests."""

    data_changed = Signal(str)
    open_project = Signal(str)  # project id
    open_issue = Signal(str)  # issue id
    status_message = Signal(str)
    restore_requested = Signal(str)
    inactivity_changed = Signal(int)  # minutes before an idle sign-out, changed in Settings  # a backup's path: the main window signs out, restores, shows sign-in


@dataclass
class UiContext:
    services: Services
    actor: Actor
    tasks: TaskRunner
    events: UiEvents
    settings: Any = None  # unused; kept for pages written before LocalSettings
    local: Any = None  # clubapp.services.local_settings.LocalSettings (None: no drafts, e.g. a partner view)
    geocoding: Any = None  # clubapp.services.geocoding.GeocodingService
    sync: Any = None  # clubapp.sync.SyncClient when this computer can sync

    @property
    def club_id(self) -> str | None:
        return self.actor.club_id
