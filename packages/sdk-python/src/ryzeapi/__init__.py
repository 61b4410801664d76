"""The Python client for RyzeAPI's group endpoints.

>>> from ryzeapi import Ryze
>>> client = Ryze()  # the token from RYZEAPI_TOKEN
>>> client.groups.leave("my-instance", identifier="120363406289005073@g.us")  # doctest: +SKIP
"""

from ._async_client import AsyncRyze
from ._attempts import Sent
from ._base_client import SDK_USER_AGENT
from ._client import Ryze
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    RyzeError,
)
from ._generated.models import ErrorEnvelope, LeaveGroupResponse
from ._identifier import GroupIdentifier, parse_group_identifier
from ._leave_group import LeaveOutcome
from ._rate_limit import RateLimit
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRyze",
    "AuthenticationError",
    "BadRequestError",
    "ErrorEnvelope",
    "GroupIdentifier",
    "InternalServerError",
    "InvalidInputError",
    "LeaveGroupResponse",
    "LeaveOutcome",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RedirectError",
    "Ryze",
    "RyzeError",
    "SDK_USER_AGENT",
    "Sent",
    "__version__",
    "parse_group_identifier",
]
