"""The projects map speaks the chosen language: with the pseudo-locale installed through clubapp.ui.i18n, the legend,
the title box and the popups' words come out pseudo-translated. Only the page's HTML is read (no browser)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from clubapp.maps import build_map_html
from clubapp.services.issues import IssueInput
from clubapp.services.projects import ProjectInput
from clubapp.store.base import today


@pytest.fixture
def pseudo(language):
    """The pseudo-locale, installed the way the app installs a language; English again afterwards."""
    assert language("qps") == "qps"


@pytest.fixture
def projects(services, world):
    made = []
    for title, lat, lon in (("Borehole", -0.41, 36.95), ("Clinic", -0.43, 36.93), ("Road", None, None)):
        made.append(services.projects.create(world.student, world.club_id, ProjectInput(
            title=title, sector="health", status="implementation", latitude=lat, longitude=lon)))
    services.issues.record(world.student, made[0], IssueInput("Pump broken", "maintenance", "critical"))
    return made


def box(html: str, element_id: str, end: str) -> str:
    """The words of the title box or the legend (up to `end`), without their markup."""
    found = re.search(rf"<div id='{element_id}'.*?{end}", html, re.S)
    assert found, element_id
    return unescape(re.sub(r"<[^>]+>", " ", found.group(0)))


def test_the_legend_title_and_popups_are_in_the_chosen_language(pseudo, services, world, projects, tmp_path):
    html = build_map_html(services, world.teacher, world.club_id, tmp_path).read_text(encoding="utf-8")
    legend, title = box(html, "clubapp-legend", "</div></div>"), box(html, "clubapp-title", "</span></div>")
    for english in ("Worst open problem", "Critical problem open", "Serious problem open", "Minor problem open",
                    "All problems fixed or closed", "No problems recorded"):
        assert english not in legend, english
    assert "Wöršt öpéñ pröblém" in legend and legend.count("~~]") == 7
    assert "Nyeri Integrity Club" in title  # the club's name as it was typed
    for english in ("Projects monitored by", "projects on the map", "without a location", f"{today():%B}"):
        assert english not in title, english
    assert "[2 pröjéçtš öñ thé màp" in title and "[1 wîthöût à löçàtîöñ" in title
    assert not re.search(r"\b(the|on|map|by|of|a)\b", title), title  # no English word left
    # the popups travel in the page's script, as JSON
    popups = html.encode().decode("unicode_escape", errors="ignore")
    for english in ("open of", "problems", "worst open:"):
        assert english not in popups, english
    assert "öpéñ öf" in popups and "wöršt öpéñ" in popups


def test_a_map_made_in_english_after_that_is_english(pseudo, language, services, world, projects, tmp_path):
    language("en")
    html = build_map_html(services, world.teacher, world.club_id, tmp_path).read_text(encoding="utf-8")
    assert "Worst open problem" in html and "2 projects on the map" in html and "~~]" not in html
