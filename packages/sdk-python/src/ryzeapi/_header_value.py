"""Header values checked before they are sent, and never shown: any of them may be a secret."""

import re
from typing import Any

from ._errors import InvalidInputError

_SENDABLE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")


def check_header_value(what: str, value: Any) -> str:
    """``value`` if HTTP can carry it as a header value, else InvalidInputError naming the problem.

    The message never quotes the value: a token, a cookie or an ``Authorization`` may be in it.
    """
    if not isinstance(value, str):
        problem = f"is a {type(value).__name__}, not a str"
    elif not value:
        problem = "is empty"
    elif "\r" in value or "\n" in value:
        problem = "contains a line break (CR or LF)"
    elif value.strip(" \t") != value:
        problem = "has surrounding whitespace"
    elif not _SENDABLE.fullmatch(value):
        problem = "has a character HTTP headers cannot carry"
    else:
        return value
    raise InvalidInputError(f"The {what} {problem} (value hidden: header values may be secret)")
