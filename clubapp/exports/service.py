"""Exports as a service: who may export what, and in which format (the UI and the CLI both come here).

It sits above the services (as the reports do), so it is built from the store where it is used:
`ExportService(services.store).export(actor, ...)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.actor import Actor
from ..domain.codelists import Role
from ..domain.errors import InvalidInput, PermissionDenied
from ..store.database import Database
from ..words import _

FORMATS = {
    "csv": "CSV files (a folder, or a .zip)",
    "xlsx": "Excel workbook (.xlsx)",
    "geojson": "GeoJSON map layer (.geojson)",
    "oc4ids": "OC4IDS project package (.json)",
}


class ExportService:
    def __init__(self, db: Database):
        self.db = db

    def export(self, actor: Actor, fmt: str, out: Path, *, club_codes: tuple[str, ...] = (),
               progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
        """Write an export; returns the number of rows per table. Students never appear by name."""
        if actor.role is Role.STUDENT:
            raise PermissionDenied(_("Exports are made by teachers and partner staff."))
        if fmt not in FORMATS:
            raise InvalidInput({"format": _("Choose one of: {choices}.").format(choices=", ".join(FORMATS))})
        from .tables import ExportRows  # the export modules load only when exporting

        rows = ExportRows(self.db, actor, club_codes)
        if fmt == "csv":
            from .tabular import export_csv

            return export_csv(rows, out, progress)
        if fmt == "xlsx":
            from .tabular import export_xlsx

            return export_xlsx(rows, out, progress)
        if fmt == "geojson":
            from .geojson import export_geojson

            return export_geojson(rows, out)
        from .oc4ids import export_oc4ids

        return export_oc4ids(rows, out)
