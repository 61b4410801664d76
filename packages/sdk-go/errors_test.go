package ryzeapi

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestEachErrorStatusHasItsTypeAndUnwrapsToAPIError(t *testing.T) {
	cases := []struct {
		status int
		is     func(error) bool
		name   string
	}{
		{400, func(err error) bool { var e *BadRequestError; return errors.As(err, &e) }, "*BadRequestError"},
		{401, func(err error) bool { var e *AuthenticationError; return errors.As(err, &e) }, "*AuthenticationError"},
		{403, func(err error) bool { var e *PermissionDeniedError; return errors.As(err, &e) }, "*PermissionDeniedError"},
		{404, func(err error) bool { var e *NotFoundError; return errors.As(err, &e) }, "*NotFoundError"},
		{429, func(err error) bool { var e *RateLimitError; return errors.As(err, &e) }, "*RateLimitError"},
		{500, func(err error) bool { var e *InternalServerError; return errors.As(err, &e) }, "*InternalServerError"},
		{502, func(err error) bool { var e *InternalServerError; return errors.As(err, &e) }, "*InternalServerError"},
		{503, func(err error) bool { var e *InternalServerError; return errors.As(err, &e) }, "*InternalServerError"},
		{409, func(err error) bool { _, plain := err.(*APIError); return plain }, "a plain *APIError"},
	}
	for _, tc := range cases {
		t.Run(http.StatusText(tc.status), func(t *testing.T) {
			server := newTestServer(t, answers(reply(tc.status, envelope("Something for humans"))))
			_, err := leave(newTestClient(t, server, newFakeClock(), WithMaxRetries(0)), "ABC123XYZ")
			if !tc.is(err) {
				t.Fatalf("HTTP %d gave %T (%v), want %s", tc.status, err, err, tc.name)
			}
			var apiErr *APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("HTTP %d: errors.As(*APIError) failed on %T", tc.status, err)
			}
			if apiErr.Status != tc.status || apiErr.Message != "Something for humans" || apiErr.Attempts != 1 {
				t.Errorf("HTTP %d: got status %d, message %q, attempts %d", tc.status, apiErr.Status, apiErr.Message, apiErr.Attempts)
			}
			if apiErr.Method != http.MethodDelete || !strings.HasPrefix(apiErr.URL, server.URL+"/api/group/leave/my-instance?") {
				t.Errorf("HTTP %d: the error names %s %s", tc.status, apiErr.Method, apiErr.URL)
			}
			if want := fmt.Sprintf("Something for humans (HTTP %d)", tc.status); err.Error() != want {
				t.Errorf("HTTP %d: message %q", tc.status, err.Error())
			}
		})
	}
}

func TestUnexpectedBodiesStillGiveTypedErrorsWithUsefulMessages(t *testing.T) {
	cases := []struct {
		name, body, contentType string
		status                  int
		want                    string
	}{
		{"a proxy's HTML page", "<html>\n  <body>Bad gateway</body>\n</html>", "text/html", 502, "Unexpected response body: <html> <body>Bad gateway</body> </html> (HTTP 502)"},
		{"an empty body", "", "text/plain", 503, "Empty response body (HTTP 503)"},
		{"truncated JSON", `{"success":false,"error":{"mess`, "application/json", 500, `Unexpected response body: {"success":false,"error":{"mess (HTTP 500)`},
		{"problem+json", `{"title":"Invalid request","detail":"identifier is required"}`, "application/problem+json", 422, "Invalid request: identifier is required (HTTP 422)"},
		{"a message of the wrong type", `{"success":false,"error":{"message":5}}`, "application/json", 400, `Unexpected response body: {"success":false,"error":{"message":5}} (HTTP 400)`},
		{"a 200 that is not the success body", "<html>maintenance</html>", "text/html", 200, "Unexpected response body: <html>maintenance</html> (HTTP 200)"},
		{"a 200 saying success false", `{"success":false,"error":{"message":"Odd"}}`, "application/json", 200, "Odd (HTTP 200)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			server := newTestServer(t, answers(reply(tc.status, tc.body, "Content-Type", tc.contentType)))
			_, err := leave(newTestClient(t, server, newFakeClock(), WithMaxRetries(0)), "ABC123XYZ")
			var apiErr *APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("got %T (%v), want an *APIError", err, err)
			}
			if err.Error() != tc.want {
				t.Errorf("message\n got %q\nwant %q", err.Error(), tc.want)
			}
			if string(apiErr.Body) != tc.body {
				t.Errorf("Body = %q, want the body as received", apiErr.Body)
			}
		})
	}
}

func TestALongUnexpectedBodyIsShortenedInTheMessage(t *testing.T) {
	server := newTestServer(t, answers(reply(502, strings.Repeat("x", 5000), "Content-Type", "text/plain")))
	_, err := leave(newTestClient(t, server, newFakeClock(), WithMaxRetries(0)), "ABC123XYZ")
	if want := "Unexpected response body: " + strings.Repeat("x", 200) + "… (HTTP 502)"; err == nil || err.Error() != want {
		t.Errorf("got %v", err)
	}
}

func TestARateLimitErrorCarriesTheResetTime(t *testing.T) {
	clock := newFakeClock()
	reset := clock.Now().Add(90 * time.Second)
	server := newTestServer(t, answers(reply(429, limitedBody, rateHeaders(100, 0, reset)...)))
	_, err := leave(newTestClient(t, server, clock, WithMaxRetries(0)), "ABC123XYZ")
	var limited *RateLimitError
	if !errors.As(err, &limited) {
		t.Fatalf("got %T (%v)", err, err)
	}
	if !limited.ResetAt.Equal(reset) || limited.RateLimit == nil || limited.RateLimit.Remaining != 0 || limited.RateLimit.Limit != 100 {
		t.Errorf("ResetAt %v, RateLimit %+v; want reset %v", limited.ResetAt, limited.RateLimit, reset)
	}
}
