"""A real HTTP server on 127.0.0.1 for the tests: it answers from a queue of replies and records
every request it receives, exactly as received."""

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Deque, Dict, List, Optional


@dataclass
class Reply:
    """One answer: a status, headers and a body; or ``hang`` (no answer until the server stops),
    or ``drop`` (the connection closed without an answer)."""

    status: int = 200
    body: bytes = b""
    headers: Dict[str, str] = field(default_factory=dict)
    hang: bool = False
    drop: bool = False


def json_reply(status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> Reply:
    return Reply(status, json.dumps(body).encode(), {"Content-Type": "application/json", **(headers or {})})


def envelope(status: int, message: str, headers: Optional[Dict[str, str]] = None) -> Reply:
    return json_reply(status, {"success": False, "error": {"message": message}}, headers)


LEFT = {"success": True, "message": "Successfully left the group", "groupJid": "120363406289005073@g.us"}


def left(headers: Optional[Dict[str, str]] = None) -> Reply:
    return json_reply(200, LEFT, headers)


def rate_limit_headers(remaining: int, reset: int, limit: int = 100) -> Dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(reset),
    }


@dataclass(frozen=True)
class Received:
    method: str
    target: str
    """The request target as sent: path and query, percent-encoding untouched."""
    headers: Dict[str, str]


class LoopbackServer:
    """``with LoopbackServer() as server``: answers ``server.replies`` in order (the last one
    again when they run out), records ``server.requests``."""

    def __init__(self) -> None:
        self.replies: Deque[Reply] = deque()
        self.requests: List[Received] = []
        self._stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_DELETE(self) -> None:  # noqa: N802 — the name http.server calls.
                server.requests.append(
                    Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
                )
                reply = server.replies.popleft() if len(server.replies) > 1 else server.replies[0]
                if reply.hang:
                    server._stopping.wait()
                    return
                if reply.drop:
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_DELETE

            def log_message(self, *_: Any) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(target=self._http.serve_forever, args=(0.01,), daemon=True)

    def __enter__(self) -> "LoopbackServer":
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._stopping.set()
        self._http.shutdown()
        self._http.server_close()
