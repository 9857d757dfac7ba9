"""Exports as a service: who may export what, and in which format (the UI and the CLI both come here).

It sits above the services (as the reports do), so it is built from the store where it is used:
`ExportService(services.store).export(actor, ...)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.actor import Actor
from ..domain.codelists import PROJECT_SECTORS, Role
from ..domain.errors import InvalidInput, PermissionDenied
from ..domain.issue_status import IssueStatus
from ..store.database import Database
from ..words import _

FORMATS = {
    "csv": "CSV files (a folder, or a .zip)",
    "xlsx": "Excel workbook (.xlsx)",
    "geojson": "GeoJSON map layer (.geojson)",
    "oc4ids": "OC4IDS project package (.json, or a .zip with the photos)",
    "media": "Photos (a .zip of the files the tables name)",
}
OC4IDS_PREFIX_SETTING = "oc4ids_prefix"
OC4IDS_BASE_URL_SETTING = "oc4ids_base_url"


@dataclass(frozen=True)
class ExportOptions:
    """What to export (like `clubapp stats`'s filter) and, for OC4IDS, as which publisher."""

    date_from: date | None = None
    date_to: date | None = None
    countries: tuple[str, ...] = ()
    club_codes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()

    def check(self) -> None:
        problems = {}
        if self.date_from and self.date_to and self.date_from > self.date_to:
            problems["date_to"] = _("The end of the date range is before its start.")
        unknown = [s for s in self.statuses if s not in set(IssueStatus)]
        if unknown:
            problems["status"] = _("Unknown issue status {value}; choose among: {choices}.").format(
                value=", ".join(unknown), choices=", ".join(IssueStatus))
        unknown = [s for s in self.sectors if s not in PROJECT_SECTORS]
        if unknown:
            problems["sector"] = _("Unknown sector {value}.").format(value=", ".join(unknown))
        if problems:
            raise InvalidInput(problems)


class ExportService:
    def __init__(self, db: Database):
        self.db = db

    # -- the OC4IDS publisher, kept in this computer's settings ------------------------------------------------
    def oc4ids_settings(self) -> tuple[str, str]:
        """(prefix, base URL) set on this computer; "" when not set."""
        get = getattr(self.db, "get_setting", None)
        if get is None:
            return "", ""
        return str(get(OC4IDS_PREFIX_SETTING, "") or ""), str(get(OC4IDS_BASE_URL_SETTING, "") or "")

    def set_oc4ids_settings(self, actor: Actor, prefix: str | None = None, base_url: str | None = None) -> None:
        """The partner's registered OC4IDS prefix and where its packages are published (None: unchanged)."""
        from .oc4ids import check_base_url, check_prefix

        if actor.role not in (Role.PARTNER_STAFF, Role.ADMIN):
            raise PermissionDenied(_("The OC4IDS publisher settings are set by partner staff."))
        changes = {}
        if prefix is not None:
            changes[OC4IDS_PREFIX_SETTING] = check_prefix(prefix)
        if base_url is not None:
            changes[OC4IDS_BASE_URL_SETTING] = check_base_url(base_url)
        for key, value in changes.items():
            self.db.set_setting(key, value)

    def export(self, actor: Actor, fmt: str, out: Path, *, club_codes: tuple[str, ...] = (),
               options: ExportOptions | None = None,
               progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
        """Write an export; returns the number of rows per table. Students never appear by name."""
        if actor.role is Role.STUDENT:
            raise PermissionDenied(_("Exports are made by teachers and partner staff."))
        if fmt not in FORMATS:
            raise InvalidInput({"format": _("Choose one of: {choices}.").format(choices=", ".join(FORMATS))})
        options = options or ExportOptions()
        options.check()
        from .tables import ExportFilter, ExportRows  # the export modules load only when exporting

        flt = ExportFilter(date_from=options.date_from, date_to=options.date_to, countries=options.countries,
                           club_codes=options.club_codes, sectors=options.sectors, statuses=options.statuses)
        rows = ExportRows(self.db, actor, club_codes, flt)
        if fmt == "csv":
            from .tabular import export_csv

            return export_csv(rows, out, progress)
        if fmt == "xlsx":
            from .tabular import export_xlsx

            return export_xlsx(rows, out, progress)
        if fmt == "media":
            from .tabular import export_media

            return export_media(rows, out, progress)
        if fmt == "geojson":
            from .geojson import export_geojson

            return export_geojson(rows, out)
        from .oc4ids import Publisher, check_prefix, export_oc4ids

        prefix, base_url = self.oc4ids_settings()
        return export_oc4ids(rows, out, Publisher(check_prefix(prefix), base_url), progress)
