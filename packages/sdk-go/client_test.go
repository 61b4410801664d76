package ryzeapi

import (
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ryzeapi/ryzeapi-groups/packages/sdk-go/internal/generated"
)

// unsetEnv removes a variable for the test and restores it after.
func unsetEnv(t *testing.T, name string) {
	t.Helper()
	t.Setenv(name, "") // registers the restore
	os.Unsetenv(name)
}

func TestTheTokenAndBaseURLComeFromTheEnvironmentByDefault(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	t.Setenv("RYZEAPI_TOKEN", testToken)
	t.Setenv("RYZEAPI_BASE_URL", server.URL)
	client, err := NewClient()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := leave(client, "ABC123XYZ"); err != nil {
		t.Fatal(err)
	}
	if got := server.received()[0].Header.Get("token"); got != testToken {
		t.Errorf("token header %q", got)
	}
}

func TestWithoutAnyTokenNewClientSaysHowToGiveOne(t *testing.T) {
	unsetEnv(t, "RYZEAPI_TOKEN")
	_, err := NewClient()
	var invalid *InvalidInputError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "WithToken") || !strings.Contains(err.Error(), "RYZEAPI_TOKEN") {
		t.Errorf("got %v", err)
	}
}

func TestOptionsAreCheckedWhenTheClientIsCreated(t *testing.T) {
	cases := []struct {
		name   string
		option Option
		want   string
	}{
		{"an empty token", WithToken(""), "The token is empty"},
		{"a token with a line break", WithToken(testToken + "\r\nX-Evil: 1"), "The token contains a line break"},
		{"a token with surrounding whitespace", WithToken(" " + testToken), "The token has surrounding whitespace"},
		{"a token with a control character", WithToken(testToken + "\x00"), "The token has a character HTTP headers cannot carry"},
		{"a base URL that is not http(s)", WithBaseURL("ftp://ryzeapi.cloud"), `The base URL "ftp://ryzeapi.cloud" is not an http(s) URL`},
		{"a base URL without a host", WithBaseURL("ryzeapi.cloud"), "is not an http(s) URL"},
		{"a base URL with credentials", WithBaseURL("http://user:pw-SECRET@127.0.0.1:1"), `The base URL "http://…@127.0.0.1:1" contains credentials`},
		{"a base URL with a query", WithBaseURL("https://ryzeapi.cloud/?x=1"), "has a query or a fragment"},
		{"a negative number of retries", WithMaxRetries(-1), "WithMaxRetries got -1"},
		{"a zero timeout", WithTimeout(0), "WithTimeout got 0s"},
		{"a negative longest wait", WithMaxRetryWait(-time.Second), "WithMaxRetryWait got -1s"},
		{"an unknown auth scheme", WithAuthScheme(AuthScheme(7)), "WithAuthScheme got AuthScheme(7)"},
		{"a header name that is not a token", WithHeader("X Bad", "v"), `The header name "X Bad" is not an HTTP token`},
		{"a header value with a line break", WithHeader("X-Api-Key", "k-SECRET\nX: 1"), `The value of the header "X-Api-Key" contains a line break`},
		{"a negative concurrency", WithMaxConcurrency(-2), "WithMaxConcurrency got -2"},
		{"a nil http client", WithHTTPClient(nil), "WithHTTPClient got nil"},
		{"an empty user agent", WithUserAgent(""), "WithUserAgent got an empty product"},
		{"a user agent with a line break", WithUserAgent("app\n"), "The user agent contains a line break"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewClient(WithToken(testToken), tc.option)
			var invalid *InvalidInputError
			if !errors.As(err, &invalid) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an *InvalidInputError containing %q", err, tc.want)
			}
			for _, secret := range []string{testToken, "SECRET"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("the message shows a secret: %q", err.Error())
				}
			}
		})
	}
}

