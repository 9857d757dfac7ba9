"""Who is acting: what a signed-in account may do is decided from this, in the services."""

from __future__ import annotations

from dataclasses import dataclass

from .codelists import Role


@dataclass(frozen=True)
class Actor:
    role: Role
    account_id: str | None = None
    member_id: str | None = None
    club_id: str | None = None  # students and teachers
    organisation_id: str | None = None  # partner staff
    display_name: str = ""

    @classmethod
    def operator(cls) -> Actor:
        """The person at the command line of an install: whoever can open the data directory can already read
        and change every file in it, so the local CLI acts with full rights (the server does not trust this)."""
        return cls(role=Role.ADMIN, display_name="command line")

    @property
    def is_teacher(self) -> bool:
        return self.role is Role.TEACHER

    @property
    def is_student(self) -> bool:
        return self.role is Role.STUDENT
