"""Group identifiers: a JID, an invite code or an invite link, classified and normalized."""

import json
import re
from dataclasses import dataclass
from typing import Any, Optional

from ._errors import InvalidInputError, shorten

# JavaScript's whitespace, so that trimming and the link suffix treat every input as the
# TypeScript SDK does (Python's own differs: it trims \x1c-\x1f and \x85, but not \ufeff).
_JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_TRIM = re.compile(f"^[{_JS_SPACE}]+|[{_JS_SPACE}]+$")
# (?ai:…): ASCII-only case folding, else [a-z] would also match the Kelvin sign and the long s.
_JID = re.compile(r"([0-9]+(?:-[0-9]+)?)(?ai:@g\.us)")
_CODE = re.compile(r"(?ai:[a-z0-9]{1,64})")
# The link forms met in the wild: any of http(s)://, www., invite/, a trailing slash, and a share
# suffix (?mode=gi_t) or fragment. The host must be exactly chat.whatsapp.com.
_LINK = re.compile(
    r"(?ai:(?:https?://)?(?:www\.)?chat\.whatsapp\.com/(?:invite/)?)"
    rf"((?ai:[a-z0-9]{{1,64}}))/?(?:[?#][^{_JS_SPACE}]*)?"
)
_FORMS = "a group JID (…@g.us), an invite code or link (https://chat.whatsapp.com/<code>)"


@dataclass(frozen=True)
class GroupIdentifier:
    """What ``parse_group_identifier`` recognised, with the normalized ``identifier`` the SDK sends."""

    kind: str
    """``"jid"``, ``"inviteCode"`` or ``"inviteLink"``."""
    identifier: str
    """The normalized value sent in the query string."""
    code: Optional[str] = None
    """The invite code, for a code or a link."""


def parse_group_identifier(value: Any) -> GroupIdentifier:
    """Classifies a group identifier and normalizes it.

    Surrounding whitespace is trimmed, a JID's suffix is lower-cased, and every link form
    becomes ``https://chat.whatsapp.com/<code>``.

    Raises InvalidInputError when the input is empty or none of the three forms.
    """
    if not isinstance(value, str):
        raise InvalidInputError(f"The identifier is a {type(value).__name__}: pass {_FORMS}")
    text = _TRIM.sub("", value)
    if not text:
        raise InvalidInputError(f"The identifier is empty: pass {_FORMS}")
    jid = _JID.fullmatch(text)
    # At most 59 characters before the 5 of @g.us: the spec's maxLength of 64.
    if jid and len(jid.group(1)) <= 59:
        return GroupIdentifier("jid", f"{jid.group(1)}@g.us")
    if _CODE.fullmatch(text):
        return GroupIdentifier("inviteCode", text, text)
    link = _LINK.fullmatch(text)
    if link:
        code = link.group(1)
        return GroupIdentifier("inviteLink", f"https://chat.whatsapp.com/{code}", code)
    # JSON quoting shows control characters, as the TypeScript SDK's message does.
    shown = json.dumps(shorten(text, 100), ensure_ascii=False)
    raise InvalidInputError(f"The identifier {shown} is none of {_FORMS}")
