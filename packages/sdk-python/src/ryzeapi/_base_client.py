"""What the sync and the async clients share: their options, and the requests they build."""

import os
import time
from typing import Any, Callable, Dict, Mapping, Optional, Tuple, TypeVar

import httpx

from ._attempts import Attempts
from ._auth import Auth
from ._call import Call
from ._errors import InvalidInputError
from ._header_value import check_header_value
from ._pacing import Bucket
from ._path_segment import encode_path_segment
from ._policy import CallPolicy, checked_retries, checked_seconds
from ._version import __version__

DEFAULT_BASE_URL = "https://ryzeapi.cloud"
SDK_USER_AGENT = f"ryzeapi-python/{__version__}"

T = TypeVar("T")


class BaseClient:
    """The options of a client, checked at creation so that a bad one fails here, not at a call.

    It holds the token but never shows it: not in ``repr``, ``str``, logs or errors.

    Args:
        token: A TokenInstance or TokenAccount token; default the ``RYZEAPI_TOKEN`` environment
            variable. Sent only in a header, never in the URL, and never shown.
        base_url: The API's origin; default ``RYZEAPI_BASE_URL``, else ``https://ryzeapi.cloud``.
        timeout: Seconds each attempt may take before it is abandoned and retried. Default 30.
            The sync client applies it to connecting and to each read (httpx's timeout); the
            async client also bounds the whole attempt, body included.
        max_retries: Retries after a 429, a 5xx, a lost connection or a timeout. Default 2.
        max_retry_wait: The longest wait before a retry, or before sending into a bucket known to
            be empty, in seconds. A 429 whose reset is later fails at once. Default 60.
        auth_scheme: ``"token"`` sends ``token: <token>`` (default); ``"bearer"`` sends
            ``Authorization: Bearer <token>``.
        default_headers: Headers sent with every request.
        user_agent: Your application's product token (``my-app/1.2``), sent before the SDK's.
        pacing: Keep the token's bucket from every response's ``X-RateLimit-*`` headers and wait
            for its reset instead of sending into it when it is known empty. Default True.
        http_client: The ``httpx.Client`` (``httpx.AsyncClient`` for the async client) to send
            with, for proxies or transports; redirects are never followed whatever its settings.
    """

    def __init__(
        self, *, token: Optional[str] = None, base_url: Optional[str] = None, timeout: float = 30.0,
        max_retries: int = 2, max_retry_wait: float = 60.0, auth_scheme: str = "token",
        default_headers: Optional[Mapping[str, str]] = None, user_agent: Optional[str] = None,
        pacing: bool = True, http_client: Any = None,
    ) -> None:
        if token is None:
            token = os.environ.get("RYZEAPI_TOKEN")
            if token is None:
                raise InvalidInputError(
                    "No token: pass token=... (a TokenInstance or TokenAccount token) or set the "
                    "RYZEAPI_TOKEN environment variable"
                )
        self._auth = Auth(token, auth_scheme)
        # Rebound so that no frame of a later error holds the token as a plain str.
        token = None
        self.base_url = _checked_base_url(
            base_url if base_url is not None else os.environ.get("RYZEAPI_BASE_URL", DEFAULT_BASE_URL)
        )
        self._policy = CallPolicy(
            timeout=checked_seconds("timeout", timeout),
            max_retries=checked_retries(max_retries),
            max_retry_wait=checked_seconds("max_retry_wait", max_retry_wait),
        )
        agent = SDK_USER_AGENT if user_agent is None else (
            f"{check_header_value('user_agent', user_agent)} {SDK_USER_AGENT}"
        )
        self._headers = {"User-Agent": agent, **_checked_headers(default_headers)}
        self._bucket = Bucket() if pacing else None
        # Replaced by the tests, which run on fake time.
        self._clock = time.time
        self._http = http_client if http_client is not None else self._default_http_client()
        self.groups = self._groups_type(self)

    # Each client's own: its HTTP client and its resources, sync or async.
    _groups_type: Callable[[Any], Any]

    def _default_http_client(self) -> Any:
        raise NotImplementedError

    def _attempts(self, call: Call[T]) -> Tuple[httpx.Request, CallPolicy, Attempts[T]]:
        """A call's request, policy and attempts, its inputs all checked before anything is sent."""
        policy = self._policy.overridden(call.timeout, call.max_retries)
        request = self._build_request(call, policy.timeout)
        return request, policy, Attempts(request, policy, self._bucket, self._clock, call.parse)

    def _build_request(self, call: Call[Any], timeout: float) -> httpx.Request:
        segments = {name: encode_path_segment(name, value) for name, value in call.path_params.items()}
        headers = {**self._headers, **_checked_headers(call.extra_headers), **self._auth.headers()}
        return httpx.Request(
            call.method, self.base_url + call.path.format(**segments), params=call.query,
            headers=headers,
            extensions={"timeout": httpx.Timeout(timeout).as_dict()},
        )

    def __repr__(self) -> str:
        # Also shown for a client whose creation failed (a traceback's locals), before base_url.
        return f"{type(self).__name__}(base_url={self.__dict__.get('base_url')!r})"


def _checked_base_url(value: object) -> str:
    """An http(s) origin with an optional path prefix, without credentials, and no trailing slash."""
    shown = repr(value)
    try:
        url = httpx.URL(value) if isinstance(value, str) else None
    except (httpx.InvalidURL, TypeError, ValueError):
        url = None
    if url is not None and url.userinfo:
        shown = repr(str(url.copy_with(username=None, password=None)))
        raise InvalidInputError(
            f"The base_url {shown} carries credentials (hidden here): send the token with "
            "token=..., never in the URL"
        )
    if (
        url is None or url.scheme not in ("http", "https") or not url.host or " " in str(value)
        or url.query or url.fragment
    ):
        raise InvalidInputError(
            f"The base_url {shown} is not an http(s) URL like {DEFAULT_BASE_URL}"
        )
    return str(value).rstrip("/")


def _checked_headers(headers: Optional[Mapping[str, str]]) -> Dict[str, str]:
    """Extra headers, each name and value checked (a value is never shown: it may be a secret)."""
    return {
        check_header_value("header name", name): check_header_value(f"header {name!r}", value)
        for name, value in (headers or {}).items()
    }
