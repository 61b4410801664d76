"""One call's attempts, whatever runs them: the sync and the async clients drive the same steps."""

import json
import logging
from dataclasses import dataclass
from typing import Any, Callable, Generic, Optional, TypeVar, Union

import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidInputError,
    RateLimitError,
    RyzeError,
    after_attempts,
    bucket_empty_error,
    status_error,
)
from ._pacing import Bucket
from ._policy import CallPolicy
from ._rate_limit import RateLimit, parse_rate_limit
from ._retry import is_retryable, retry_delay

T = TypeVar("T")

logger = logging.getLogger("ryzeapi")


@dataclass(frozen=True)
class Sent(Generic[T]):
    """A successful call: its parsed body and what came with it."""

    data: T
    """The parsed 200 body."""
    rate_limit: Optional[RateLimit]
    """The token's bucket after this call."""
    response: httpx.Response
    """The last HTTP response (its body already read)."""
    attempts: int
    """How many requests were sent, retries included."""


@dataclass(frozen=True)
class Wait:
    """Wait this many seconds, then go on."""

    seconds: float


class Attempts(Generic[T]):
    """The steps of one call of up to ``1 + max_retries`` attempts.

    Before each attempt, ``pace`` says how long to wait for the bucket; after it, ``answered`` or
    ``failed`` either ends the call (a ``Sent``, or an error raised) or says how long to wait
    before the next. The caller does the sending and the waiting, in its own way.
    """

    def __init__(
        self, request: httpx.Request, policy: CallPolicy, bucket: Optional[Bucket],
        clock: Callable[[], float], parse: Callable[[Any], T],
    ) -> None:
        self._policy = policy
        self._bucket = bucket
        self._clock = clock
        self._parse = parse
        self._method = request.method
        # Without the query string: an invite code is not a secret, but a link may carry anything.
        self._url = str(request.url.copy_with(query=None))
        self._earlier_outcome_unknown = False
        self.attempts = 0

    def pace(self) -> Optional[Wait]:
        """None to send now (counted), or how long to wait until the bucket refills.

        Raises RateLimitError, sending nothing, when it refills later than ``max_retry_wait``.
        """
        now = self._clock()
        wait = self._bucket.take(now) if self._bucket is not None else 0.0
        if wait <= 0:
            self.attempts += 1
            logger.debug("%s %s: attempt %d", self._method, self._url, self.attempts)
            return None
        if wait > self._policy.max_retry_wait:
            reset_at = RateLimit(limit=0, remaining=0, reset=int(now + wait)).reset_at
            raise bucket_empty_error(
                reset_at, self._policy.max_retry_wait, method=self._method, url=self._url
            )
        logger.debug("%s %s: waiting %.3f s for the bucket", self._method, self._url, wait)
        return Wait(wait)

    def answered(self, response: httpx.Response) -> Union[Sent[T], Wait]:
        """The call's end, or the wait before a retry, after an HTTP response (body read)."""
        rate_limit = parse_rate_limit(response.headers)
        if self._bucket is not None:
            self._bucket.update(rate_limit)
        body = _json_or_text(response.text)
        if response.is_success and isinstance(body, dict) and body.get("success") is True:
            try:
                return Sent(self._parse(body), rate_limit, response, self.attempts)
            except Exception:  # noqa: BLE001 — quicktype's from_dict asserts the shape.
                pass  # A 200 of another shape: reported like any unreadable body, below.
        error = status_error(
            response, body, attempts=self.attempts,
            may_have_succeeded_earlier=self._earlier_outcome_unknown,
            method=self._method, url=self._url,
        )
        return self._retry_or_raise(error)

    def failed(self, exception: BaseException, timed_out: bool) -> Wait:
        """The wait before a retry after an attempt got no response; raises when none is left."""
        if self._bucket is not None:
            self._bucket.update(None)
        if timed_out:
            error: RyzeError = APITimeoutError(
                f"No complete response within {self._policy.timeout:g} s "
                f"(timeout, per attempt{after_attempts(self.attempts)})",
                attempts=self.attempts,
            )
        elif isinstance(exception, (httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError,
                                    httpx.DecodingError)):
            error = APIConnectionError(
                f"The API could not be reached: {type(exception).__name__}: {exception}"
                f"{after_attempts(self.attempts)}",
                attempts=self.attempts,
            )
        else:
            # Refused before anything was sent (an unsupported URL, a header h11 cannot write):
            # retrying cannot help, and it is no connection error.
            raise InvalidInputError(
                f"The request could not be sent: {type(exception).__name__}: {exception}"
            ) from None
        return self._retry_or_raise(error)

    def abandoned(self) -> None:
        """The attempt in flight ended without an outcome (cancelled, interrupted)."""
        if self._bucket is not None:
            self._bucket.update(None)

    def _retry_or_raise(self, error: RyzeError) -> Wait:
        if self.attempts > self._policy.max_retries or not is_retryable(error):
            raise error
        wait = retry_delay(error, self.attempts - 1, self._clock(), self._policy.max_retry_wait)
        if wait is None:
            raise error  # A 429 whose reset is beyond max_retry_wait: a retry would fail too.
        # The service may have acted before a timeout, a lost connection or a 5xx, not before a 429.
        self._earlier_outcome_unknown |= not isinstance(error, RateLimitError)
        logger.debug("%s %s: %s; retrying in %.3f s", self._method, self._url,
                     type(error).__name__, wait)
        return Wait(wait)


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text

