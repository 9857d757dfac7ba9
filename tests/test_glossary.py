"""The words of the method are the same everywhere in each language: resources/translations/glossary.csv names
the term each language uses for issue, tracking number, follow-up, club, review, teacher, student and partner,
and every message whose English says the word says the term (its stem, so plurals and cases count)."""

from __future__ import annotations

import csv
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("sw", "ne", "fa_AF", "ps", "tet")
METHOD_WORDS = ("issue", "fix", "tracking number", "follow-up", "club", "review", "teacher", "student", "partner")
# "fix" is in the glossary but not checked: English also says "fix it" of correcting a record, which each
# language says with its own verb (Nepali सच्याउनु, Dari درست کردن), not the word for fixing a problem
CHECKED = {"issue": r"\bissues?\b", "tracking number": r"\btracking numbers?\b", "follow-up": r"\bfollow-ups?\b",
           "club": r"\bclubs?\b", "review": r"\breview\b", "teacher": r"\bteachers?\b", "student": r"\bstudents?\b",
           "partner": r"\bpartner\b"}


def glossary() -> list[dict[str, str]]:
    with open(TRANSLATIONS / "glossary.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def translations(language: str) -> list[tuple[str, str]]:
    out = []
    for message in ET.parse(TRANSLATIONS / f"clubapp_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") else \
            [translation.text or ""]
        out += [(message.findtext("source") or "", form) for form in forms]
    return out


def plain(text: str) -> str:
    """Without mnemonics, {placeholders} and addresses (a club's name is data, "clubs.example.org" a host)."""
    return unicodedata.normalize("NFC", re.sub(r"\{[a-z_]*\}|https?://\S+", "", text.replace("&", ""))).lower()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glossary_names_every_word_of_the_method(language):
    terms = {row["english"]: row for row in glossary() if row["language"] == language}
    assert set(terms) == set(METHOD_WORDS)
    assert all(row["term"] and row["checked_stem"] for row in terms.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_word_of_the_method_is_translated_the_same_way_everywhere(language):
    stems = {row["english"]: plain(row["checked_stem"]) for row in glossary() if row["language"] == language}
    found = {word: 0 for word in CHECKED}
    astray = []
    for source, translation in translations(language):
        for word, pattern in CHECKED.items():
            if re.search(pattern, plain(source)):
                found[word] += 1
                if stems[word] not in plain(translation):
                    astray.append(f"{word!r} is not {stems[word]!r} in {source!r} -> {translation!r}")
    assert not astray, "\n".join(astray)
    assert all(found[word] >= 2 for word in ("issue", "tracking number", "club", "teacher", "student")), found


def test_the_check_finds_a_word_translated_another_way(tmp_path):
    stem = plain("nambari ya ufuatiliaji")
    assert stem in plain("Nambari ya ufuatiliaji: {number}")
    assert stem not in plain("Namba ya kufuatilia: {number}")  # a synonym a translator might slip in
    assert not re.search(CHECKED["club"], plain("Projects monitored by {club}"))  # a placeholder is not the word
