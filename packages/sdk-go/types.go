package ryzeapi

import "github.com/ryzeapi/ryzeapi-groups/packages/sdk-go/internal/generated"

// The hand-written layer names the generated models here, so that a spec change that breaks the
// client breaks its compilation instead of its users.

// LeaveGroupResponse is the body of a successful leave: the spec's 200 response,
// {"success": true, "message": ..., "groupJid": ...}.
type LeaveGroupResponse = generated.LeaveGroupResponse

// ErrorEnvelope is the body of every documented error response:
// {"success": false, "error": {"message": ...}}.
type ErrorEnvelope = generated.ErrorEnvelope
