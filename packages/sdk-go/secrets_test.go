package ryzeapi

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestTheClientNeverShowsItsToken(t *testing.T) {
	client, err := NewClient(WithToken(testToken), WithBaseURL("http://127.0.0.1:1"))
	if err != nil {
		t.Fatal(err)
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%T %v"} {
		for _, value := range []any{client, *client, client.Groups, struct{ C *Client }{client}, []any{*client}} {
			if shown := fmt.Sprintf(verb, value); strings.Contains(shown, testToken) || strings.Contains(shown, fmt.Sprintf("%x", testToken)) {
				t.Errorf("%s of %T shows the token: %s", verb, value, shown)
			}
		}
	}
	if shown := fmt.Sprint(client); shown != `ryzeapi.Client{BaseURL: "http://127.0.0.1:1", Token: [hidden]}` {
		t.Errorf("fmt.Sprint(client) = %s", shown)
	}
}

func TestNoErrorNorLogLineShowsTheTokenOrAHeaderValue(t *testing.T) {
	var logged bytes.Buffer
	logger := log.New(&logged, "", 0)
	statuses := []int{400, 401, 403, 404, 429, 500, 302}
	server := newTestServer(t, func(n int, w http.ResponseWriter, r *http.Request) {
		reply(statuses[n%len(statuses)], envelope("echo: "+r.Header.Get("token")), "Location", "http://elsewhere.example/?t="+testToken)(w)
	})
	client := newTestClient(t, server, newFakeClock(), WithLogger(logger), WithMaxRetries(1), WithHeader("X-Api-Key", "header-SECRET"))
	var failures []error
	for range statuses {
		_, err := leave(client, "ABC123XYZ", CallHeader("X-Other", "call-SECRET"))
		failures = append(failures, err)
	}
	_, err := leave(client, "ABC123XYZ", CallTimeout(time.Nanosecond))
	failures = append(failures, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = client.Groups.Leave(ctx, "my-instance", LeaveParams{Identifier: "ABC123XYZ"})
	failures = append(failures, err)
	for _, failure := range failures {
		if failure == nil {
			t.Fatal("a call that should fail succeeded")
		}
		for _, shown := range []string{failure.Error(), fmt.Sprintf("%+v", failure)} {
			for _, secret := range []string{"header-SECRET", "call-SECRET"} {
				if strings.Contains(shown, secret) {
					t.Errorf("%T shows %s: %s", failure, secret, shown)
				}
			}
		}
	}
	if logged.Len() == 0 {
		t.Fatal("the logger received nothing")
	}
	for _, secret := range []string{testToken, "header-SECRET", "call-SECRET"} {
		if strings.Contains(logged.String(), secret) {
			t.Errorf("the log shows %s:\n%s", secret, logged.String())
		}
	}
}
