"""Errors a person can act on. Their message says what happened and what to do, in plain words."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: the message is meant for the person using the app."""


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    """One or more fields are wrong; `problems` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.problems.items()))


class Conflict(ServiceError):
    """The action does not fit the record's current state (e.g. approving something not submitted)."""
