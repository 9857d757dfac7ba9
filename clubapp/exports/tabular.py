"""CSV (a folder or a .zip of one file per table) and XLSX (one sheet per table, readable headers)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from .tables import TABLES, ExportRows, Table

Progress = Callable[[str, int], None]  # (table name, rows written so far)

# A cell starting with one of these is run as a formula by spreadsheet programs: CSV injection.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return "" if value is None else value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _write_csv(stream: io.TextIOBase, table: Table, rows: ExportRows, progress: Progress | None) -> int:
    writer = csv.writer(stream)
    writer.writerow(table.headers)
    count = 0
    for count, row in enumerate(rows.rows(table), start=1):
        writer.writerow([_safe_cell(row.get(key)) for key, _ in table.columns])
        if progress and count % 5000 == 0:
            progress(table.name, count)
    return count


def export_csv(rows: ExportRows, out: Path, progress: Progress | None = None) -> dict[str, int]:
    """Write projects.csv, issues.csv, events.csv and visits.csv into a folder, or into a .zip file."""
    counts: dict[str, int] = {}
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".part")
        os.close(fd)
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                for table in TABLES:
                    with archive.open(f"{table.name}.csv", "w") as raw, \
                            io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as stream:
                        counts[table.name] = _write_csv(stream, table, rows, progress)
            os.replace(tmp, out)
        finally:
            Path(tmp).unlink(missing_ok=True)
        return counts
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        # utf-8-sig: Excel on a school PC opens Devanagari and Arabic names correctly only with the BOM.
        with (out / f"{table.name}.csv").open("w", encoding="utf-8-sig", newline="") as stream:
            counts[table.name] = _write_csv(stream, table, rows, progress)
    return counts


def export_xlsx(rows: ExportRows, out: Path, progress: Progress | None = None) -> dict[str, int]:
    """One sheet per table, in openpyxl's streaming mode (constant memory), written whole or not at all."""
    from openpyxl import Workbook  # openpyxl loads for an Excel export only
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for table in TABLES:
        sheet = workbook.create_sheet(table.name.capitalize())
        from openpyxl.cell import WriteOnlyCell

        header = []
        for text in table.headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        sheet.freeze_panes = "A2"
        count = 0
        for count, row in enumerate(rows.rows(table), start=1):
            sheet.append([_safe_cell(row.get(key)) for key, _ in table.columns])
            if progress and count % 5000 == 0:
                progress(table.name, count)
        counts[table.name] = count
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".part")
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, out)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return counts