func TestBadCallInputIsRefusedBeforeAnythingIsSent(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	client := newTestClient(t, server, newFakeClock())
	cases := []struct {
		name string
		call func() error
		want string
	}{
		{"a nil context", func() error {
			_, err := client.Groups.Leave(nil, "my-instance", LeaveParams{Identifier: "ABC123XYZ"}) //nolint:staticcheck // the point of the test
			return err
		}, "The context is nil"},
		{"a header value with a line break", func() error {
			_, err := leave(client, "ABC123XYZ", CallHeader("Authorization", "Bearer SECRET\r\n"))
			return err
		}, `The value of the header "Authorization" contains a line break`},
		{"a zero call timeout", func() error { _, err := leave(client, "ABC123XYZ", CallTimeout(0)); return err }, "CallTimeout got 0s"},
		{"negative call retries", func() error { _, err := leave(client, "ABC123XYZ", CallMaxRetries(-1)); return err }, "CallMaxRetries got -1"},
		{"a nil response to fill", func() error { _, err := leave(client, "ABC123XYZ", CallResponse(nil)); return err }, "CallResponse got nil"},
	}
	for _, tc := range cases {
		err := tc.call()
		if !errors.As(err, new(*InvalidInputError)) || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "SECRET") {
			t.Errorf("%s: got %v", tc.name, err)
		}
	}
	if n := len(server.received()); n != 0 {
		t.Errorf("%d requests were sent", n)
	}
}

func TestTheRequestCarriesTheTokenUserAgentAndHeaders(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	client := newTestClient(t, server, newFakeClock(), WithUserAgent("my-app/1.2"), WithHeader("X-Team", "groups"))
	var meta ResponseMeta
	left, err := leave(client, "120363406289005073@G.US", CallHeader("Prefer", "code=200"), CallResponse(&meta))
	if err != nil || *left != (LeaveGroupResponse{Success: true, Message: "Successfully left the group", GroupJid: "120363406289005073@g.us"}) {
		t.Fatalf("got %+v, %v", left, err)
	}
	request := server.received()[0]
	checks := map[string]string{
		"method":     request.Method,
		"path":       request.RawPath,
		"query":      request.Query,
		"token":      request.Header.Get("token"),
		"User-Agent": request.Header.Get("User-Agent"),
		"X-Team":     request.Header.Get("X-Team"),
		"Prefer":     request.Header.Get("Prefer"),
		"Bearer":     request.Header.Get("Authorization"),
	}
	want := map[string]string{
		"method":     http.MethodDelete,
		"path":       "/api/group/leave/my-instance",
		"query":      "identifier=120363406289005073%40g.us",
		"token":      testToken,
		"User-Agent": "my-app/1.2 ryzeapi-sdk-go/" + Version,
		"X-Team":     "groups",
		"Prefer":     "code=200",
		"Bearer":     "",
	}
	for key, value := range want {
		if checks[key] != value {
			t.Errorf("%s = %q, want %q", key, checks[key], value)
		}
	}
	if meta.Response == nil || meta.Response.StatusCode != 200 || meta.Attempts != 1 {
		t.Errorf("CallResponse filled %+v", meta)
	}
}

func TestTheBearerSchemeSendsAuthorizationOnly(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	if _, err := leave(newTestClient(t, server, newFakeClock(), WithAuthScheme(AuthBearer)), "ABC123XYZ"); err != nil {
		t.Fatal(err)
	}
	header := server.received()[0].Header
	if header.Get("Authorization") != "Bearer "+testToken || header.Get("token") != "" {
		t.Errorf("Authorization %q, token %q", header.Get("Authorization"), header.Get("token"))
	}
}

func TestABaseURLWithAPathPrefixAndATrailingSlashIsUsedAsIs(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	client, err := NewClient(WithToken(testToken), WithBaseURL(server.URL+"/proxy/"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := leave(client, "ABC123XYZ"); err != nil {
		t.Fatal(err)
	}
	if got := server.received()[0].RawPath; got != "/proxy/api/group/leave/my-instance" {
		t.Errorf("path %q", got)
	}
}

func TestTheOperationTableDrivesTheURL(t *testing.T) {
	client := newTestClient(t, newTestServer(t, answers(reply(200, leftBody))), newFakeClock())
	got, err := client.core.urlOf(&generated.LeaveGroup, map[string]string{"instance": "my instance", "identifier": "ABC123XYZ"})
	if want := client.core.baseURL + "/api/group/leave/my%20instance?identifier=ABC123XYZ"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	_, err = client.core.urlOf(&generated.LeaveGroup, map[string]string{"instance": "my-instance"})
	if err == nil || err.Error() != `The query parameter "identifier" is required by leaveGroup` {
		t.Errorf("a missing required parameter: %v", err)
	}
}
