"""Pacing under the token's bucket: no request is sent while the bucket is known to be empty."""

import threading
from typing import Optional

from ._rate_limit import RateLimit

# How often a call waiting for the first response looks again, in seconds.
FIRST_RESPONSE_POLL = 0.02


class Bucket:
    """The token's bucket as this client knows it, shared by all of the client's calls.

    Every response's ``X-RateLimit-*`` headers update it; every request sent takes one from the
    requests it believes are left, so that calls in flight at the same time do not all spend the
    last one. When none is left before the reset, callers are told to wait until then. Until a
    first attempt has ended, its bucket is unknown: one request goes out at a time, so that a
    burst of concurrent calls cannot overrun a bucket smaller than the burst. Requests still in
    flight count as taken from a window that begins while they are out: sent before its reset,
    they may reach the service after it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._limit: Optional[int] = None
        self._left: Optional[int] = None
        self._reset: Optional[int] = None
        self._first_sent = False
        self._first_ended = False
        self._in_flight = 0

    def take(self, now: float) -> float:
        """Takes one request from the bucket and returns 0, or returns the seconds to wait
        (taking nothing): until the reset when the bucket is known empty, or a moment while the
        first request, or the requests that will tell a new window's reset, are still out."""
        with self._lock:
            if not self._first_ended:
                if self._first_sent:
                    return FIRST_RESPONSE_POLL
                self._first_sent = True
                return self._send()
            if self._reset is not None and now >= self._reset:
                # A new window: as many as the last known limit, less the requests in flight,
                # until a response says otherwise.
                assert self._limit is not None
                self._left, self._reset = self._limit - self._in_flight, None
            if self._left is not None and self._left <= 0:
                if self._reset is not None:
                    return self._reset - now
                if self._in_flight > 0:
                    # The new window is used up before any of its responses came back: they tell.
                    return FIRST_RESPONSE_POLL
            if self._left is not None:
                self._left -= 1
            return self._send()

    def _send(self) -> float:
        self._in_flight += 1
        return 0.0

    def update(self, rate_limit: Optional[RateLimit]) -> None:
        """Learns from the end of one attempt: a response's headers (None without them, or when
        no response came). An older window's response changes nothing."""
        with self._lock:
            self._first_ended = True
            self._in_flight = max(0, self._in_flight - 1)
            if rate_limit is None:
                return
            if self._reset is None or rate_limit.reset > self._reset:
                # The requests still in flight may not be counted in this response yet.
                self._limit, self._left, self._reset = (
                    rate_limit.limit, rate_limit.remaining - self._in_flight, rate_limit.reset,
                )
            elif rate_limit.reset == self._reset and self._left is not None:
                # Responses of one window can arrive out of order: the lowest count is the latest.
                self._left = min(self._left, rate_limit.remaining)
