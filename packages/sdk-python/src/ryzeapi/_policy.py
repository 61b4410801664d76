"""How a call is attempted: its timeout, its retries and the longest wait before one."""

import math
from dataclasses import dataclass
from typing import Optional

from ._errors import InvalidInputError


@dataclass(frozen=True)
class CallPolicy:
    timeout: float
    """Seconds each attempt may take before it is abandoned (and retried)."""
    max_retries: int
    """Retries after the first attempt, for a 429, a 5xx, a lost connection or a timeout."""
    max_retry_wait: float
    """The longest wait before a retry or before sending into an empty bucket, in seconds."""

    def overridden(self, timeout: Optional[float], max_retries: Optional[int]) -> "CallPolicy":
        """This policy with a call's own values, each checked."""
        return CallPolicy(
            timeout=self.timeout if timeout is None else checked_seconds("timeout", timeout),
            max_retries=self.max_retries if max_retries is None else checked_retries(max_retries),
            max_retry_wait=self.max_retry_wait,
        )


def checked_seconds(name: str, value: object) -> float:
    """A positive, finite number of seconds, else InvalidInputError: a bad one would never wait."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
        math.isfinite(value) and value > 0
    ):
        raise InvalidInputError(f"{name} must be a positive, finite number of seconds, got {value!r}")
    return float(value)


def checked_retries(value: object) -> int:
    """A count of retries from 0, else InvalidInputError: a bad one would retry forever or never."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(f"max_retries must be an integer from 0, got {value!r}")
    return value
