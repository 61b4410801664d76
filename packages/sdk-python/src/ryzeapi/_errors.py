"""Everything the SDK raises: one root, HTTP errors by status family, connection errors apart."""

import json
from datetime import datetime
from typing import Any, Dict, Optional, Type

import httpx

from ._rate_limit import RateLimit, parse_rate_limit


class RyzeError(Exception):
    """The root of everything the SDK raises: ``except ryzeapi.RyzeError``."""


class InvalidInputError(RyzeError, ValueError):
    """The SDK refused its input before sending anything; the message says what and what to do."""


class APIStatusError(RyzeError):
    """The API answered with an HTTP error status, or with a body the SDK cannot read.

    Subclasses name the status families; any other status is a plain ``APIStatusError``.
    """

    status_code: int
    """The HTTP status of the last attempt."""
    headers: httpx.Headers
    """The response headers of the last attempt."""
    body: Any
    """The response body: parsed JSON when it was JSON, else the raw text (``""`` when empty)."""
    rate_limit: Optional[RateLimit]
    """The ``X-RateLimit-*`` headers of the last attempt, when all three were sent."""
    attempts: int
    """How many requests were sent, retries included."""
    method: str
    """The request's method."""
    url: str
    """The request's URL, without its query string (it may carry an invite code)."""

    def __init__(
        self, message: str, *, response: Optional[httpx.Response], body: Any, attempts: int,
        method: str, url: str,
    ) -> None:
        super().__init__(message)
        self.status_code = response.status_code if response is not None else 429
        self.headers = response.headers if response is not None else httpx.Headers()
        self.body = body
        self.rate_limit = parse_rate_limit(self.headers)
        self.attempts = attempts
        self.method = method
        self.url = url


class BadRequestError(APIStatusError):
    """400: the request is invalid, or the instance is not connected."""


class AuthenticationError(APIStatusError):
    """401: the token is missing or not valid for this instance."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not do this."""


class NotFoundError(APIStatusError):
    """404: the group or the instance was not found, or the instance is not a member of the group.

    Leaving a group already left answers 404, so when an earlier attempt of the same call ended
    with an unknown outcome (a timeout, a lost connection, a 5xx) and a retry then got this 404,
    the first attempt may well have left the group: ``may_have_succeeded_earlier`` is then True.
    """

    may_have_succeeded_earlier: bool = False


class RateLimitError(APIStatusError):
    """429: the token's bucket is empty; ``reset_at`` says when it refills.

    Also raised without sending anything (``attempts == 0``) when the client knows the bucket is
    empty until later than it may wait (``max_retry_wait``).
    """

    reset_at: Optional[datetime] = None
    """When the bucket refills (``X-RateLimit-Reset``), in UTC."""


class InternalServerError(APIStatusError):
    """5xx: the service (or a proxy in front of it) failed; whether the call took effect is unknown."""


class RedirectError(APIStatusError):
    """3xx: the API redirected; the SDK never follows a redirect with the token. Fix ``base_url``."""

    location: str = ""
    """Where the redirect pointed, without its query string."""


class APIConnectionError(RyzeError):
    """No HTTP response: DNS, refused or reset connection, TLS, or the body could not be read."""

    def __init__(self, message: str, *, attempts: int) -> None:
        super().__init__(message)
        self.attempts = attempts


class APITimeoutError(APIConnectionError):
    """An attempt got no complete response within ``timeout``, and no retry was left."""


_ERROR_BY_STATUS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def after_attempts(attempts: int) -> str:
    """``, after N attempts`` when the call was retried, for the end of a message."""
    return f", after {attempts} attempts" if attempts > 1 else ""


def status_error(
    response: httpx.Response, body: Any, *, attempts: int, may_have_succeeded_earlier: bool,
    method: str, url: str,
) -> APIStatusError:
    """The error for an HTTP error response, of the class its status names."""
    status = response.status_code
    if status >= 500:
        error_class: Type[APIStatusError] = InternalServerError
    elif 300 <= status < 400:
        error_class = RedirectError
    else:
        error_class = _ERROR_BY_STATUS.get(status, APIStatusError)
    message = f"{describe_body(body)} (HTTP {status}{after_attempts(attempts)})"
    if error_class is RedirectError:
        location = without_query(response.headers.get("location", ""))
        message = (
            f"The API redirected to {location or 'nowhere (no Location)'} (HTTP {status}); the SDK "
            "does not follow redirects with the token: set base_url to the API's own origin"
        )
    elif error_class is NotFoundError and may_have_succeeded_earlier:
        message = f"{message}. An earlier attempt's outcome is unknown, so it may have succeeded"
    error = error_class(
        message, response=response, body=body, attempts=attempts, method=method, url=url
    )
    if isinstance(error, NotFoundError):
        error.may_have_succeeded_earlier = may_have_succeeded_earlier
    if isinstance(error, RateLimitError) and error.rate_limit is not None:
        error.reset_at = error.rate_limit.reset_at
    if isinstance(error, RedirectError):
        error.location = without_query(response.headers.get("location", ""))
    return error


def bucket_empty_error(reset_at: datetime, max_wait: float, *, method: str, url: str) -> RateLimitError:
    """The error for a call not sent because the bucket is known empty beyond ``max_retry_wait``."""
    error = RateLimitError(
        f"The token's rate-limit bucket is empty until {reset_at.isoformat()} (X-RateLimit-Reset), "
        f"later than max_retry_wait ({max_wait:g} s) allows waiting: nothing was sent. Retry after "
        "the reset, or raise max_retry_wait",
        response=None, body=None, attempts=0, method=method, url=url,
    )
    error.reset_at = reset_at
    return error


def shorten(text: str, limit: int) -> str:
    """``text``, cut after ``limit`` characters with an ellipsis, for showing a value in a message."""
    return f"{text[:limit]}…" if len(text) > limit else text


def without_query(url: str) -> str:
    """A URL without its query string and fragment, which may carry secrets."""
    return url.split("?", 1)[0].split("#", 1)[0]


def describe_body(body: Any) -> str:
    """A message from any error body: the envelope's, a problem+json title, or what the body was."""
    if isinstance(body, dict):
        error = body.get("error")
        message = error.get("message") if isinstance(error, dict) else None
        if isinstance(message, str) and message:
            return message
        title, detail = body.get("title"), body.get("detail")
        if isinstance(title, str):
            return f"{title}: {detail}" if isinstance(detail, str) else title
    if body is None or body == "":
        return "Empty response body"
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return f"Unexpected response body: {shorten(' '.join(text.split()), 200)}"

