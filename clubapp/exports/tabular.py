"""CSV (a folder or a .zip of one file per table), XLSX (one sheet per table) and the media zip of the photos.

CSV: a header row people read, then a row of HXL hashtags (humanitarian data tools such as HDX read them), then
the data; dates as ISO 8601. XLSX: typed cells (numbers are numbers, dates are dates), a frozen bold header and an
autofilter on every sheet. Every code column has its readable label beside it. The photos table names each
photo's file in the media zip (media/<sha256>.jpg), the way KoboToolbox's attachments zip does.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..services.errors import InvalidInput
from ..words import _
from .tables import TABLES, ExportRows, Table

Progress = Callable[[str, int], None]  # (table name, rows written so far)

# A cell starting with one of these is run as a formula by spreadsheet programs: CSV injection. The full-width
# forms count too: Excel and LibreOffice read "＝" (U+FF1D) like "=" when an East Asian input method is on, and
# "|" starts a DDE command in older Excel.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "＝", "＋", "－", "＠", "｜")


def safe_text(value: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets an apostrophe before it."""
    if value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() == text  # "-1\r" is not a plain number


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        return safe_text(value) if value else None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # Excel has no time zones; every stored time is UTC
    return value


def _write_csv(stream: io.TextIOBase, table: Table, rows: ExportRows, progress: Progress | None) -> int:
    writer = csv.writer(stream)
    writer.writerow(table.headers)
    writer.writerow(table.hashtags)
    keys = table.keys
    count = 0
    for count, row in enumerate(rows.rows(table), start=1):
        writer.writerow([_csv_value(row.get(key)) for key in keys])
        if progress and count % 5000 == 0:
            progress(table.name, count)
    return count


@contextmanager
def _atomic(out: Path) -> Iterator[str]:
    """A temporary file beside `out`, moved over it only when everything was written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".part")
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        Path(tmp).unlink(missing_ok=True)


def export_csv(rows: ExportRows, out: Path, progress: Progress | None = None) -> dict[str, int]:
    """One CSV file per table (projects.csv, issues.csv, ...) into a folder, or into a .zip file."""
    counts: dict[str, int] = {}
    if out.suffix.lower() == ".zip":
        with _atomic(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for table in TABLES:
                with archive.open(f"{table.name}.csv", "w") as raw, \
                        io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as stream:
                    counts[table.name] = _write_csv(stream, table, rows, progress)
        return counts
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        # utf-8-sig: Excel on a school PC opens Devanagari and Arabic names correctly only with the BOM.
        with (out / f"{table.name}.csv").open("w", encoding="utf-8-sig", newline="") as stream:
            counts[table.name] = _write_csv(stream, table, rows, progress)
    return counts


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def export_xlsx(rows: ExportRows, out: Path, progress: Progress | None = None) -> dict[str, int]:
    """One sheet per table, in openpyxl's streaming mode (constant memory), written whole or not at all."""
    from openpyxl import Workbook  # openpyxl loads for an Excel export only
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    bold = Font(bold=True)
    for table in TABLES:
        sheet = workbook.create_sheet(table.name.capitalize())
        for index, column in enumerate(table.columns, start=1):
            width = {"date": 12, "int": 10, "number": 14}.get(column.kind, 24)
            sheet.column_dimensions[_column_letter(index)].width = max(width, min(len(column.header) + 2, 40))
        sheet.freeze_panes = "A2"  # before the first row: a streaming sheet writes its view first
        header = []
        for text in table.headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        keys = table.keys
        count = 0
        for count, row in enumerate(rows.rows(table), start=1):
            sheet.append([_xlsx_value(row.get(key)) for key in keys])
            if progress and count % 5000 == 0:
                progress(table.name, count)
        sheet.auto_filter.ref = f"A1:{_column_letter(len(keys))}{count + 1}"
        counts[table.name] = count
    with _atomic(out) as tmp:
        workbook.save(tmp)
    return counts


def _photo_files(rows: ExportRows) -> Iterator[tuple[str, str]]:
    """(name in the zip, sha256) of each photo of the export, once per file."""
    seen: set[str] = set()
    for row in rows.photos():
        if row["file"] and row["file"] not in seen:
            seen.add(row["file"])
            yield row["file"], row["sha256"]


def write_media(archive: zipfile.ZipFile, rows: ExportRows, progress: Progress | None = None) -> tuple[int, int]:
    """Copies each photo's stored bytes into the zip; returns (files written, files missing on this computer)."""
    blobs = getattr(rows.db, "blobs", None)
    written = missing = 0
    for name, sha256 in _photo_files(rows):
        if blobs is None or not blobs.has(sha256):
            missing += 1  # not yet synced to this computer: the table still lists it
            continue
        # Photos are JPEG already: storing them deflated would only cost time.
        archive.write(blobs.path_for(sha256), name, compress_type=zipfile.ZIP_STORED)
        written += 1
        if progress and written % 100 == 0:
            progress("media", written)
    return written, missing


def export_media(rows: ExportRows, out: Path, progress: Progress | None = None) -> dict[str, int]:
    """A media zip like KoboToolbox's attachments: media/<sha256>.jpg per photo, with photos.csv naming them."""
    if out.suffix.lower() != ".zip":
        raise InvalidInput({"out": _("The media export is a .zip file: give a name ending in .zip.")})
    with _atomic(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        photos = next(t for t in TABLES if t.name == "photos")
        with archive.open("photos.csv", "w") as raw, \
                io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as stream:
            listed = _write_csv(stream, photos, rows, progress)
        written, missing = write_media(archive, rows, progress)
    return {"photos": listed, "files": written, "missing": missing}
