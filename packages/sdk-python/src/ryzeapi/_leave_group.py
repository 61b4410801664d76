"""The leaveGroup operation as the clients call it: its request parts and its parsed body."""

from dataclasses import dataclass
from typing import Any, Optional

from ._call import Call
from ._errors import RyzeError
from ._generated import leave_group
from ._generated.models import LeaveGroupResponse
from ._identifier import parse_group_identifier


def leave_call(instance: Any, identifier: Any, **options: Any) -> Call[LeaveGroupResponse]:
    """One leave, from the generated operation table; its identifier normalized (or refused)
    before anything is sent. ``options``: the call's ``timeout``, ``max_retries``,
    ``extra_headers``."""
    (instance_name,) = leave_group.PATH_PARAMETERS
    (identifier_name,) = leave_group.QUERY_PARAMETERS
    return Call(
        method=leave_group.METHOD,
        path=leave_group.PATH,
        path_params={instance_name: instance},
        query={identifier_name: parse_group_identifier(identifier).identifier},
        parse=LeaveGroupResponse.from_dict,
        **options,
    )


@dataclass(frozen=True)
class LeaveOutcome:
    """One identifier's result in ``leave_many``: ``data`` when ``ok``, else ``error``."""

    identifier: str
    ok: bool
    data: Optional[LeaveGroupResponse] = None
    error: Optional[RyzeError] = None

