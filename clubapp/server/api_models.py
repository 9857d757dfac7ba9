"""The shapes of the HTTP API's bodies and answers (validated by FastAPI, described in /openapi.json)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from .sync_service import MAX_CHANGES_PER_PUSH

NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL: refused with 422 before it reaches a query


class EnrolRequest(BaseModel):
    code: str = Field(min_length=8, max_length=40, pattern=NO_NUL)
    device_name: str = Field(default="", max_length=120, pattern=NO_NUL)


class PartnerEnrolRequest(BaseModel):
    username: str = Field(min_length=1, max_length=120, pattern=NO_NUL)
    password: str = Field(min_length=1, max_length=200)
    device_name: str = Field(default="", max_length=120, pattern=NO_NUL)


class EnrolAnswer(BaseModel):
    device_id: str
    token: str
    club_id: str
    club_code: str
    club_name: str


class SessionRequest(BaseModel):
    previous: str | None = Field(default=None, max_length=64)
    next: str = Field(min_length=16, max_length=64)


class PushRequest(BaseModel):
    changes: list[dict[str, Any]] = Field(max_length=MAX_CHANGES_PER_PUSH)


class PushAnswer(BaseModel):
    results: list[dict[str, Any]]


class PullAnswer(BaseModel):
    rows: list[dict[str, Any]]
    next: int
    more: bool
    high: int = 0  # the server's last sequence number: a device mark above it means a restored server
    clubs: list[str] = []  # the clubs this device may read now (a partner's change as clubs join or leave)


class DeviceAnswer(BaseModel):
    device_id: str
    club_id: str | None
    name: str
