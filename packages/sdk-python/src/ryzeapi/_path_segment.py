"""Path parameters as exactly one percent-encoded URL path segment."""

import json
from typing import Any
from urllib.parse import quote

from ._errors import InvalidInputError

# What encodeURIComponent leaves alone: the TypeScript SDK sends the same bytes.
_UNRESERVED = "-_.!~*'()"


def encode_path_segment(name: str, value: Any) -> str:
    """``value`` as one percent-encoded path segment.

    ``quote`` leaves ``.`` alone and URL resolution turns ``.`` and ``..`` into other paths (``..``
    would reach ``/api/group/``): those, a blank value, any ``/`` or ``\\`` and a lone surrogate
    are refused before a request is built.
    """
    if isinstance(value, str) and value.strip() and value not in (".", "..") and not any(
        separator in value for separator in "/\\"
    ):
        try:
            return quote(value, safe=_UNRESERVED, encoding="utf-8", errors="strict")
        except UnicodeEncodeError:
            pass  # A lone surrogate: refused like the rest, below.
    shown = json.dumps(value) if isinstance(value, str) else f"a {type(value).__name__}"
    raise InvalidInputError(
        f'The {name} {shown} is not one URL path segment: pass a non-blank name, not "." or "..", '
        'without "/" or "\\"'
    )
