"""All services of one store, built once (the composition root passes this to the UI and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.local import LocalStore
from .accounts import AccountService
from .backups import BackupService
from .clubs import ClubService
from .issues import IssueService
from .members import MemberService
from .photos import PhotoService
from .projects import ProjectService
from .reviews import ReviewService
from .stats import StatsService
from .visits import VisitService


@dataclass(frozen=True)
class Services:
    store: Database  # a LocalStore on a desktop; the server's database on the server
    accounts: AccountService
    clubs: ClubService
    members: MemberService
    projects: ProjectService
    visits: VisitService
    issues: IssueService
    photos: PhotoService
    reviews: ReviewService
    stats: StatsService
    backups: BackupService | None = None  # a desktop's own store only

    @classmethod
    def for_store(cls, store: Database, blobs: BlobStore | None = None) -> Services:
        """All services over one database; photo bytes in `blobs` (a LocalStore brings its own)."""
        return cls(
            store=store,
            accounts=AccountService(store),
            clubs=ClubService(store),
            members=MemberService(store),
            projects=ProjectService(store),
            visits=VisitService(store),
            issues=IssueService(store),
            photos=PhotoService(store, blobs),
            reviews=ReviewService(store),
            stats=StatsService(store),
            backups=BackupService(store) if isinstance(store, LocalStore) else None,
        )
