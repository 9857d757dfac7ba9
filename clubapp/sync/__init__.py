"""The sync client: enrol with a club's code, push queued changes, pull what is new (see client.py)."""

from .client import SyncClient, SyncError, SyncReport

__all__ = ["SyncClient", "SyncError", "SyncReport"]
