# generated — do not edit.
# quicktype output (dataclasses with from_dict/to_dict) for the spec's LeaveGroupResponse and ErrorEnvelope schemas.
# Regenerate with `pnpm generate` after changing the spec.

from dataclasses import dataclass
from typing import Any, TypeVar, Type, cast


T = TypeVar("T")


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def from_bool(x: Any) -> bool:
    assert isinstance(x, bool)
    return x


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


@dataclass
class LeaveGroupResponse:
    """Confirms the leave with the JID of the group the instance left."""

    group_jid: str
    message: str
    """A confirmation for humans."""

    success: bool
    """Always `true` on success."""

    @staticmethod
    def from_dict(obj: Any) -> 'LeaveGroupResponse':
        assert isinstance(obj, dict)
        group_jid = from_str(obj.get("groupJid"))
        message = from_str(obj.get("message"))
        success = from_bool(obj.get("success"))
        return LeaveGroupResponse(group_jid, message, success)

    def to_dict(self) -> dict:
        result: dict = {}
        result["groupJid"] = from_str(self.group_jid)
        result["message"] = from_str(self.message)
        result["success"] = from_bool(self.success)
        return result


@dataclass
class Error:
    message: str
    """What went wrong, in English."""

    @staticmethod
    def from_dict(obj: Any) -> 'Error':
        assert isinstance(obj, dict)
        message = from_str(obj.get("message"))
        return Error(message)

    def to_dict(self) -> dict:
        result: dict = {}
        result["message"] = from_str(self.message)
        return result


@dataclass
class ErrorEnvelope:
    """The body of every error response. It has no machine-readable code: branch on the HTTP
    status,
    and treat `error.message` as text for humans.
    """
    error: Error
    success: bool
    """Always `false` on error."""

    @staticmethod
    def from_dict(obj: Any) -> 'ErrorEnvelope':
        assert isinstance(obj, dict)
        error = Error.from_dict(obj.get("error"))
        success = from_bool(obj.get("success"))
        return ErrorEnvelope(error, success)

    def to_dict(self) -> dict:
        result: dict = {}
        result["error"] = to_class(Error, self.error)
        result["success"] = from_bool(self.success)
        return result


def leave_group_response_from_dict(s: Any) -> LeaveGroupResponse:
    return LeaveGroupResponse.from_dict(s)


def leave_group_response_to_dict(x: LeaveGroupResponse) -> Any:
    return to_class(LeaveGroupResponse, x)


def error_envelope_from_dict(s: Any) -> ErrorEnvelope:
    return ErrorEnvelope.from_dict(s)


def error_envelope_to_dict(x: ErrorEnvelope) -> Any:
    return to_class(ErrorEnvelope, x)
