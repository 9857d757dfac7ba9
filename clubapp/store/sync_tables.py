"""Bookkeeping tables of sync and of the local install. They never travel as records themselves.

Client side: `kv_setting` (device id, server address, pull cursor...), `outbox_change` (changes not yet
acknowledged by the server, in the order they were made), `outbox_blob` (photo bytes still to upload),
`geocode_cache` (addresses looked up while online, for use offline).
Server side: `device` and `enrolment_code` (credentials scoped to a club), `applied_change` (every change id
the server has applied, with its answer, so a replay is answered the same and applied once), `blob_upload`
(how far a resumable photo upload got).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class KeyValue(Base):
    __tablename__ = "kv_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class OutboxChange(Base):
    """A local change waiting for the server's acknowledgement; removed only once acknowledged."""

    __tablename__ = "outbox_change"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    club_id: Mapped[str | None] = mapped_column(String(36))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)  # field name -> new value (JSON form)
    base_seq: Mapped[int | None] = mapped_column(BigInteger)  # the server version the edit was made on
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    refused_reason: Mapped[str | None] = mapped_column(Text)  # set when the server refused it, for a teacher


class OutboxBlob(Base):
    """Photo bytes the server does not have yet."""

    __tablename__ = "outbox_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)


class GeocodeCache(Base):
    __tablename__ = "geocode_cache"

    query: Mapped[str] = mapped_column(String(300), primary_key=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    display_name: Mapped[str] = mapped_column(String(500), default="")
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)


class Device(Base):
    """An enrolled install (server side). The token is kept only as a hash; revoking it stops its sync."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    club_id: Mapped[str | None] = mapped_column(ForeignKey("club.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    account_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))  # partner staff devices
    name: Mapped[str] = mapped_column(String(120), default="")
    token_hash: Mapped[str] = mapped_column(String(200))
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    # a copy of a computer's data folder (a cloned disk) gets its own identity, tied to the enrolled computer it
    # was copied from: revoked with it, a few at most, listed by `clubapp-server devices`
    copy_of: Mapped[str | None] = mapped_column(ForeignKey("device.id"), index=True)


class EnrolmentCode(Base):
    __tablename__ = "enrolment_code"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class AppliedChange(Base):
    """Exactly once: a change id seen before gets the answer it got the first time. An answer belongs to the club
    that sent the change and to its content (a SHA-256 of it): the same id from another club is another change,
    the same id with other content is refused, and no club can answer for another's changes."""

    __tablename__ = "applied_change"

    club_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str | None] = mapped_column(String(64))  # None: remembered before hashes were kept
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36))
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class BlobUpload(Base):
    __tablename__ = "blob_upload"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    received_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    completed_at: Mapped[datetime | None]
