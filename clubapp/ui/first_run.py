"""The first-run wizard: create this computer's club and its first teacher, or connect to an existing club with
the code a partner gave. Nothing is written until the last page is accepted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..domain.codelists import Role
from ..services.accounts import check_secret_strength
from . import i18n
from .text import tr

COUNTRIES = {"KE": QT_TRANSLATE_NOOP("", "Kenya"), "NP": QT_TRANSLATE_NOOP("", "Nepal"),
             "LR": QT_TRANSLATE_NOOP("", "Liberia"), "SL": QT_TRANSLATE_NOOP("", "Sierra Leone"),
             "CD": QT_TRANSLATE_NOOP("", "DR Congo"), "AF": QT_TRANSLATE_NOOP("", "Afghanistan"),
             "TL": QT_TRANSLATE_NOOP("", "Timor-Leste"), "UG": QT_TRANSLATE_NOOP("", "Uganda"),
             "TZ": QT_TRANSLATE_NOOP("", "Tanzania"), "PS": QT_TRANSLATE_NOOP("", "Palestine"),
             "MZ": QT_TRANSLATE_NOOP("", "Mozambique"), "GH": QT_TRANSLATE_NOOP("", "Ghana"),
             "NG": QT_TRANSLATE_NOOP("", "Nigeria"), "ZM": QT_TRANSLATE_NOOP("", "Zambia")}


@dataclass(frozen=True)
class NewClub:
    organisation_name: str
    school_name: str
    club_name: str
    country: str
    place: str
    teacher_given: str
    teacher_family: str
    username: str
    password: str


@dataclass(frozen=True)
class JoinClub:
    server_url: str
    code: str


@dataclass(frozen=True)
class JoinAsPartner:
    server_url: str
    username: str
    password: str


class _Choice(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Welcome to clubapp"))
        self.setSubTitle(tr("This computer has no club yet. What would you like to do?"))
        self.language = QComboBox()  # each language in its own name, so anyone finds theirs
        for code, name in i18n.LANGUAGES.items():
            if code == i18n.PSEUDO:  # a developers' layout check, not a language
                continue
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        language_row = QFormLayout()
        language_row.addRow(tr("&Language"), self.language)
        self.create = QRadioButton(tr("&Start a new club on this computer (I am the teacher)"))
        self.join = QRadioButton(tr("&Connect to an existing club with a club code from our partner"))
        self.partner = QRadioButton(tr("I work for a &partner organisation: read our clubs' records"))
        self.create.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(self.create)
        layout.addWidget(self.join)
        layout.addWidget(self.partner)


class _ClubPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your school and club"))
        form = QFormLayout(self)
        self.school = QLineEdit()
        self.club = QLineEdit()
        self.country = QComboBox()
        for code, name in COUNTRIES.items():
            self.country.addItem(f"{tr(name)} ({code})", code)
        self.place = QLineEdit()
        self.organisation = QLineEdit(placeholderText=tr("The partner organisation that trained you"))
        form.addRow(tr("&School"), self.school)
        form.addRow(tr("C&lub name"), self.club)
        form.addRow(tr("C&ountry"), self.country)
        form.addRow(tr("&Town or village"), self.place)
        form.addRow(tr("&Partner organisation"), self.organisation)
        self.registerField("school*", self.school)
        self.registerField("club*", self.club)
        self.registerField("place", self.place)
        self.registerField("organisation", self.organisation)


class _TeacherPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("The first teacher"))
        self.setSubTitle(tr("You will add students and other teachers once the club exists."))
        form = QFormLayout(self)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        form.addRow(tr("&Given name"), self.given)
        form.addRow(tr("&Family name"), self.family)
        form.addRow(tr("&User name"), self.username)
        form.addRow(tr("&Password"), self.password)
        form.addRow(tr("Password &again"), self.again)
        form.addRow("", self.problem)
        self.registerField("given*", self.given)
        self.registerField("username*", self.username)
        self.registerField("password*", self.password)

    def validatePage(self) -> bool:  # noqa: N802
        weak = check_secret_strength(Role.TEACHER, self.password.text())
        if weak:
            self.problem.setText(weak)
            return False
        if self.password.text() != self.again.text():
            self.problem.setText(tr("The two passwords are not the same."))
            return False
        return True


class _JoinPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Connect to your club"))
        self.setSubTitle(tr("Your partner organisation gives each club a code. The computer must be online once."))
        form = QFormLayout(self)
        self.server = QLineEdit(placeholderText="https://clubs.example.org")
        self.code = QLineEdit(placeholderText=tr("e.g. KE7Q3M"))
        form.addRow(tr("Server &address"), self.server)
        form.addRow(tr("Club &code"), self.code)
        self.registerField("server*", self.server)
        self.registerField("code*", self.code)


class _PartnerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Connect with your partner account"))
        self.setSubTitle(tr("This computer will receive your organisation's clubs (students under a pseudonym)."))
        form = QFormLayout(self)
        self.server = QLineEdit(placeholderText="https://clubs.example.org")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Server &address"), self.server)
        form.addRow(tr("&User name"), self.username)
        form.addRow(tr("&Password"), self.password)
        self.registerField("partner_server*", self.server)
        self.registerField("partner_user*", self.username)
        self.registerField("partner_password*", self.password)


class FirstRunWizard(QWizard):
    CHOICE, CLUB, TEACHER, JOIN, PARTNER = range(5)
    language_chosen = Signal(str)  # the app is made again in that language (nothing is set up yet)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Set up clubapp"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.choice, self.club_page, self.teacher_page, self.join_page = _Choice(), _ClubPage(), _TeacherPage(), _JoinPage()
        self.setPage(self.CHOICE, self.choice)
        self.setPage(self.CLUB, self.club_page)
        self.setPage(self.TEACHER, self.teacher_page)
        self.setPage(self.JOIN, self.join_page)
        self.partner_page = _PartnerPage()
        self.setPage(self.PARTNER, self.partner_page)
        self.resize(640, 480)
        self.choice.language.activated.connect(
            lambda index: self.language_chosen.emit(self.choice.language.itemData(index)))

    def nextId(self) -> int:  # noqa: N802
        current = self.currentId()
        if current == self.CHOICE:
            if self.choice.partner.isChecked():
                return self.PARTNER
            return self.JOIN if self.choice.join.isChecked() else self.CLUB
        if current == self.CLUB:
            return self.TEACHER
        return -1

    def result_data(self) -> NewClub | JoinClub | JoinAsPartner:
        if self.choice.partner.isChecked():
            page = self.partner_page
            return JoinAsPartner(page.server.text().strip(), page.username.text().strip(), page.password.text())
        if self.choice.join.isChecked():
            return JoinClub(self.join_page.server.text().strip(), self.join_page.code.text().strip())
        club, teacher = self.club_page, self.teacher_page
        return NewClub(
            organisation_name=club.organisation.text(), school_name=club.school.text(), club_name=club.club.text(),
            country=club.country.currentData(), place=club.place.text(), teacher_given=teacher.given.text(),
            teacher_family=teacher.family.text(), username=teacher.username.text(),
            password=teacher.password.text(),
        )
