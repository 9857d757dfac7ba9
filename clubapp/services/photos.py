"""Photo import: check, read EXIF date and GPS, downscale, strip identifying metadata, store by content hash.

Used by the app (file dialog, drag-and-drop) and by `clubapp photos add` (a teacher copying a phone's folder).
A file that cannot be imported gets a reason and changes nothing.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from fractions import Fraction
from pathlib import Path

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select

from ..store.base import utcnow
from ..store.database import Database
from ..store.local import LocalStore
from ..store.models import Issue, Photo, Project, Visit
from ..store.sync_tables import OutboxBlob
from ..words import _
from .actor import Actor
from .authz import require_read, require_write
from .errors import InvalidInput, NotFound
from .records import live
from .validation import clean_text

MAX_FILE_BYTES = 60 * 1024 * 1024  # a phone photo is 2-12 MB; anything this big is not a photo we want
MAX_PIXELS = 120_000_000  # bigger than any phone's camera; Pillow would need gigabytes to open more
DEFAULT_MAX_SIDE = 1600  # pixels on the long side once stored: sharp on a report page, ~300 KB to sync
FAR_AWAY_METRES = 2_000
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif", ".heic", ".heif"}
_ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "TIFF", "BMP", "GIF", "HEIF"}  # HEIF: iPhones (pillow-heif)

_DATETIME_ORIGINAL, _OFFSET_ORIGINAL, _DATETIME = 0x9003, 0x9011, 0x0132


class PhotoRejected(Exception):
    """Why a file could not be imported, in words for the person importing it."""


@dataclass(frozen=True)
class ProcessedPhoto:
    jpeg: bytes
    width: int
    height: int
    taken_at: datetime | None
    latitude: float | None
    longitude: float | None
    notes: tuple[str, ...] = ()


@dataclass
class ImportReport:
    imported: list[tuple[Path, str]] = field(default_factory=list)  # (file, photo id), new or already there
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (file, reason)
    warnings: list[tuple[Path, str]] = field(default_factory=list)
    already_there: list[tuple[Path, str]] = field(default_factory=list)  # attached to the same thing before
    cancelled: bool = False

    @property
    def added(self) -> int:
        """Photos that are new here: a file added again to the same project or issue is not counted."""
        return len(self.imported) - len(self.already_there)

    def summary(self) -> str:
        return _("{added} added, {there} already there, {failed} not imported").format(
            added=self.added, there=len(self.already_there), failed=len(self.failed))


_heif_ready = False


def _read_heif_too() -> None:
    """HEIC/HEIF photos (iPhones) open through pillow-heif, registered with Pillow the first time it is needed."""
    global _heif_ready
    if not _heif_ready:
        try:
            from pillow_heif import register_heif_opener
        except ImportError:  # an install without it names the format instead (below)
            return
        register_heif_opener()
        _heif_ready = True


def _rational(value: object) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        return float(Fraction(value[0], value[1]))
    return float(value)  # type: ignore[arg-type]


def _gps(exif: Image.Exif) -> tuple[float | None, float | None, str | None]:
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if not gps or 2 not in gps or 4 not in gps:
        return None, None, None
    try:
        lat = sum(_rational(v) / 60**i for i, v in enumerate(gps[2]))
        lon = sum(_rational(v) / 60**i for i, v in enumerate(gps[4]))
        if str(gps.get(1, "N")).upper().startswith("S"):
            lat = -lat
        if str(gps.get(3, "E")).upper().startswith("W"):
            lon = -lon
    except (TypeError, ValueError, ZeroDivisionError, IndexError):
        return None, None, _("the photo's GPS position is unreadable and was ignored")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None, None, _("the photo's GPS position is impossible and was ignored")
    return round(lat, 6), round(lon, 6), None


def _taken_at(exif: Image.Exif) -> datetime | None:
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    raw = sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    if not isinstance(raw, str):
        return None
    try:
        naive = datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = sub.get(_OFFSET_ORIGINAL)
    zone = UTC
    if isinstance(offset, str) and len(offset) >= 6 and offset[0] in "+-":
        try:
            hours, minutes = int(offset[1:3]), int(offset[4:6])
            sign = 1 if offset[0] == "+" else -1
            zone = timezone(sign * timedelta(hours=hours, minutes=minutes))
        except ValueError:
            pass
    taken = naive.replace(tzinfo=zone).astimezone(UTC)
    return taken if datetime(1990, 1, 1, tzinfo=UTC) < taken < utcnow() + timedelta(days=1) else None


def minimal_exif(taken_at: datetime | None, lat: float | None, lon: float | None) -> bytes:
    """Keep when and where (what monitoring needs); drop make, model, serial numbers and the rest."""
    exif = Image.Exif()
    if taken_at is not None:
        exif.get_ifd(ExifTags.IFD.Exif)[_DATETIME_ORIGINAL] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
        exif.get_ifd(ExifTags.IFD.Exif)[_OFFSET_ORIGINAL] = "+00:00"
    if lat is not None and lon is not None:

        def dms(value: float) -> tuple[float, float, float]:
            value = abs(value)
            degrees = int(value)
            minutes = int((value - degrees) * 60)
            return (float(degrees), float(minutes), round(((value - degrees) * 60 - minutes) * 60, 4))

        exif.get_ifd(ExifTags.IFD.GPSInfo).update(
            {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)}
        )
    return exif.tobytes()


def process_image(data: bytes, max_side: int = DEFAULT_MAX_SIDE) -> ProcessedPhoto:
    """Turn any accepted image into a stored JPEG. Raises PhotoRejected with a reason a person understands."""
    if len(data) > MAX_FILE_BYTES:
        raise PhotoRejected(
            _("the file is too large ({size} MB; at most {limit} MB)").format(
                size=len(data) // 1_048_576, limit=MAX_FILE_BYTES // 1_048_576)
        )
    notes: list[str] = []
    _read_heif_too()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.format not in _ACCEPTED_FORMATS:
                raise PhotoRejected(_("{kind} images are not supported; save it as JPEG").format(
                    kind=image.format or "These"))
            if image.width * image.height > MAX_PIXELS:
                raise PhotoRejected(_("the picture is too big ({width} x {height} pixels)").format(
                    width=image.width, height=image.height))
            exif = image.getexif()
            lat, lon, gps_note = _gps(exif)
            if gps_note:
                notes.append(gps_note)
            taken_at = _taken_at(exif)
            image.load()
            image = ImageOps.exif_transpose(image) or image
    except PhotoRejected:
        raise
    except UnidentifiedImageError:
        if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc", b"ftypmsf1"):
            raise PhotoRejected(_("this HEIC photo cannot be read on this computer; on the iPhone choose "
                                  "Settings > Camera > Formats > Most Compatible, or send it as JPEG")) from None
        raise PhotoRejected(
            _("this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)")
        ) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoRejected(_("the picture is too big to open safely")) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise PhotoRejected(_("the picture is damaged or incomplete ({reason})").format(reason=exc)) from None
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    elif image.mode != "RGB":
        image = image.convert("RGB")  # CMYK, greyscale, 16-bit...
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True, exif=minimal_exif(taken_at, lat, lon))
    return ProcessedPhoto(out.getvalue(), image.width, image.height, taken_at, lat, lon, tuple(notes))


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the image files inside given folders (sorted, recursively)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
            )
        else:
            files.append(path)
    return files


def distance_metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from geopy.distance import geodesic  # imported here: geopy is not needed to start the app

    return geodesic((lat1, lon1), (lat2, lon2)).meters


def _read_photo(path: Path, max_side: int) -> ProcessedPhoto:
    """One file as a photo to store, or PhotoRejected saying why not (missing, too large, unreadable)."""
    try:
        if not path.is_file():
            raise PhotoRejected(_("the file does not exist"))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PhotoRejected(_("the file is too large (at most {limit} MB)").format(
                limit=MAX_FILE_BYTES // 1_048_576))
        return process_image(path.read_bytes(), max_side)
    except OSError as exc:
        raise PhotoRejected(_("the file could not be read ({reason})").format(reason=exc.strerror or exc)) from exc


def _far_from(project_location: tuple[float, float] | None, photo: ProcessedPhoto) -> str | None:
    """A warning when the photo's GPS position is far from the project's (a photo of another place?)."""
    if not project_location or photo.latitude is None or photo.longitude is None:
        return None
    metres = distance_metres(*project_location, photo.latitude, photo.longitude)
    if metres <= FAR_AWAY_METRES:
        return None
    return _("taken {distance} km from the project's location").format(distance=f"{metres / 1000:.1f}")


class PhotoService:
    def __init__(self, store: LocalStore | Database, blobs=None):
        self.db = store
        self.blobs = blobs if blobs is not None else store.blobs  # type: ignore[union-attr]

    def add_photos(
        self,
        actor: Actor,
        paths: Iterable[Path | str],
        *,
        project_id: str | None = None,
        issue_id: str | None = None,
        visit_id: str | None = None,
        evidence: str | None = None,
        caption: str = "",
        max_side: int = DEFAULT_MAX_SIDE,
        progress: Callable[[int, int, Path], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import files and folders one by one: each file lands whole or not at all."""
        if evidence not in (None, "before", "after"):
            raise InvalidInput({"evidence": _("Evidence is 'before' or 'after'.")})
        files = expand_paths(Path(p) for p in paths)
        project_id, club_id, project_location = self._owner(actor, project_id, issue_id, visit_id)
        report = ImportReport()
        for index, path in enumerate(files):
            if cancelled and cancelled():
                report.cancelled = True
                break
            if progress:
                progress(index, len(files), path)
            try:
                processed = _read_photo(path, max_side)
            except PhotoRejected as exc:
                report.failed.append((path, str(exc)))
                continue
            report.warnings += [(path, note) for note in processed.notes]
            far = _far_from(project_location, processed)
            if far:
                report.warnings.append((path, far))
            photo_id, new = self._store(
                club_id, project_id, issue_id, visit_id, evidence, caption, actor, processed
            )
            report.imported.append((path, photo_id))
            if not new:
                report.already_there.append((path, photo_id))
        if progress:
            progress(len(files), len(files), Path())
        return report

    def _owner(
        self, actor: Actor, project_id: str | None, issue_id: str | None, visit_id: str | None
    ) -> tuple[str, str, tuple[float, float] | None]:
        with self.db.reading() as session:
            if issue_id:
                issue = session.get(Issue, issue_id)
                if issue is None:
                    raise NotFound(_("That issue is no longer on this computer."))
                project_id = issue.project_id
            if visit_id:
                visit = session.get(Visit, visit_id)
                if visit is None:
                    raise NotFound(_("That visit is no longer on this computer."))
                project_id = visit.project_id
            project = session.get(Project, project_id) if project_id else None
            if project is None or project.deleted_at is not None:
                raise NotFound(_("Choose the project the photos belong to."))
            require_write(actor, project.club_id)
            location = ((project.latitude, project.longitude)
                        if project.latitude is not None and project.longitude is not None else None)
            return project.id, project.club_id, location

    def _store(
        self, club_id, project_id, issue_id, visit_id, evidence, caption, actor, processed: ProcessedPhoto
    ) -> tuple[str, bool]:
        """The photo's id, and whether it is new (False: the same picture was attached to the same thing)."""
        sha256 = self.blobs.put(processed.jpeg)  # bytes first: a row never points at a missing file
        with self.db.transaction() as session:
            same_owner = Photo.issue_id == issue_id if issue_id else Photo.issue_id.is_(None)
            existing = session.scalar(
                select(Photo).where(
                    Photo.sha256 == sha256,
                    Photo.project_id == project_id,
                    same_owner,
                    Photo.deleted_at.is_(None),
                )
            )
            if existing is not None:
                return existing.id, False  # the same photo attached to the same thing twice: one record
            if session.get(OutboxBlob, sha256) is None:
                session.add(OutboxBlob(sha256=sha256, size_bytes=len(processed.jpeg)))
            photo = Photo(
                club_id=club_id,
                sha256=sha256,
                size_bytes=len(processed.jpeg),
                width=processed.width,
                height=processed.height,
                taken_at=processed.taken_at,
                latitude=processed.latitude,
                longitude=processed.longitude,
                caption=clean_text(caption, max_length=2000),
                project_id=project_id,
                issue_id=issue_id,
                visit_id=visit_id,
                evidence=evidence,
                added_by=actor.member_id,
            )
            session.add(photo)
            session.flush()
            return photo.id, True

    def list_photos(
        self, actor: Actor, *, project_id: str | None = None, issue_id: str | None = None
    ) -> list[Photo]:
        with self.db.reading() as session:
            query = select(Photo).where(Photo.deleted_at.is_(None)).order_by(Photo.taken_at, Photo.created_at)
            if issue_id:
                query = query.where(Photo.issue_id == issue_id)
            elif project_id:
                query = query.where(Photo.project_id == project_id)
            photos = list(session.scalars(query))
            for club_id in {p.club_id for p in photos}:
                require_read(session, actor, club_id)
            return photos

    def set_caption(self, actor: Actor, photo_id: str, caption: str) -> None:
        with self.db.transaction() as session:
            photo = live(session, Photo, photo_id, _("That photo is no longer on this computer."))
            require_write(actor, photo.club_id)
            photo.caption = clean_text(caption, max_length=2000)

    def photo_bytes(self, actor: Actor, photo_id: str) -> bytes:
        with self.db.reading() as session:
            photo = session.get(Photo, photo_id)
            if photo is None:
                raise NotFound(_("That photo is no longer on this computer."))
            require_read(session, actor, photo.club_id)
        if not self.blobs.has(photo.sha256):
            raise NotFound(
                _("This photo's picture has not arrived on this computer yet (it comes with the next sync).")
            )
        return self.blobs.read(photo.sha256)
