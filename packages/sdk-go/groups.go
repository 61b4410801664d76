package ryzeapi

import (
	"context"
	"encoding/json"

	"github.com/ryzeapi/ryzeapi-groups/packages/sdk-go/internal/generated"
)

// GroupsService holds the group operations of a Client.
type GroupsService struct {
	core *core
}

// LeaveParams are the query parameters of Leave.
type LeaveParams struct {
	// Identifier names the group: its JID (120363406289005073@g.us), its invite code
	// (ABC123XYZ) or its invite link (https://chat.whatsapp.com/ABC123XYZ), normalized by
	// ParseGroupIdentifier before it is sent.
	Identifier string
}

// Leave makes instance leave the group named by params.Identifier and returns the spec's 200
// body.
//
// A group already left answers 404 (*NotFoundError); if the call was retried after an attempt
// whose outcome is unknown, that error's MayHaveSucceededEarlier is true. The context cancels
// the request in flight and any wait; the call then fails with a *CanceledError.
func (g *GroupsService) Leave(ctx context.Context, instance string, params LeaveParams, options ...CallOption) (*LeaveGroupResponse, error) {
	identifier, err := ParseGroupIdentifier(params.Identifier)
	if err != nil {
		return nil, err
	}
	call, err := g.core.newCall(ctx, &generated.LeaveGroup, map[string]string{
		"instance":   instance,
		"identifier": identifier.Identifier,
	}, options)
	if err != nil {
		return nil, err
	}
	result, err := g.core.send(ctx, call)
	if err != nil {
		return nil, err
	}
	var left LeaveGroupResponse
	if json.Unmarshal(result.body, &left) != nil || !left.Success {
		return nil, g.core.unexpectedSuccess(call, result)
	}
	return &left, nil
}
