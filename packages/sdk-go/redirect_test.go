package ryzeapi

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestARedirectIsNeverFollowedWithTheToken(t *testing.T) {
	elsewhere := newTestServer(t, answers(reply(200, leftBody)))
	for _, status := range []int{301, 302, 303, 307, 308} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			api := newTestServer(t, answers(reply(status, "", "Location", elsewhere.URL+"/collect?sig=s3cr3t&x=1#frag")))
			for name, client := range map[string]*Client{
				"the default HTTP client": newTestClient(t, api, newFakeClock()),
				"a given HTTP client":     newTestClient(t, api, newFakeClock(), WithHTTPClient(&http.Client{})),
			} {
				_, err := leave(client, "ABC123XYZ")
				var redirect *RedirectError
				if !errors.As(err, &redirect) {
					t.Fatalf("%s: got %T %v", name, err, err)
				}
				if redirect.Status != status || redirect.Attempts != 1 || redirect.Location != elsewhere.URL+"/collect?…" {
					t.Errorf("%s: %+v", name, redirect)
				}
				if !strings.Contains(err.Error(), elsewhere.URL+"/collect?…") || !strings.Contains(err.Error(), "WithBaseURL") || strings.Contains(err.Error(), "s3cr3t") {
					t.Errorf("%s: message %q", name, err.Error())
				}
			}
			if len(api.received()) != 2 {
				t.Errorf("%d requests to the API, want 2 (one per client, none retried)", len(api.received()))
			}
		})
	}
	if n := len(elsewhere.received()); n != 0 {
		t.Errorf("the other origin received %d requests", n)
	}
}

func TestAGivenHTTPClientIsNotChanged(t *testing.T) {
	given := &http.Client{}
	if _, err := NewClient(WithToken(testToken), WithHTTPClient(given)); err != nil {
		t.Fatal(err)
	}
	if given.CheckRedirect != nil {
		t.Error("NewClient changed the caller's http.Client")
	}
}
