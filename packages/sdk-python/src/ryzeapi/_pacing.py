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
    burst of concurrent calls cannot overrun a bucket smaller than the burst.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._limit: Optional[int] = None
        self._left: Optional[int] = None
        self._reset: Optional[int] = None
        self._first_sent = False
        self._first_ended = False

    def take(self, now: float) -> float:
        """Takes one request from the bucket and returns 0, or returns the seconds to wait
        (taking nothing): until the reset when the bucket is known empty, or a moment while the
        first request is still out."""
        with self._lock:
            if not self._first_ended:
                if self._first_sent:
                    return FIRST_RESPONSE_POLL
                self._first_sent = True
                return 0.0
            if self._reset is not None and now >= self._reset:
                # A new window: as many as the last known limit, until a response says otherwise.
                self._left, self._reset = self._limit, None
            if self._left is not None and self._left <= 0 and self._reset is not None:
                return self._reset - now
            if self._left is not None:
                self._left -= 1
            return 0.0

    def update(self, rate_limit: Optional[RateLimit]) -> None:
        """Learns from the end of one attempt: a response's headers (None without them, or when
        no response came). An older window's response changes nothing."""
        with self._lock:
            self._first_ended = True
            if rate_limit is None:
                return
            if self._reset is None or rate_limit.reset > self._reset:
                self._limit, self._left, self._reset = (
                    rate_limit.limit, rate_limit.remaining, rate_limit.reset,
                )
            elif rate_limit.reset == self._reset and self._left is not None:
                # Responses of one window can arrive out of order: the lowest count is the latest.
                self._left = min(self._left, rate_limit.remaining)
