"""The first-run wizard: create this computer's club and its first teacher, or connect to an existing club with
the code a partner gave. Nothing is written until the last page is accepted."""

from __future__ import annotations

from dataclasses import dataclass

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

COUNTRIES = {"KE": "Kenya", "NP": "Nepal", "LR": "Liberia", "SL": "Sierra Leone", "CD": "DR Congo",
             "AF": "Afghanistan", "TL": "Timor-Leste", "UG": "Uganda", "TZ": "Tanzania", "PS": "Palestine",
             "MZ": "Mozambique", "GH": "Ghana", "NG": "Nigeria", "ZM": "Zambia"}


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


class _Choice(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Welcome to clubapp")
        self.setSubTitle("This computer has no club yet. What would you like to do?")
        self.create = QRadioButton("&Start a new club on this computer (I am the teacher)")
        self.join = QRadioButton("&Connect to an existing club with a club code from our partner")
        self.create.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create)
        layout.addWidget(self.join)


class _ClubPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Your school and club")
        form = QFormLayout(self)
        self.school = QLineEdit()
        self.club = QLineEdit()
        self.country = QComboBox()
        for code, name in COUNTRIES.items():
            self.country.addItem(f"{name} ({code})", code)
        self.place = QLineEdit()
        self.organisation = QLineEdit(placeholderText="The partner organisation that trained you")
        form.addRow("&School", self.school)
        form.addRow("C&lub name", self.club)
        form.addRow("C&ountry", self.country)
        form.addRow("&Town or village", self.place)
        form.addRow("&Partner organisation", self.organisation)
        self.registerField("school*", self.school)
        self.registerField("club*", self.club)
        self.registerField("place", self.place)
        self.registerField("organisation", self.organisation)


class _TeacherPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("The first teacher")
        self.setSubTitle("You will add students and other teachers once the club exists.")
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
        form.addRow("&Given name", self.given)
        form.addRow("&Family name", self.family)
        form.addRow("&User name", self.username)
        form.addRow("&Password", self.password)
        form.addRow("Password &again", self.again)
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
            self.problem.setText("The two passwords are not the same.")
            return False
        return True


class _JoinPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Connect to your club")
        self.setSubTitle("Your partner organisation gives each club a code. The computer must be online once.")
        form = QFormLayout(self)
        self.server = QLineEdit(placeholderText="https://clubs.example.org")
        self.code = QLineEdit(placeholderText="e.g. KE7Q3M")
        form.addRow("Server &address", self.server)
        form.addRow("Club &code", self.code)
        self.registerField("server*", self.server)
        self.registerField("code*", self.code)


class FirstRunWizard(QWizard):
    CHOICE, CLUB, TEACHER, JOIN = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Set up clubapp")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.choice, self.club_page, self.teacher_page, self.join_page = _Choice(), _ClubPage(), _TeacherPage(), _JoinPage()
        self.setPage(self.CHOICE, self.choice)
        self.setPage(self.CLUB, self.club_page)
        self.setPage(self.TEACHER, self.teacher_page)
        self.setPage(self.JOIN, self.join_page)
        self.resize(640, 480)

    def nextId(self) -> int:  # noqa: N802
        current = self.currentId()
        if current == self.CHOICE:
            return self.JOIN if self.choice.join.isChecked() else self.CLUB
        if current == self.CLUB:
            return self.TEACHER
        return -1

    def result_data(self) -> NewClub | JoinClub:
        if self.choice.join.isChecked():
            return JoinClub(self.join_page.server.text().strip(), self.join_page.code.text().strip())
        club, teacher = self.club_page, self.teacher_page
        return NewClub(
            organisation_name=club.organisation.text(), school_name=club.school.text(), club_name=club.club.text(),
            country=club.country.currentData(), place=club.place.text(), teacher_given=teacher.given.text(),
            teacher_family=teacher.family.text(), username=teacher.username.text(),
            password=teacher.password.text(),
        )
