"""Enrolment (a club's code, or a partner's account) and the session a computer opens before it pushes."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Depends, HTTPException, Request

from ...services.errors import PermissionDenied
from ...services.throttle import Throttle, TooManyTries
from ...store.sync_tables import Device
from ..api_models import EnrolAnswer, EnrolRequest, PartnerEnrolRequest, SessionRequest
from ..enrolment import Enrolled, EnrolmentService
from .common import device


def enrolment_router(enrolment: EnrolmentService, by_address: Throttle) -> APIRouter:
    router = APIRouter()

    def guarded(request: Request, attempt: Callable[[], Enrolled]) -> EnrolAnswer:
        """Run an enrolment attempt unless the caller's address has failed too often; count its failure."""
        address = request.client.host if request.client else "unknown"
        try:
            by_address.check(address)
            enrolled = attempt()
        except TooManyTries as exc:
            raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after)}) from exc
        except PermissionDenied as exc:
            by_address.failed(address)
            raise HTTPException(403, str(exc)) from exc
        return EnrolAnswer(**enrolled.__dict__)

    @router.post("/api/v1/enroll", response_model=EnrolAnswer)
    def enroll(body: EnrolRequest, request: Request) -> EnrolAnswer:
        return guarded(request, lambda: enrolment.enroll(body.code, body.device_name))

    @router.post("/api/v1/enroll-partner", response_model=EnrolAnswer)
    def enroll_partner(body: PartnerEnrolRequest, request: Request) -> EnrolAnswer:
        # the account's own limit (five a minute, clubapp.services.throttle) applies too, from any address
        return guarded(request, lambda: enrolment.enroll_partner(body.username, body.password, body.device_name))

    @router.post("/api/v1/session")
    def open_session(body: SessionRequest, current: Device = Depends(device)) -> dict[str, str]:  # noqa: B008
        try:
            return enrolment.open_session(current, body.previous, body.next)
        except PermissionDenied as exc:  # too many copies of one computer
            raise HTTPException(403, str(exc)) from exc

    return router
