"""Bad input gets a clear refusal and changes nothing else (property-based: hypothesis tries what people and
phones actually send, and worse)."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from clubapp.services.errors import InvalidInput
from clubapp.services.photos import PhotoRejected, ProcessedPhoto, process_image
from clubapp.services.projects import ProjectInput
from clubapp.services.validation import clean_text
from photo_files import phone_jpeg

VALID_JPEG = phone_jpeg(320, 240)


def _outcome(data: bytes) -> str:
    try:
        result = process_image(data, max_side=200)
    except PhotoRejected as refused:
        assert str(refused)  # a reason a person can read
        return "refused"
    assert isinstance(result, ProcessedPhoto)
    Image.open(io.BytesIO(result.jpeg)).verify()  # what is stored is a whole, valid JPEG
    return "stored"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4096))
def test_any_bytes_are_either_a_photo_or_refused_with_a_reason(data):
    _outcome(data)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(VALID_JPEG) - 1), st.integers(0, 255)), min_size=1, max_size=20),
       st.integers(100, len(VALID_JPEG)))
def test_a_damaged_phone_photo_never_crashes_the_import(flips, keep):
    data = bytearray(VALID_JPEG[:keep])
    for position, value in flips:
        if position < len(data):
            data[position] = value
    _outcome(bytes(data))


hostile_text = st.one_of(
    st.text(max_size=400),
    st.sampled_from([
        "'; DROP TABLE project; --", "<script>alert(1)</script>", "=cmd|'/c calc'!A1", "\u202eevil\u202c",
        "सड़क निर्माण", "بازسازی مکتب", "👩🏾‍🏫📚", "\x00\x01\x1b[31m", "a" * 5000,
    ]),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=hostile_text, authority=hostile_text)
def test_any_text_is_stored_exactly_as_cleaned_or_refused_field_by_field(services, world, title, authority):
    data = ProjectInput(title=title, sector="education", status="implementation", public_authority=authority)
    try:
        project_id = services.projects.create(world.student, world.club_id, data)
    except InvalidInput as refused:
        assert set(refused.problems) <= {"title", "public_authority"}
        assert not clean_text(title) or len(clean_text(title)) > 300 or len(clean_text(authority)) > 300
        return
    stored = services.projects.get(world.teacher, project_id)
    assert stored.title == clean_text(title) and stored.public_authority == clean_text(authority)
    assert "\x00" not in stored.title


@pytest.mark.parametrize(("lat", "lon", "field"), [
    (float("nan"), 36.9, "location"), (float("inf"), 1.0, "location"), (91.0, 36.9, "latitude"),
    (36.9, -0.42, "latitude"),  # Nyeri's coordinates typed the wrong way round: caught as swapped
    (-4.05, 39.67, None),  # far from the club but no swap: allowed
    (0.1, 200.0, "longitude"), (None, 36.9, "location"),
])
def test_coordinates_out_of_range_or_half_given_are_refused(services, world, lat, lon, field):
    data = ProjectInput(title="Clinic", sector="health", status="completion", latitude=lat, longitude=lon)
    if field is None:
        services.projects.create(world.student, world.club_id, data)
        return
    with pytest.raises(InvalidInput) as refused:
        services.projects.create(world.student, world.club_id, data)
    assert field in refused.value.problems
    assert services.projects.list(world.teacher, world.club_id) == []
