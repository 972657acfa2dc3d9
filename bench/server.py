"""A tiny loopback HTTP server for the runtime benchmark.

It listens on 127.0.0.1 on a random free port and answers every `GET /items/{id}` with the same
~20-field JSON object (HTTP/1.1, keep-alive, Content-Length), anything else with 404. It serves
at most `max_requests` requests and for at most `max_seconds`, then stops by itself.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.synth import runtime_fields

BODY = json.dumps(runtime_fields()).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One write per response (buffered; flushed by handle_one_request) and TCP_NODELAY, so
    # that no response waits on Nagle + delayed ACK (40 ms).
    wbufsize = -1
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:
        self.server.count += 1
        if self.server.count > self.server.max_requests:
            self.close_connection = True
            status, body = 503, b'{"detail": "request budget spent"}'
        elif self.path.startswith("/items/"):
            status, body = 200, BODY
        else:
            status, body = 404, b'{"detail": "not found"}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    count = 0
    max_requests = 0


@contextmanager
def serve(max_requests: int = 200_000, max_seconds: float = 1800.0) -> Iterator[str]:
    """Run the server in a background thread; yield its base URL; stop it on exit."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.max_requests = max_requests
    thread = threading.Thread(
        target=server.serve_forever, name="bench-server", daemon=True
    )
    thread.start()
    timer = threading.Timer(max_seconds, server.shutdown)  # stops by itself
    timer.daemon = True
    timer.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        timer.cancel()
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()
