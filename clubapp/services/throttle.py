"""Limits on wrong guesses. A student's PIN has four digits and an enrolment code is typed by hand, so whoever
can try them without pause finds them: after a few failures the account (or the network address) waits.

Failures are counted in memory with the `limits` library's moving window. A restart forgets them, which costs an
attacker a restart per handful of tries, and a forgotten count never locks a teacher out for good."""

from __future__ import annotations

import math
import time

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from ..words import ngettext, number
from .errors import PermissionDenied


class TooManyTries(PermissionDenied):
    """Refused before the secret was even checked; `retry_after` is the wait in whole seconds."""

    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        super().__init__(ngettext("Too many wrong tries. Wait {seconds} second, then try again.",
                                  "Too many wrong tries. Wait {seconds} seconds, then try again.",
                                  retry_after).format(seconds=number(retry_after)))


class Throttle:
    """`rule` in the `limits` notation, e.g. "5/minute": that many failures per key in any such window."""

    def __init__(self, rule: str = "5/minute"):
        self._rule = parse(rule)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def check(self, key: str) -> None:
        """Raise TooManyTries if `key` has used up its failures."""
        if not self._limiter.test(self._rule, key):
            reset = self._limiter.get_window_stats(self._rule, key).reset_time
            raise TooManyTries(max(1, math.ceil(reset - time.time())))

    def failed(self, key: str) -> None:
        self._limiter.hit(self._rule, key)

    def succeeded(self, key: str) -> None:
        """A right answer forgives the earlier slips (a student who mistyped once is not kept waiting later)."""
        self._limiter.clear(self._rule, key)


# Signing in on this computer and partner staff connecting to the server: per account, whatever the caller.
SIGN_IN = Throttle("5/minute")
