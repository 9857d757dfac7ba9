"""Photo import: EXIF date and GPS kept, identifying fields dropped, downscaled, bad files refused one by one."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from PIL import ExifTags, Image

from clubapp.services.photos import PhotoRejected, process_image
from clubapp.services.projects import ProjectInput
from photo_files import phone_jpeg


@pytest.fixture
def project(services, world) -> str:
    return services.projects.create(world.student, world.club_id, ProjectInput(
        title="Nyeri road", sector="transport.road", status="implementation", latitude=-0.4197, longitude=36.9475))


def test_a_phone_photo_keeps_when_and_where_but_not_the_phone(services, world, project, tmp_path):
    source = tmp_path / "IMG_0001.jpg"
    source.write_bytes(phone_jpeg())
    report = services.photos.add_photos(world.student, [source], project_id=project)
    assert report.failed == [] and report.warnings == []
    [photo] = services.photos.list_photos(world.teacher, project_id=project)
    assert (photo.width, photo.height) == (1600, 1200)
    assert photo.taken_at == datetime(2026, 5, 14, 10, 32, tzinfo=UTC)
    assert photo.latitude == pytest.approx(-0.4197, abs=1e-4) and photo.longitude == pytest.approx(36.9475, abs=1e-4)
    stored = Image.open(io.BytesIO(services.photos.photo_bytes(world.teacher, photo.id)))
    exif = stored.getexif()
    assert 0x010F not in exif and 0x0110 not in exif
    assert 0xA431 not in exif.get_ifd(ExifTags.IFD.Exif)
    assert exif.get_ifd(ExifTags.IFD.GPSInfo)[1] == "S"


def test_the_same_photo_twice_is_stored_once(services, world, project, tmp_path):
    (tmp_path / "a.jpg").write_bytes(phone_jpeg(800, 600))
    (tmp_path / "copy-of-a.jpg").write_bytes(phone_jpeg(800, 600))
    report = services.photos.add_photos(world.student, [tmp_path], project_id=project)
    assert len({photo_id for _, photo_id in report.imported}) == 1
    assert len([p for p in services.store.data_dir.photos.rglob("*") if p.is_file()]) == 1


def test_a_photo_taken_far_from_the_project_is_flagged(services, world, project, tmp_path):
    (tmp_path / "far.jpg").write_bytes(phone_jpeg(800, 600, lat=-1.2921, lon=36.8219))  # Nairobi, ~100 km
    report = services.photos.add_photos(world.student, [tmp_path / "far.jpg"], project_id=project)
    [(_, warning)] = report.warnings
    assert "km from the project" in warning and len(report.imported) == 1


@pytest.mark.parametrize(("content", "reason"), [
    (b"this is a text file", "not a picture"),
    (phone_jpeg(800, 600)[:3000], "damaged or incomplete"),
    (b"", "not a picture"),
])
def test_bad_files_are_refused_with_a_reason_and_the_rest_imported(services, world, project, tmp_path,
                                                                   content, reason):
    (tmp_path / "bad.jpg").write_bytes(content)
    (tmp_path / "good.jpg").write_bytes(phone_jpeg(640, 480))
    report = services.photos.add_photos(world.student, [tmp_path], project_id=project)
    assert [(p.name, r) for p, r in report.failed if reason in r] == [("bad.jpg", report.failed[0][1])]
    assert [p.name for p, _ in report.imported] == ["good.jpg"]
    assert len(services.photos.list_photos(world.teacher, project_id=project)) == 1


def test_cmyk_and_broken_gps_are_handled(tmp_path):
    cmyk = process_image(phone_jpeg(300, 200, mode="CMYK", lat=None))
    assert Image.open(io.BytesIO(cmyk.jpeg)).mode == "RGB"
    image = Image.new("RGB", (100, 100))
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.GPSInfo).update({1: "N", 2: (95.0, 0.0, 0.0), 3: "E", 4: (10.0, 0.0, 0.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    processed = process_image(out.getvalue())
    assert processed.latitude is None and "impossible" in processed.notes[0]


def test_a_decompression_bomb_is_refused_without_decoding_it():
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG")  # 144 megapixels in a few kilobytes
    with pytest.raises(PhotoRejected, match="too big"):
        process_image(out.getvalue())


def test_cli_bulk_import_reports_each_file_it_could_not_import(services, world, project, tmp_path):
    folder = tmp_path / "phone"
    folder.mkdir()
    for i in range(3):
        (folder / f"IMG_{i}.jpg").write_bytes(phone_jpeg(640, 480, taken=f"2026:05:1{i} 09:00:00"))
    (folder / "notes.jpg").write_bytes(b"shopping list")
    services.store.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "clubapp.cli.main", "photos", "add", "--data-dir", str(services.store.data_dir.root),
         "--project", project, str(folder)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "not imported: " in result.stdout and "notes.jpg" in result.stdout
    assert "3 added, 0 already there, 1 not imported" in result.stdout


def iphone_heic(width=1200, height=900, *, lat=-0.4197, lon=36.9475, taken="2026:05:14 10:32:00") -> bytes:
    """A HEIC photo as an iPhone writes one (made by pillow-heif itself), with a date, a place and a phone model."""
    from pillow_heif import from_pillow

    image = Image.new("RGB", (width, height), (40, 120, 200))
    exif = Image.Exif()
    exif[ExifTags.Base.Model] = "iPhone 15"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken
    exif.get_ifd(ExifTags.IFD.GPSInfo).update({1: "S" if lat < 0 else "N", 2: (abs(lat), 0.0, 0.0),
                                              3: "E", 4: (lon, 0.0, 0.0)})
    heif = from_pillow(image)
    heif.info["exif"] = exif.tobytes()
    out = io.BytesIO()
    heif.save(out, quality=80)
    return out.getvalue()


def test_an_iphone_heic_photo_is_read_with_its_date_and_place_and_stored_as_jpeg(services, world, project, tmp_path):
    data = iphone_heic()
    assert data[4:12] == b"ftypheic"  # a real HEIC file, not a JPEG under another name
    picture = tmp_path / "IMG_0001.HEIC"
    picture.write_bytes(data)
    report = services.photos.add_photos(world.student, [picture], project_id=project)
    assert report.failed == [] and report.added == 1
    [photo] = services.photos.list_photos(world.student, project_id=project)
    stored = Image.open(io.BytesIO(services.photos.photo_bytes(world.student, photo.id)))
    assert stored.format == "JPEG" and stored.size == (1200, 900)
    assert photo.taken_at is not None and photo.taken_at.year == 2026 and photo.latitude == pytest.approx(-0.4197, abs=1e-4)
    assert ExifTags.Base.Model not in stored.getexif()  # the phone is not named


def test_adding_the_same_files_again_says_none_were_added(services, world, project, tmp_path):
    folder = tmp_path / "phone"
    folder.mkdir()
    for i in range(7):
        (folder / f"IMG_{i}.jpg").write_bytes(phone_jpeg(640, 480, taken=f"2026:05:1{i} 09:00:00"))
    (folder / "IMG_7.heic").write_bytes(iphone_heic(640, 480))
    services.store.dispose()
    command = [sys.executable, "-m", "clubapp.cli.main", "photos", "add", "--data-dir",
               str(services.store.data_dir.root), "--project", project, str(folder)]
    first = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "8 added, 0 already there, 0 not imported" in first.stdout
    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "0 added, 8 already there, 0 not imported" in again.stdout
    assert len(services.photos.list_photos(world.student, project_id=project)) == 8
