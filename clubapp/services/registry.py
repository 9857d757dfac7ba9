"""All services of one store, built once (the composition root passes this to the UI and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.local import LocalStore
from .accounts import AccountService
from .clubs import ClubService
from .issues import IssueService
from .members import MemberService
from .photos import PhotoService
from .projects import ProjectService
from .reviews import ReviewService
from .visits import VisitService


@dataclass(frozen=True)
class Services:
    store: LocalStore
    accounts: AccountService
    clubs: ClubService
    members: MemberService
    projects: ProjectService
    visits: VisitService
    issues: IssueService
    photos: PhotoService
    reviews: ReviewService

    @classmethod
    def for_store(cls, store: LocalStore) -> Services:
        return cls(
            store=store,
            accounts=AccountService(store),
            clubs=ClubService(store),
            members=MemberService(store),
            projects=ProjectService(store),
            visits=VisitService(store),
            issues=IssueService(store),
            photos=PhotoService(store),
            reviews=ReviewService(store),
        )
