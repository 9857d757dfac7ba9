"""A club's certificates and letters are printed in the club's language, whatever language the person at the
computer reads: a Herat club prints in Dari from a computer set to English. Read back from the PDF (pypdf): the
club's words, the language's digits in dates and counts, codes left as they are, and every character drawn one
that was typed or its shaped form (as tests/reports/test_reports.py checks shaping)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import timedelta

import pytest
from pypdf import PdfReader

from clubapp import words
from clubapp.domain.issue_status import EventKind
from clubapp.reports import render_certificates, render_referral_letter
from clubapp.services.certificates import format_code
from clubapp.services.errors import InvalidInput
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.visits import VisitInput
from clubapp.store.base import today

STUDENTS = {"fa_AF": ("فاطمه", "احمدی"), "ne": ("सीता", "श्रेष्ठ"), "sw": ("Wanjiru", "Kamau")}
PROJECTS = {"fa_AF": "ساختمان مکتب هرات", "ne": "धुलिखेल विद्यालय भवन", "sw": "Jengo la Shule ya Ruringu"}
YEAR = {"fa_AF": "۲۰", "ne": "२०", "sw": "20"}  # the first digits of this year's number


def text_of(path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text)).split())


def word_set(text: str) -> set[str]:
    """The words of a text without punctuation: pypdf gives right-to-left lines in the order they are drawn, and a
    zero-width non-joiner (تصدیق‌نامه) as a space, so a phrase is compared word by word."""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text)).replace("\u200c", " ")
    return {w.strip(".,:;،؛!?«»“”()") for w in text.split()} - {""}


def says(pdf_text: str, language: str, english: str) -> bool:
    """The PDF has every word of what the club's language says for `english` (its .ts file). A Devanagari word
    with a conjunct (a virama) or a vowel sign drawn before its consonant (ि) is drawn with glyphs pypdf reads
    back as private-use characters, so only the words without them are compared (a phrase has some), and pypdf may
    set a vowel sign apart by a space (कु रा), so they are looked for in the text without spaces."""
    expected = {w for w in word_set(words.catalog(language).singles[english]) if not re.search("[\u094d\u093f]", w)}
    if language == "ne":
        joined = "".join(pdf_text.split())
        return bool(expected) and all(w in joined for w in expected)
    return bool(expected) and expected <= word_set(pdf_text)


def typed_characters(language: str, *data: str) -> set[str]:
    """Every character the PDF may show: the language's translations, the data, digits and punctuation."""
    catalog = words.catalog(language)
    texts = [*catalog.singles.values(), *(f for forms in catalog.plurals.values() for f in forms), *data]
    shown = set(unicodedata.normalize("NFKC", "".join(texts)))
    if "۶" in shown:  # Noto Naskh draws Persian six with Arabic six's glyph (its GSUB), which reads back as ٦
        shown.add("٦")
    return shown | set("0123456789") | set(words.digits("0123456789", language)) | set(" .,:;·—-()«»“”'/•_\u200c\u200d")


@pytest.fixture
def printed(services, world, tmp_path, language, request):
    """A club printing in `request.param`, from a computer set to English: a student with a name in the club's
    script, a project with a visit and an issue reported and fixed; its certificate and referral letter."""
    club_language = request.param
    assert language("en") == "en"
    services.clubs.set_language(world.teacher, world.club_id, club_language)
    given, family = STUDENTS[club_language]
    student = services.members.add_member(world.teacher, world.club_id,
                                          MemberInput(given_name=given, family_name=family))
    project = services.projects.create(world.teacher, world.club_id, ProjectInput(
        title=PROJECTS[club_language], sector="education", status="implementation",
        public_authority="Herat Municipality", latitude=34.35, longitude=62.2))
    services.visits.record(world.teacher, project, VisitInput(visited_on=today() - timedelta(days=30),
                                                              attendee_ids=[student]))
    issue, tracking = services.issues.record(world.teacher, project, IssueInput("Cracks", "poor_quality", "high"),
                                             identified_on=today() - timedelta(days=30))
    services.issues.add_event(world.teacher, issue, EventKind.REPORTED, occurred_on=today() - timedelta(days=28),
                              reported_to="Herat Municipality", channel="letter")
    certificate = tmp_path / f"certificate-{club_language}.pdf"
    [made] = render_certificates(services, world.teacher, world.club_id, [student], certificate)
    letter = render_referral_letter(services, world.teacher, issue, tmp_path / f"letter-{club_language}.pdf")
    return {"language": club_language, "certificate": certificate, "letter": letter, "made": made,
            "tracking": tracking, "data": (given, family, PROJECTS[club_language], "Herat Municipality", "Cracks",
                                          tracking, made.number, made.club_name, made.school_name,
                                          made.teacher_name or "", format_code(made.verification_code))}


