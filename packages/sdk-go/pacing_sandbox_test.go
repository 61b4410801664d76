package ryzeapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
)

// TestPacingAgainstTheSandboxsBucket leaves groups in bulk against the sandbox with a bucket of
// 3 requests per 2-second window: the paced client waits for each reset instead of receiving a
// 429, and every leave settles with the service's own answer.
func TestPacingAgainstTheSandboxsBucket(t *testing.T) {
	url := sandbox(t)
	control(t, url, http.MethodPost, "/__sandbox/reset", json.RawMessage(`{"rateLimit": 3, "rateWindowSeconds": 2}`))
	var waits atomic.Int32
	client, err := NewClient(WithToken("sandbox-token-my-instance"), WithBaseURL(url), WithMaxRetries(0),
		WithOnRateLimit(func(RateLimitWait) { waits.Add(1) }))
	if err != nil {
		t.Fatal(err)
	}
	// No community: calls released together at a reset go out in any order, and leaving the
	// community first would answer its subgroups 404 whatever the pacing does.
	identifiers := []string{
		"120363406289005073@g.us", "SUBGROUP101", "SUBGROUP102", "ANNOUNCE200",
		"Fh3t6gXkPz1B7nY2JqL0Ao", "OTHERS300", "120363406289005073@g.us",
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitDeadline)
	defer cancel()
	results, err := client.Groups.LeaveMany(ctx, "my-instance", identifiers, LeaveManyOptions{Concurrency: 4})
	if err != nil {
		t.Fatal(err)
	}
	left := 0
	for _, result := range results {
		var apiErr *APIError
		switch {
		case result.Err == nil:
			left++
		case errors.As(result.Err, new(*RateLimitError)):
			t.Errorf("%s: %v: the paced client sent into an empty bucket", result.Identifier, result.Err)
		case !errors.As(result.Err, &apiErr) || (apiErr.Status != 403 && apiErr.Status != 404):
			t.Errorf("%s: %v", result.Identifier, result.Err)
		}
	}
	// Left: the group, both subgroups, the older group; 403, 404 (not a member), 404 (left already).
	if left != 4 {
		t.Errorf("%d groups left, want 4: %+v", left, results)
	}
	if waits.Load() == 0 {
		t.Error("7 requests through a bucket of 3 never waited for a reset")
	}
}
