"""How the API is served: uvicorn, with the timeouts a hostile or broken client needs.

uvicorn alone waits for ever for a connection that sends nothing, or trickles its request's head, and keeps
reading a body after the answer was sent: 200 such connections held a server for good. Here a connection must
send its request's head within HEAD_TIMEOUT seconds (from connecting, or from the first byte of a later request),
an idle kept-alive connection is closed after KEEP_ALIVE seconds, and once the answer is sent the rest of an
unread body gets DRAIN seconds before the connection is closed (a fast client still reads its 413; a trickler is
cut). The body's own pace is checked by the middleware (clubapp.server.middleware: BODY_IDLE, MIN_BODY_RATE)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEAD_TIMEOUT = 10.0
KEEP_ALIVE = 5
DRAIN = 5.0


class GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with a deadline for a request's head and for a body left unread."""

    head_timeout = HEAD_TIMEOUT
    drain = DRAIN

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._head_timer: asyncio.TimerHandle | None = None
        self._drain_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._drain_timer is not None and self.conn.their_state is not h11.SEND_BODY:
            self._drain_timer.cancel()  # the unread body ended in time: the connection serves the next request
            self._drain_timer = None
        if self.conn.their_state is h11.IDLE:  # a request's head has begun (or is awaited): it has a deadline
            self._arm_head_timer()
        elif self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.conn.their_state is h11.SEND_BODY and self._drain_timer is None and not self.transport.is_closing():
            self._drain_timer = self.loop.call_later(self.drain, self._cut)  # the client's bytes do not reset it

    def connection_lost(self, exc: Exception | None) -> None:
        for timer in (self._head_timer, self._drain_timer):
            if timer is not None:
                timer.cancel()
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.head_timeout, self._cut)

    def _cut(self) -> None:
        if self.transport.is_closing():
            return
        with contextlib.suppress(h11.LocalProtocolError):  # in the middle of a message: closing is all there is to do
            self.conn.send(h11.ConnectionClosed())
        self.transport.close()


def server_options() -> dict[str, Any]:
    """uvicorn's settings for clubapp's server (one process or several workers)."""
    return {"http": GuardedH11Protocol, "timeout_keep_alive": KEEP_ALIVE}
