# generated — do not edit.
# The leaveGroup operation (DELETE /api/group/leave/{instance}) as the spec documents it.
# Regenerate with `pnpm generate` after changing the spec.

from typing import Mapping, Tuple

OPERATION_ID: str = "leaveGroup"
METHOD: str = "DELETE"
PATH: str = "/api/group/leave/{instance}"
PATH_PARAMETERS: Tuple[str, ...] = ("instance",)
QUERY_PARAMETERS: Tuple[str, ...] = ("identifier",)
REQUIRED_PARAMETERS: Tuple[str, ...] = ("instance", "identifier")
STATUSES: Tuple[int, ...] = (200, 400, 401, 403, 404, 429, 500, 503)
DOCUMENTED_MESSAGES: Mapping[int, Tuple[str, ...]] = {
    200: ("Successfully left the group",),
    400: ("Identifier is required", "Instance is not connected to WhatsApp"),
    401: ("Missing token in header", "Invalid token", "Invalid instance token", "Invalid account token"),
    403: ("Not allowed to leave this group",),
    404: ("Group not found or you are not a member of this group", "Instance not found"),
    429: ("Rate limit exceeded. Try again later.",),
    500: ("Internal server error",),
    503: ("Instance is not connected to WhatsApp",),
}
RATE_LIMIT_HEADERS: Tuple[str, ...] = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
