"""Import a class list (CSV, as a spreadsheet saves it): preview every row with its problems, then add the good
rows. A bad row never stops the others, and nothing is written until the teacher confirms the preview."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from ..domain.codelists import GENDERS
from ..words import _, ngettext, number
from .actor import Actor
from .authz import require_teacher
from .errors import InvalidInput
from .members import MemberInput, MemberService

MAX_ROWS = 2000
# Header names a teacher might use, mapped to our fields (case and spaces do not matter).
_HEADERS = {
    "given_name": ("given name", "first name", "firstname", "given_name", "name"),
    "family_name": ("family name", "surname", "last name", "lastname", "family_name"),
    "gender": ("gender", "sex"),
    "birth_year": ("birth year", "year of birth", "birth_year", "born"),
    "grade": ("grade", "class", "form"),
}
_GENDER_WORDS = {"f": "female", "girl": "female", "m": "male", "boy": "male"}


@dataclass
class ClassListRow:
    line: int  # the line in the file, as the teacher's spreadsheet numbers it
    member: MemberInput | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.member is not None and not self.problems


def parse_class_list(data: bytes) -> list[ClassListRow]:
    """Read a CSV file's bytes (UTF-8, with or without BOM, or Windows-1252) into rows to preview."""
    try:
        return _parse(data)
    except csv.Error as exc:  # stray carriage returns, NUL bytes: not a file a spreadsheet saved
        raise InvalidInput({"file": _("This file could not be read as a class list (CSV). Open it in a spreadsheet "
                                      "and save it again as CSV. ({reason})").format(reason=exc)}) from exc


def _parse(data: bytes) -> list[ClassListRow]:
    if b"\x00" in data:
        raise InvalidInput({"file": _("This is not a text file: save the class list as CSV from the spreadsheet.")})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = next(reader, None)
    if not header:
        raise InvalidInput({"file": _("The file is empty.")})
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        wanted = " ".join(name.strip().lower().replace("_", " ").split())
        for key, names in _HEADERS.items():
            if wanted in names or wanted == key.replace("_", " "):
                columns.setdefault(key, index)
    if "given_name" not in columns:
        raise InvalidInput({"file": _("The first line must name the columns; one must be 'Given name' "
                                    "(or 'First name'). Others: Family name, Gender, Birth year, Grade.")})
    rows: list[ClassListRow] = []
    for line, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(rows) >= MAX_ROWS:
            raise InvalidInput({"file": ngettext("A class list has at most {count} row; split the file.",
                                                    "A class list has at most {count} rows; split the file.",
                                                    MAX_ROWS).format(count=number(MAX_ROWS))})

        def cell(key: str, values: list[str] = values) -> str:
            index = columns.get(key)
            return values[index].strip() if index is not None and index < len(values) else ""

        problems = []
        gender = cell("gender").lower()
        gender = _GENDER_WORDS.get(gender, gender) or "undisclosed"
        if gender not in GENDERS:
            problems.append(_("gender '{value}' is not one of female, male, other").format(value=cell("gender")))
            gender = "undisclosed"
        birth_year = None
        if cell("birth_year"):
            try:
                birth_year = int(cell("birth_year"))
            except ValueError:
                problems.append(_("birth year '{value}' is not a year").format(value=cell("birth_year")))
        member = MemberInput(given_name=cell("given_name"), family_name=cell("family_name"), gender=gender,
                             birth_year=birth_year, grade=cell("grade"))
        problems.extend(member.validate().values())
        rows.append(ClassListRow(line, member, problems))
    _flag_repeats(rows)
    return rows


def _name_key(member: MemberInput) -> tuple[str, str]:
    return (member.given_name.casefold(), member.family_name.casefold())


def _flag_repeats(rows: list[ClassListRow]) -> None:
    """The same name twice in a file is nearly always a copy-paste slip: keep the first, flag the others."""
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        if row.member is None or not row.member.given_name:
            continue
        key = _name_key(row.member)
        if key in seen:
            row.problems.append(_("the same name as line {line}").format(line=seen[key]))
        else:
            seen[key] = row.line


def flag_existing(rows: list[ClassListRow], existing_names: set[tuple[str, str]]) -> None:
    """Mark rows naming someone already in the club, so importing a list twice adds nobody twice."""
    for row in rows:
        if row.member is not None and _name_key(row.member) in existing_names:
            row.problems.append("already a member of the club")


def preview_class_list(members: MemberService, actor: Actor, club_id: str, data: bytes) -> list[ClassListRow]:
    """Parse a file and mark rows that repeat a name in the file or in the club: what the teacher previews."""
    require_teacher(actor, club_id, _("import a class list"))
    rows = parse_class_list(data)
    existing = members.list_members(actor, club_id, include_inactive=True)
    names = set()
    for member in existing:
        given, _space, family = member.full_name.partition(" ")
        names.add((given.casefold(), family.casefold()))
    flag_existing(rows, names)
    return rows


def import_class_list(members: MemberService, actor: Actor, club_id: str, rows: list[ClassListRow]) -> int:
    """Add the rows without problems; returns how many were added."""
    require_teacher(actor, club_id, _("import a class list"))
    added = 0
    for row in rows:
        if row.ok and row.member is not None:
            members.add_member(actor, club_id, row.member)
            added += 1
    return added
