"""What every command works with: the open store, the services over it, enrolment, the operator acting."""

from __future__ import annotations

from dataclasses import dataclass

from ...services.actor import Actor
from ...services.registry import Services
from ..enrolment import EnrolmentService
from ..store import ServerStore

OPERATOR = Actor.operator()


@dataclass(frozen=True)
class Context:
    store: ServerStore
    services: Services
    enrolment: EnrolmentService
