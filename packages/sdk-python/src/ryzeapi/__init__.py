"""The Python client for RyzeAPI's group endpoints."""

from ._generated.models import ErrorEnvelope, LeaveGroupResponse

__all__ = ["ErrorEnvelope", "LeaveGroupResponse"]
