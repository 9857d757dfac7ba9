"""The layers below the UI speak the person's language too: an error a service raises, a sync report, a printed
certificate come out in French once French is chosen (the real .qm files), and no message a person reads is
written in the services without `_()` (an AST scan, as tests/ui/test_translations.py does for the UI)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pypdf import PdfReader

from clubapp.reports import render_certificates
from clubapp.services.errors import InvalidInput, PermissionDenied
from clubapp.services.projects import ProjectInput
from clubapp.sync.client import SyncReport

ROOT = Path(__file__).resolve().parents[1] / "clubapp"
BELOW_THE_UI = [*sorted((ROOT / "services").rglob("*.py")), *sorted((ROOT / "sync").rglob("*.py")),
                *sorted((ROOT / "exports").rglob("*.py")), ROOT / "store" / "backup.py"]
USER_ERRORS = {"BackupError", "Conflict", "GeocodingUnavailable", "InvalidInput", "NotFound", "PermissionDenied",
               "PhotoRejected", "StateConflict", "SyncError", "TooLarge", "TooManyTries"}


def bare_messages(source: str) -> list[int]:
    """Lines where a message a person reads is a plain string or an f-string instead of `_("...")`."""
    found = []

    def check(node: ast.AST) -> None:
        if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)
                                               and " " in node.value.strip()):
            found.append(node.lineno)
        elif isinstance(node, ast.Dict):
            for value in node.values:
                check(value)

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            if name in USER_ERRORS:
                for argument in node.exc.args:
                    check(argument)
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Subscript) and getattr(t.value, "id", "") ==
                                                "problems" for t in node.targets):
            check(node.value)
    return found


def test_the_scan_finds_a_message_written_without_translation():
    assert bare_messages('raise NotFound("That is gone.")\nraise NotFound(f"No {x}.")') == [1, 2]
    assert bare_messages('raise InvalidInput({"title": "A title is needed."})') == [1]
    assert bare_messages('raise NotFound(_("That is gone."))\nraise SyncError(str(exc))') == []


def test_no_message_of_the_services_sync_or_backups_bypasses_translation():
    untranslated = {f"{path.relative_to(ROOT.parent)}:{line}" for path in BELOW_THE_UI
                    for line in bare_messages(path.read_text(encoding="utf-8"))}
    assert untranslated == set()


@pytest.fixture
def french(language):
    assert language("fr") == "fr"


def test_errors_sync_reports_and_certificates_come_out_in_french(french, services, world, tmp_path):
    with pytest.raises(PermissionDenied, match="Ce nom et ce mot de passe ne correspondent pas."):
        services.accounts.sign_in(f"otieno-{world.club_id[:4]}", "0000")
    with pytest.raises(InvalidInput) as refused:
        services.projects.create(world.student, world.club_id, ProjectInput(
            title="", sector="education", status="implementation", latitude=120.0, longitude=36.9))
    messages = " ".join(refused.value.problems.values())
    assert "Le nom du projet : à remplir." in messages and "La latitude doit être comprise entre -90 et 90" in messages
    with pytest.raises(PermissionDenied, match="Seul un enseignant peut"):
        services.members.record_consent(world.student, world.student.member_id, "Mère")
    # plural forms by CLDR's French rule: zero takes the singular
    assert str(SyncReport(pushed=3, pulled=2)).startswith("3 modifications et 0 photo envoyées, 2 modifications")
    services.clubs.set_language(world.teacher, world.club_id, "fr")  # a French-speaking club prints in French
    render_certificates(services, world.teacher, world.club_id, [world.student.member_id], tmp_path / "c.pdf")
    text = PdfReader(tmp_path / "c.pdf").pages[0].extract_text()
    assert "Certificat de suivi citoyen" in text and "Certificate of Community Monitoring" not in text


def test_english_comes_back_when_english_is_chosen(services, world):
    with pytest.raises(PermissionDenied, match="That name and password do not match."):
        services.accounts.sign_in(f"otieno-{world.club_id[:4]}", "0000")
