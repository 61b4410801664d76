"""What a resource asks its client to send: one operation's request, and how to read its answer."""

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Generic, Mapping, Optional, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Call(Generic[T]):
    method: str
    path: str
    """The path template, as the spec writes it: ``/api/group/leave/{instance}``."""
    path_params: Dict[str, Any]
    query: Dict[str, str]
    parse: Callable[[Any], T]
    """Turns the JSON of a successful answer into the operation's model."""
    timeout: Optional[float] = None
    """This call's own timeout, else the client's."""
    max_retries: Optional[int] = None
    """This call's own retries, else the client's."""
    extra_headers: Optional[Mapping[str, str]] = field(default=None)
    """Headers for this call only."""
