"""The printed PDFs speak the chosen language: with the pseudo-locale installed through clubapp.ui.i18n (as the app
does), every fixed word of a certificate, a referral letter and a project report comes out pseudo-translated
("[Çértîfîçàté ... ~~~]"); only the data (names, titles, codes, numbers) stays as it was typed."""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta

import pytest
from pypdf import PdfReader

from clubapp.domain.issue_status import EventKind
from clubapp.reports import render_certificates, render_project_report, render_referral_letter
from clubapp.services.certificates import format_code
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.visits import VisitInput
from clubapp.store.base import today
from clubapp.store.models import Club
from test_photos import phone_jpeg

ALLOWED = {"km"}  # the SI symbol in the locator map's scale bar


@pytest.fixture
def pseudo(language, services, world):
    """The pseudo-locale, installed the way the app installs a language, and the club printing in it (papers follow
    the club's language; a teacher cannot choose the pseudo-locale, so it is written in directly); English again
    afterwards."""
    assert language("qps") == "qps"
    with services.store.transaction() as session:
        session.get(Club, world.club_id).language = "qps"


@pytest.fixture
def project(services, world, tmp_path):
    """A project with a visit, a photo, an issue reported by letter and fixed, and one still waiting."""
    member = services.members.add_member(world.teacher, world.club_id, MemberInput(given_name="Njeri",
                                                                                   family_name="Mwangi"))
    project_id = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Ruringu classroom block", sector="education", status="implementation",
        public_authority="County Department of Education", implementing_agency="Ruringu Contractors",
        latitude=-0.41, longitude=36.95, budget_amount="5400000", budget_currency="KES"))
    services.visits.record(world.student, project_id, VisitInput(visited_on=today() - timedelta(days=40),
                                                                 attendee_ids=[member, world.student.member_id]))
    fixed, _tracking = services.issues.record(world.student, project_id,
                                              IssueInput("Cracks in the walls", "poor_quality", "high"),
                                              identified_on=today() - timedelta(days=40))
    services.issues.add_event(world.student, fixed, EventKind.REPORTED, occurred_on=today() - timedelta(days=38),
                              reported_to="County Department of Education", channel="letter")
    services.issues.add_event(world.student, fixed, EventKind.FIXED, occurred_on=today() - timedelta(days=5))
    waiting, _tracking = services.issues.record(world.student, project_id,
                                                IssueInput("No ramp at the door", "accessibility", "critical",
                                                           responsible_party="Ruringu Contractors"),
                                                identified_on=today() - timedelta(days=10))
    photo = tmp_path / "before.jpg"
    photo.write_bytes(phone_jpeg(1200, 900, lat=-0.41, lon=36.95))
    services.photos.add_photos(world.student, [photo], project_id=project_id, evidence="before", caption="The wall")
    return {"project": project_id, "fixed": fixed, "waiting": waiting}


def text_of(path) -> str:
    """The PDF's text, letters in their composed forms and lines joined (a phrase may be wrapped)."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text)).split())


def english_words(text: str, *data: str) -> set[str]:
    """The words left in plain English letters once the data is taken out: the pseudo-locale accents every
    vowel of a translated word, so a word with none left is one nobody marked for translation."""
    typed = {word for value in data for word in re.findall(r"[^\W\d_]+", value or "")}
    return {word for word in re.findall(r"[^\W\d_]+", text)
            if word.isascii() and word not in typed and word not in ALLOWED}


def assert_translated(text: str, phrases: list[str], *data: str) -> None:
    for phrase in phrases:
        assert phrase not in text, f"{phrase!r} is still in English"
    assert text.count("~~]") >= len(phrases), "the pseudo-translations are missing"
    assert english_words(text, *data) == set(), text


def data_of(services, world, project_id: str) -> list[str]:
    """Everything typed in (or generated) that a PDF prints as it is."""
    project = services.projects.get(world.teacher, project_id)
    club = services.clubs.get_club(world.teacher, world.club_id)
    issues = services.issues.list(world.teacher, world.club_id, project_id=project_id)
    return [club.name, club.school_name, club.code, project.title, project.public_authority,
            project.implementing_agency, project.budget_currency, "Kenya", "The wall", "Wanjiru", "Otieno",
            "Achieng", "Njeri Mwangi",  # country names stay in English (Natural Earth's)
            *(value for issue in issues for value in (issue.title, issue.tracking_number))]


def test_a_certificate_is_in_the_chosen_language(pseudo, services, world, project, tmp_path):
    out = tmp_path / "certificates.pdf"
    start, end = today() - timedelta(days=90), today()
    made = render_certificates(services, world.teacher, world.club_id, None, out, period=(start, end))
    text = text_of(out)
    assert "Otieno" in text and "Nyeri Integrity Club" in text  # the names as they were typed
    assert all(c.number in text and format_code(c.verification_code) in text for c in made)
    assert "clubapp verify" in text  # a command is not translated
    assert_translated(text, ["Certificate of Community Monitoring", "This certifies that", "member of",
                             "monitored public projects", "monitoring visit", "recorded and reported",
                             "Thank you for helping", "Verification code", "Check it", "Teacher",
                             f"{end:%B}"], *data_of(services, world, project["project"]),
                      *(c.number for c in made), *(format_code(c.verification_code) for c in made),
                      "clubapp verify")


def test_a_referral_letter_is_in_the_chosen_language(pseudo, services, world, project, tmp_path):
    out = render_referral_letter(services, world.teacher, project["fixed"], tmp_path / "letter.pdf")
    text = text_of(out)
    assert "County Department of Education" in text and "Cracks in the walls" in text
    assert_translated(text, ["Subject:", "Tracking number", "Dear Sir or Madam", "We are the", "Contractor or agency",
                             "What we saw", "The problem", "What has happened so far", "by letter",
                             "Yours faithfully", "Photos of the problem", "Poor quality of work", "severity",
                             "We would be grateful"], *data_of(services, world, project["project"]))


def test_a_project_report_is_in_the_chosen_language(pseudo, services, world, project, tmp_path):
    out = render_project_report(services, world.teacher, project["project"], tmp_path / "report.pdf")
    text = text_of(out)
    assert "Ruringu classroom block" in text and "5,400,000 KES" in text and "50 km" in text
    assert_translated(text, ["Responsible authority", "Monitoring visits", "Beneficiaries", "Under construction",
                             "fixed or closed", "Photos: before", "before photo", "Issues found", "found by the club",
                             "reported to", "Not accessible to everyone", "printed"],
                      *data_of(services, world, project["project"]))


def test_english_stays_english_once_the_language_is_back(pseudo, language, services, world, project, tmp_path):
    language("en")
    out = render_project_report(services, world.teacher, project["project"], tmp_path / "report.pdf")
    text = text_of(out)
    assert "Responsible authority" in text and "Photos: before" in text and "~~]" not in text
