package ryzeapi

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestTheInstanceIsExactlyOnePercentEncodedPathSegment(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	client := newTestClient(t, server, newFakeClock())
	sent := map[string]string{
		"my instance":  "/api/group/leave/my%20instance",
		"a?b#c":        "/api/group/leave/a%3Fb%23c",
		"%2e%2e":       "/api/group/leave/%252e%252e",
		"...":          "/api/group/leave/...",
		"instância":    "/api/group/leave/inst%C3%A2ncia",
		"a;b":          "/api/group/leave/a%3Bb",
		"name.with.do": "/api/group/leave/name.with.do",
	}
	for instance, want := range sent {
		before := len(server.received())
		if _, err := client.Groups.Leave(context.Background(), instance, LeaveParams{Identifier: "ABC123XYZ"}); err != nil {
			t.Errorf("%q: %v", instance, err)
			continue
		}
		if got := server.received()[before].RawPath; got != want {
			t.Errorf("%q was sent as %q, want %q", instance, got, want)
		}
	}
}

func TestAnInstanceThatURLResolutionWouldTurnIntoAnotherPathIsRefused(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	client := newTestClient(t, server, newFakeClock())
	for _, instance := range []string{"", " ", "\t\n", ".", "..", "a/b", "../admin", `a\b`, "\xff\xfe"} {
		_, err := client.Groups.Leave(context.Background(), instance, LeaveParams{Identifier: "ABC123XYZ"})
		var invalid *InvalidInputError
		if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "is not one URL path segment") {
			t.Errorf("%q: got %v", instance, err)
		}
	}
	if n := len(server.received()); n != 0 {
		t.Errorf("%d requests were sent", n)
	}
}
