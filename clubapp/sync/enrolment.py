"""Enrolment: a club's computer trades the club's code for its own device token; partner staff trade their
account for a read-only one. What the server answers is kept in the local settings."""

from __future__ import annotations

from typing import Any

from ..store.local import LocalStore
from ..words import _
from .transport import SyncError, Transport


def is_enrolled(store: LocalStore) -> bool:
    return bool(store.get_setting("sync_token"))


def enroll(store: LocalStore, http: Transport, server_url: str, code: str, device_name: str = "") -> dict[str, Any]:
    server_url = server_url.strip().rstrip("/")
    if not server_url.startswith(("http://", "https://")):
        raise SyncError(_("The server address starts with https:// (or http://)."))
    answer = http.request("POST", "/api/v1/enroll", base=server_url, token=None,
                          json={"code": code.strip(), "device_name": device_name or store.device_id})
    for key, value in (("server_url", server_url), ("sync_token", answer["token"]),
                       ("sync_device_id", answer["device_id"]), ("sync_club_id", answer["club_id"]),
                       ("home_club_id", answer["club_id"])):
        store.set_setting(key, value)
    return answer


def enroll_partner(store: LocalStore, http: Transport, server_url: str, username: str,
                   password: str) -> dict[str, Any]:
    """Partner staff: this computer will read, not change, the clubs of the account's organisation."""
    server_url = server_url.strip().rstrip("/")
    answer = http.request("POST", "/api/v1/enroll-partner", base=server_url, token=None,
                          json={"username": username, "password": password, "device_name": store.device_id})
    for key, value in (("server_url", server_url), ("sync_token", answer["token"]),
                       ("sync_device_id", answer["device_id"]), ("sync_club_id", "")):
        store.set_setting(key, value)
    return answer
