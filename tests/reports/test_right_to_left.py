"""Arabic paragraphs with a Latin name, a number or a date inside are drawn in the order an Arabic reader
expects (the Unicode bidirectional algorithm, line by line), and each Arabic word keeps its typed letters so
HarfBuzz can join them."""

from __future__ import annotations

import re

from clubapp.reports.pdf import para
from clubapp.reports.right_to_left import RightToLeftParagraph, runs_right_to_left


def drawn_words(paragraph: RightToLeftParagraph, width: float = 400) -> list[list[str]]:
    """Each line's words as drawn, left to right, without the font markup."""
    paragraph.wrap(width, 1000)
    return [re.sub(r"<[^>]+>", "", line.text).split() for line in paragraph._lines]


def test_a_latin_name_inside_arabic_stays_whole_and_the_arabic_reads_from_the_right():
    paragraph = para("عضو في Kamakwa Integrity Club")
    assert isinstance(paragraph, RightToLeftParagraph)
    assert drawn_words(paragraph) == [["Kamakwa", "Integrity", "Club", "في", "عضو"]]


def test_numbers_codes_and_punctuation_go_where_bidi_puts_them():
    [line] = drawn_words(para("رقم المتابعة: KEM9S3-V9R74-PWW71S"))
    assert line == ["KEM9S3-V9R74-PWW71S", "المتابعة:", "رقم"]  # the code whole, at the left end
    [line] = drawn_words(para("نحن Kamakwa Club، طلاب"))
    assert line == ["طلاب", "،", "Kamakwa", "Club", "نحن"]  # the comma after the name, read from the right
    [line] = drawn_words(para("حتى 1 ديسمبر 2026."))
    assert line == [".2026", "ديسمبر", "1", "حتى"]  # the full stop ends the sentence: at its left end


def test_a_long_paragraph_breaks_in_reading_order():
    text = " ".join(f"كلمة{n}" for n in range(1, 41))
    lines = drawn_words(para(text), width=200)
    assert len(lines) > 2
    assert lines[0][-1] == "كلمة1"  # the first word starts the first line, on its right
    assert lines[1][-1] == f"كلمة{len(lines[0]) + 1}"


def test_text_that_starts_in_latin_stays_a_left_to_right_paragraph():
    assert not runs_right_to_left("Kamakwa Integrity Club عضو في")
    assert runs_right_to_left("عضو في Kamakwa") and not runs_right_to_left("Nyeri")
