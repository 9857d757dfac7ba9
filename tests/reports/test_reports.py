"""Certificates, project reports and referral letters, read back from the PDF: pages, text, fonts, shaping."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import timedelta

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from clubapp.domain.issue_status import EventKind
from clubapp.paths import asset
from clubapp.reports import render_certificates, render_project_report, render_referral_letter
from clubapp.reports.fonts import FAMILIES, markup
from clubapp.services.certificates import CertificateService, format_code
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.visits import VisitInput
from clubapp.store.base import today
from photo_files import phone_jpeg

NEPALI, DARI = ("सीता", "श्रेष्ठ"), ("فاطمه", "احمدی")


@pytest.fixture
def club(services, world, tmp_path):
    """The world's club with a Nepali and a Dari speaker, a project with a visit, two issues and photos."""
    ids = {}
    for given, family in (NEPALI, DARI):
        ids[given] = services.members.add_member(world.teacher, world.club_id,
                                                 MemberInput(given_name=given, family_name=family))
    project = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Ruringu classroom block", sector="education", status="implementation",
        public_authority="County Department of Education", latitude=-0.41, longitude=36.95,
        budget_amount="5400000", budget_currency="KES"))
    services.visits.record(world.student, project, VisitInput(visited_on=today() - timedelta(days=40),
                                                              attendee_ids=[ids["सीता"], world.student.member_id]))
    fixed, _ = services.issues.record(world.student, project, IssueInput("Cracks in the walls", "poor_quality", "high"),
                                      identified_on=today() - timedelta(days=40))
    services.issues.add_event(world.student, fixed, EventKind.REPORTED, occurred_on=today() - timedelta(days=38),
                              reported_to="County Department of Education", channel="letter")
    services.issues.add_event(world.student, fixed, EventKind.FIXED, occurred_on=today() - timedelta(days=5))
    waiting, tracking = services.issues.record(world.student, project,
                                               IssueInput("No ramp at the door", "accessibility", "medium",
                                                          responsible_party="Ruringu Contractors"),
                                               identified_on=today() - timedelta(days=10))
    before = tmp_path / "before.jpg"
    before.write_bytes(phone_jpeg(1200, 900, lat=-0.41, lon=36.95))
    services.photos.add_photos(world.student, [before], project_id=project, evidence="before", caption="The wall")
    return {"project": project, "fixed": fixed, "waiting": waiting, "tracking": tracking, "members": ids}


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def embedded_fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_certificates_one_page_per_student_with_every_script(services, world, club, tmp_path):
    out = tmp_path / "certificates.pdf"
    made = render_certificates(services, world.teacher, world.club_id, None, out)
    students = [m for m in services.members.list_members(world.teacher, world.club_id) if m.role == "student"]
    assert len(PdfReader(out).pages) == len(made) == len(students) == 4
    text = unicodedata.normalize("NFKC", text_of(out))
    assert "Certificate of Community Monitoring" in text and "Nyeri Integrity Club" in text
    assert "Wanjiru" in text  # the teacher signs
    for certificate in made:
        assert certificate.number in text and format_code(certificate.verification_code) in text
    assert set(DARI) <= set(text.split())  # the Dari name is there (shaped forms normalise back to letters)
    assert "ी" in text and "सीत" in text.replace("\u200d", "")  # Devanagari is there
    fonts = embedded_fonts(out)
    assert {"NotoSans-Regular", "NotoSansDevanagari-Regular", "NotoNaskhArabic-Regular"} <= fonts
    sita = next(c for c in made if c.student_name.startswith("सीता"))
    assert sita.visits == 1
    otieno = next(c for c in made if c.student_name == "Otieno")
    assert (otieno.visits, otieno.issues_reported, otieno.issues_fixed) == (1, 2, 1)


def test_arabic_script_is_shaped_and_devanagari_too(tmp_path):
    """Shaped Arabic extracts as contextual letter forms; unshaped Devanagari would render differently."""
    from reportlab.platypus import SimpleDocTemplate

    from clubapp.reports.pdf import para

    def render(name: str, shaping: int):
        out = tmp_path / f"{shaping}.pdf"
        SimpleDocTemplate(str(out)).build([para(name, "h1", shaping=shaping)])
        png = tmp_path / f"{shaping}"
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(out), str(png)], check=True)
        return out, (tmp_path / f"{shaping}.png").read_bytes()

    shaped_pdf, _shaped_png = render(" ".join(DARI), 1)
    forms = [ch for ch in PdfReader(shaped_pdf).pages[0].extract_text() if "\ufe70" <= ch <= "\ufeff"]
    assert forms, "Arabic letters were not joined (no contextual forms in the PDF)"
    _shaped, deva_shaped = render(" ".join(NEPALI), 1)
    _plain, deva_plain = render(" ".join(NEPALI), 0)
    assert deva_shaped != deva_plain  # श्रेष्ठ needs conjuncts and a reordered vowel sign


@pytest.mark.parametrize("name", ["सीता श्रेष्ठ", "فاطمه احمدی", "Wanjiru Kamau", "محمد رحیمی (Herat)"])
def test_every_character_is_drawn_by_a_font_that_has_it(name):
    """Never fall back to a font without the glyphs: each run goes to a font whose character map holds it."""
    import re

    cmaps = {family: TTFontFile(str(asset("fonts", regular))).charToGlyph for family, (regular, _b) in
             FAMILIES.items()}
    registered = {pdfmetrics.getFont(f"Club{family}").fontName: family for family in FAMILIES}
    for font, run in re.findall(r'<font name="(\w+)">([^<]*)</font>', markup(name)):
        family = registered.get(font, font.removeprefix("Club"))
        assert all(ord(ch) in cmaps[family] for ch in run if not ch.isspace()), (name, font, run)
    latin = re.sub(r'<font name="\w+">[^<]*</font>', "", markup(name))
    assert all(ord(ch) in cmaps["Latin"] for ch in latin if not ch.isspace())


