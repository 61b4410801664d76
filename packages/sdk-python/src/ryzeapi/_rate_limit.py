"""The token's rate-limit bucket as one response's ``X-RateLimit-*`` headers describe it."""

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Mapping, Optional

from ._generated.leave_group import RATE_LIMIT_HEADERS

_INTEGER = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class RateLimit:
    """The ``X-RateLimit-*`` headers of a response."""

    limit: int
    """Requests the bucket allows per window (``X-RateLimit-Limit``)."""
    remaining: int
    """Requests left in the current window (``X-RateLimit-Remaining``)."""
    reset: int
    """When the bucket refills, in Unix seconds (``X-RateLimit-Reset``)."""

    @property
    def reset_at(self) -> datetime:
        """``reset`` as an aware UTC datetime."""
        return datetime.fromtimestamp(self.reset, tz=timezone.utc)


def parse_rate_limit(headers: Mapping[str, str]) -> Optional[RateLimit]:
    """The rate-limit headers of a response, or None unless all three are valid integers."""
    values = {}
    for name in RATE_LIMIT_HEADERS:
        value = (headers.get(name) or "").strip()
        if not _INTEGER.fullmatch(value):
            return None
        # X-RateLimit-Limit → limit, as the fields are named.
        values[name.rsplit("-", 1)[1].lower()] = int(value)
    return RateLimit(**values)
