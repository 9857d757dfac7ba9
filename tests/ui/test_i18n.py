"""Languages: Arabic lays the window out right to left, numbers follow the language, the pseudo-locale
lengthens every translatable string."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from clubapp.ui import i18n


@pytest.fixture
def language(qapp):
    yield lambda name: i18n.install(qapp, name)
    i18n.install(qapp, "en")


def test_arabic_turns_the_whole_window_right_to_left(language, qapp, qtbot):
    language("ar")
    label = QLabel("x")
    qtbot.addWidget(label)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().toString(1234567) == "١٬٢٣٤٬٥٦٧"
    language("fr")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().toString(1234.5, "f", 1).replace("\u202f", " ").replace("\xa0", " ") == "1 234,5"


def test_the_pseudo_locale_lengthens_and_marks_every_string(language, qtbot):
    language(i18n.PSEUDO)
    label = QLabel()
    qtbot.addWidget(label)
    text = label.tr("Save the project")
    assert text.startswith("[") and text.endswith("]") and len(text) > len("Save the project") * 1.3
    assert "à" in text or "é" in text


def test_an_unknown_language_falls_back_to_english(language):
    assert language("tlh") == "en"


def test_the_pseudo_locale_keeps_placeholders_and_markup(language, qtbot):
    language(i18n.PSEUDO)
    label = QLabel()
    qtbot.addWidget(label)
    text = label.tr("<b>Saved.</b> {count} photos for {name}")
    assert "{count}" in text and "{name}" in text and "<b>" in text and "</b>" in text
    assert text.format(count=3, name="Achieng").count("3") == 1
