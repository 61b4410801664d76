"""Which failed attempts are retried, and after how long."""

import random
from typing import Callable, Optional

from ._errors import APIConnectionError, APIStatusError, RateLimitError, RyzeError


def is_retryable(error: RyzeError) -> bool:
    """A 429, a 5xx, a lost connection or a timeout is worth another attempt; nothing else is."""
    return isinstance(error, APIConnectionError) or (
        isinstance(error, APIStatusError) and (error.status_code == 429 or error.status_code >= 500)
    )


def backoff_delay(retry: int, rand: Callable[[], float] = random.random) -> float:
    """Seconds before retry number ``retry`` (0 for the first): exponential from 0.5 s, at most 8 s,
    with up to 25 % jitter so that clients spread out."""
    return min(0.5 * 2**retry, 8.0) * (1 - rand() * 0.25)


def retry_delay(error: RyzeError, retry: int, now: float, max_wait: float) -> Optional[float]:
    """Seconds to wait before retrying ``error``, or None when waiting is pointless.

    After a 429 that sends ``X-RateLimit-Reset``, the wait lasts until the reset; a reset later
    than ``max_wait`` makes a retry bound to fail, so none is made. Otherwise the backoff, capped.
    """
    if isinstance(error, RateLimitError) and error.rate_limit is not None:
        until_reset = error.rate_limit.reset - now
        if until_reset > max_wait:
            return None
        if until_reset > 0:
            return until_reset
    return min(backoff_delay(retry), max_wait)