@pytest.mark.parametrize("text", ["We are the کلوپ شفافیت هرات, students.", "सीता श्रेष्ठ, कक्षा ९ (Dhulikhel).",
                                  "Reported to شهرداری هرات (Herat Municipality): no answer!", "«شهرداری» 0791"])
def test_punctuation_next_to_another_script_is_drawn_as_itself(text, tmp_path):
    """reportlab shapes a word in one font: a comma typed against an Arabic name once came out as a stray 'ᴷ'.
    Each word is now one font, and every character in the PDF is one that was typed (or its shaped form)."""
    import re

    from reportlab.platypus import SimpleDocTemplate

    from clubapp.reports.pdf import para

    assert not re.search(r"\S<font|</font>\S", markup(text))  # no font change inside a word
    out = tmp_path / "p.pdf"
    SimpleDocTemplate(str(out)).build([para(text), para(text, bold=True)])
    drawn = unicodedata.normalize("NFKC", text_of(out))
    conjuncts = {ch for ch in drawn if "\ue000" <= ch <= "\uf8ff"}  # shaped glyphs with no character of their own
    assert set(drawn) - set(text) - set(" \n\u200d\u200c") - conjuncts == set(), drawn
    assert text.count(",") * 2 == drawn.count(",")


def test_a_certificate_code_verifies_and_a_changed_one_does_not(services, world, club, tmp_path):
    [certificate] = render_certificates(services, world.teacher, world.club_id, [club["members"]["सीता"]],
                                        tmp_path / "one.pdf")
    data_dir = str(services.store.data_dir.root)

    def verify(code: str):
        return subprocess.run([sys.executable, "-m", "clubapp.cli.main", "verify", "--data-dir", data_dir, code],
                              capture_output=True, text=True, timeout=60)

    genuine = verify(format_code(certificate.verification_code).lower())  # typed in small letters, with dashes
    assert genuine.returncode == 0 and "Genuine" in genuine.stdout and certificate.number in genuine.stdout
    code = certificate.verification_code
    changed = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    refused = verify(changed)
    assert refused.returncode == 1 and "not a valid verification code" in refused.stderr
    body = "".join("Z" if ch != "Z" else "Y" for ch in code[:-1])  # a well-formed code nobody issued
    from clubapp.domain import codes

    forged = verify(body + codes.check_char(body))
    assert forged.returncode == 1 and "No certificate" in forged.stderr
    assert CertificateService(services.store).verify(code).genuine


def test_a_student_cannot_print_certificates(services, world, club, tmp_path):
    from clubapp.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        render_certificates(services, world.student, world.club_id, None, tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()


def test_project_report_has_details_map_photos_and_every_issue_with_its_timeline(services, world, club, tmp_path):
    out = render_project_report(services, world.teacher, club["project"], tmp_path / "report.pdf")
    text = text_of(out)
    for expected in ("Ruringu classroom block", "County Department of Education", "5,400,000 KES",
                     club["tracking"], "Cracks in the walls", "No ramp at the door", "reported to County Department",
                     "Photos: before", "50 km"):
        assert expected in text, expected
    images = sum(len(page.images) for page in PdfReader(out).pages)
    assert images >= 1


def test_a_name_in_arabic_script_is_printed_in_the_footer_too(tmp_path):
    """The footer is on every page: a club named in Dari must not vanish there (Noto Sans has no Arabic)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from clubapp.reports.pdf import footer, para

    out = tmp_path / "f.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([para("Body")], onFirstPage=lambda c, d: footer(c, d, "کلوپ شفافیت هرات · AFRETK-WRNX9-PBZ517"))
    text = unicodedata.normalize("NFKC", text_of(out))
    assert "AFRETK-WRNX9-PBZ517" in text and {"کلوپ", "شفافیت", "هرات"} <= set(text.split())
    assert "NotoNaskhArabic-Regular" in embedded_fonts(out)


def test_referral_letter_quotes_the_tracking_number_and_asks_for_an_answer(services, world, club, tmp_path):
    out = render_referral_letter(services, world.teacher, club["waiting"], tmp_path / "letter.pdf")
    text = text_of(out)
    assert club["tracking"] in text and "Ruringu Contractors" in text and "No ramp at the door" in text
    assert "Kenya" in text  # the country by its name, not its code
    reply_by = today() + timedelta(days=30)
    assert f"{reply_by.day} {reply_by:%B %Y}" in text
    assert len(PdfReader(out).pages) >= 1


def test_a_stopped_batch_leaves_no_file_and_no_certificate_that_verifies(services, world, club, tmp_path):
    from clubapp.reports.certificates import Cancelled

    seen = []
    out = tmp_path / "stopped.pdf"
    with pytest.raises(Cancelled):
        render_certificates(services, world.teacher, world.club_id, None, out,
                            progress=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) >= 2)
    assert seen == [(1, 4), (2, 4)] and not out.exists() and not list(tmp_path.glob("*.part"))
    assert CertificateService(services.store).list_for_club(world.teacher, world.club_id) == []