@pytest.mark.parametrize("printed", ["fa_AF", "ne", "sw"], indirect=True)
def test_certificate_and_letter_are_in_the_clubs_language_from_an_english_computer(printed):
    club_language = printed["language"]
    certificate, letter = text_of(printed["certificate"]), text_of(printed["letter"])
    for english in ("Certificate of Community Monitoring", "This certifies that",
                    "Thank you for helping public money reach the people it was meant for."):
        assert says(certificate, club_language, english), english
        assert english not in certificate
    for english in ("Dear Sir or Madam,", "What has happened so far:", "What we saw"):
        assert says(letter, club_language, english), english
        assert english not in letter
    assert printed["tracking"] in letter  # a code stays in the digits it is typed and read out in
    assert STUDENTS[club_language][0] in word_set(certificate)  # the given name as typed (सीता has no conjunct)
    assert re.search(rf"{YEAR[club_language]}\d\d|\d\d{YEAR[club_language][::-1]}", certificate) or \
        any(w.startswith(YEAR[club_language]) and len(w) == 4 for w in word_set(certificate))  # the year's digits
    if club_language == "fa_AF":  # a middle dot reads as the zero of Dari's digits (۰): the Arabic comma instead
        assert "·" not in certificate + letter and "،" in letter
    assert words.current_language() == "en" and words._("Fixed") == "Fixed"  # the window still reads English


@pytest.mark.parametrize("printed", ["fa_AF", "ne", "sw"], indirect=True)
def test_every_character_drawn_is_one_that_was_typed_or_its_shaped_form(printed, tmp_path):
    allowed = typed_characters(printed["language"], *printed["data"], "clubapp verify")
    for pdf in (printed["certificate"], printed["letter"]):
        drawn = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in PdfReader(pdf).pages))
        conjuncts = {ch for ch in drawn if "\ue000" <= ch <= "\uf8ff"}  # shaped glyphs with no character of their own
        assert set(drawn) - allowed - conjuncts - set("\n") == set(), (pdf.name, set(drawn) - allowed - conjuncts)
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(tmp_path / pdf.stem)],
                       check=True, timeout=60)  # it renders (the images were looked at when this was written)
        assert (tmp_path / f"{pdf.stem}.png").stat().st_size > 5000


def test_a_teacher_chooses_one_of_the_apps_languages_for_the_club(services, world):
    with pytest.raises(InvalidInput):
        services.clubs.set_language(world.teacher, world.club_id, "klingon")
    services.clubs.set_language(world.teacher, world.club_id, "ps")
    assert services.clubs.get_club(world.teacher, world.club_id).language == "ps"


def test_a_herat_club_set_up_in_dari_prints_in_dari_from_a_computer_set_to_english(services, language, tmp_path):
    """The first-run wizard on a Herat computer set to Dari makes the club; later the computer is set to English
    (a visiting partner's habit): the certificate still comes out in Dari, with Dari's digits, and the window
    reads English the whole time."""
    from clubapp.domain.actor import Actor

    assert language("fa_AF") == "fa_AF"
    club_id = services.clubs.create_club(Actor.operator(), organisation_id=None, organisation_name="IWA",
                                         school_name="لیسهٔ عالی هرات", club_name="کلب شفافیت هرات", country="AF")
    services.clubs.create_first_teacher(club_id, given_name="مریم", family_name="رحیمی", username="maryam",
                                        password="herat-2026-pass")
    assert language("en") == "en"
    teacher = services.accounts.sign_in("maryam", "herat-2026-pass")
    student = services.members.add_member(teacher, club_id, MemberInput(given_name="فاطمه", family_name="احمدی"))
    out = tmp_path / "herat.pdf"
    render_certificates(services, teacher, club_id, [student], out)
    text = text_of(out)
    assert services.clubs.get_club(teacher, club_id).language == "fa_AF"
    assert says(text, "fa_AF", "Certificate of Community Monitoring") and "Certificate" not in text
    assert re.search("[۰-۹]{2}", text) and not re.search(r"\b20\d\d\b", text.replace("-2026-", ""))
    assert words._("Fixed") == "Fixed"
