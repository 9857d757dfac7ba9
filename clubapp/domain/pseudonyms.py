"""What a student is called where their name must not go: partner staff's screens, exports, erased members."""

from __future__ import annotations


def pseudonym(member_id: str, role: str = "student") -> str:
    """A stable name that identifies no one: the role and the start of the member's random id."""
    return f"{role.capitalize()} {member_id[:8].upper()}"
