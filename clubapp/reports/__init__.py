"""Printed things: certificates, project reports and referral letters (reportlab), with fonts for every script.

Each is printed in its club's language (Club.language), whatever language the person at the computer reads: a
Herat club's certificates come out in Dari from a computer set to English, and a letter goes to the authority in
the language of the place it is written to. The language is set around the drawing (clubapp.words.in_language),
for that worker only: the window, in the person's language, is not touched.
"""

from __future__ import annotations

from pathlib import Path

from ..words import in_language
from .certificates import render_certificates as _render_certificates
from .letters import render_referral_letter as _render_referral_letter
from .project_report import render_project_report as _render_project_report

__all__ = ["club_language", "render_certificates", "render_project_report", "render_referral_letter"]


def club_language(services, actor, club_id: str) -> str:
    """The language a club's papers are printed in."""
    return services.clubs.get_club(actor, club_id).language


def render_certificates(services, actor, club_id: str, member_ids: list[str] | None, out: Path, **options):
    with in_language(club_language(services, actor, club_id)):
        return _render_certificates(services, actor, club_id, member_ids, out, **options)


def render_referral_letter(services, actor, issue_id: str, out: Path) -> Path:
    with in_language(club_language(services, actor, services.issues.get(actor, issue_id).club_id)):
        return _render_referral_letter(services, actor, issue_id, out)


def render_project_report(services, actor, project_id: str, out: Path) -> Path:
    with in_language(club_language(services, actor, services.projects.get(actor, project_id).club_id)):
        return _render_project_report(services, actor, project_id, out)
