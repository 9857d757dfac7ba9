"""A fault-injecting TCP proxy on loopback, between a sync client and a real server.

Each connection the client opens (one per request) takes the next fault from a script: "ok" passes bytes both
ways; "drop" closes the connection once the request has arrived; "fail" answers 502 itself; "truncate" passes
only the first half of the server's answer, then closes; "delay" waits a second first. A bandwidth limit slows
both ways to a trickle, latency delays each way, loss cuts a share of exchanges at random (seeded), and a body
limit answers 413 to larger requests, as a proxy's client_max_body_size does. It runs in a thread with its own
event loop and stops with the test.
"""

from __future__ import annotations

import asyncio
import random
import threading
from contextlib import contextmanager

TOO_LARGE = (b"HTTP/1.1 413 Request Entity Too Large\r\ncontent-type: text/html\r\ncontent-length: 24\r\n"
             b"connection: close\r\n\r\nRequest Entity Too Large")
BAD_GATEWAY = b"HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\ncontent-length: 11\r\nconnection: close\r\n\r\nBad gateway"


class FaultProxy:
    def __init__(self, upstream_port: int, faults: list[str] | None = None, bytes_per_second: int | None = None,
                 max_body: int | None = None, loss: float = 0.0, latency: float = 0.0, seed: int = 1):
        self.upstream_port = upstream_port
        self.max_body = max_body  # like nginx's client_max_body_size: larger requests get a 413
        self.too_large = 0
        self.faults = list(faults or [])
        self.seen: list[str] = []
        self.bytes_per_second = bytes_per_second
        self.loss = loss  # this share of exchanges is cut: half before the server saw it, half after it answered
        self.latency = latency  # seconds each way
        self.random = random.Random(seed)
        self.port = 0

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        fault = self.faults.pop(0) if self.faults else "ok"
        if fault == "ok" and self.loss and self.random.random() < self.loss:
            fault = self.random.choice(["drop", "lose-answer"])
        self.seen.append(fault)
        try:
            request = await self._read_request(reader)
            if fault == "drop":
                return
            if self.max_body is not None and len(request) - request.index(b"\r\n\r\n") - 4 > self.max_body:
                self.too_large += 1
                writer.write(TOO_LARGE)
                await writer.drain()
                return
            if fault == "fail":
                writer.write(BAD_GATEWAY)
                await writer.drain()
                return
            if fault == "delay":
                await asyncio.sleep(1.0)
            await asyncio.sleep(self.latency)
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            await self._send(up_writer, request)
            answer = await up_reader.read(-1)  # the server closes: one request per connection
            up_writer.close()
            if fault == "lose-answer":
                return
            await asyncio.sleep(self.latency)
            if fault == "truncate":
                answer = answer[: len(answer) // 2]
            await self._send(writer, answer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    @staticmethod
    async def _read_request(reader: asyncio.StreamReader) -> bytes:
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        body = await reader.readexactly(length) if length else b""
        # one request per connection, so the server closes when it has answered
        lines = [line for line in head[:-4].split(b"\r\n") if not line.lower().startswith(b"connection:")]
        return b"\r\n".join([*lines, b"connection: close"]) + b"\r\n\r\n" + body

    async def _send(self, writer: asyncio.StreamWriter, data: bytes) -> None:
        if not self.bytes_per_second:
            writer.write(data)
            await writer.drain()
            return
        step = max(1024, self.bytes_per_second // 20)
        for start in range(0, len(data), step):
            writer.write(data[start:start + step])
            await writer.drain()
            await asyncio.sleep(step / self.bytes_per_second)


@contextmanager
def fault_proxy(upstream_url: str, faults: list[str] | None = None, bytes_per_second: int | None = None,
                max_body: int | None = None, loss: float = 0.0, latency: float = 0.0):
    """Yields (proxy, its base URL); the proxy listens on 127.0.0.1 only."""
    upstream_port = int(upstream_url.rsplit(":", 1)[1])
    proxy = FaultProxy(upstream_port, faults, bytes_per_second, max_body, loss, latency)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict = {}

    def serve() -> None:
        asyncio.set_event_loop(loop)
        server = loop.run_until_complete(asyncio.start_server(proxy._handle, "127.0.0.1", 0))
        proxy.port = server.sockets[0].getsockname()[1]
        holder["server"] = server
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    async def shutdown() -> None:
        holder["server"].close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        loop.stop()

    try:
        yield proxy, f"http://127.0.0.1:{proxy.port}"
    finally:
        asyncio.run_coroutine_threadsafe(shutdown(), loop)
        thread.join(10)
        loop.close()
