package ryzeapi

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"
)

// waitDeadline ends a wait that hangs: the workspace's one deadline (WAIT_DEADLINE_MS of
// @ryzeapi/test-support), which a busy machine does not reach.
const waitDeadline = 10 * time.Minute

const testToken = "tok_SECRET_go_7f3a"

// fakeClock runs waits at once, advancing its time to their end, and records how long each was.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	slept []time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Unix(1_767_225_000, 0)} }

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) SleepUntil(ctx context.Context, t time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.slept = append(f.slept, t.Sub(f.now))
	if t.After(f.now) {
		f.now = t
	}
	return nil
}

func (f *fakeClock) sleeps() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Duration(nil), f.slept...)
}

// received is what the test server saw of one request.
type received struct {
	Method  string
	RawPath string
	Query   string
	Header  http.Header
}

// testServer is an API on loopback whose answers each test scripts; it records every request.
type testServer struct {
	*httptest.Server
	mu       sync.Mutex
	requests []received
}

// newTestServer answers request number n (from 0) with respond.
func newTestServer(t *testing.T, respond func(n int, w http.ResponseWriter, r *http.Request)) *testServer {
	t.Helper()
	server := &testServer{}
	server.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		server.mu.Lock()
		n := len(server.requests)
		server.requests = append(server.requests, received{Method: r.Method, RawPath: r.URL.EscapedPath(), Query: r.URL.RawQuery, Header: r.Header.Clone()})
		server.mu.Unlock()
		respond(n, w, r)
	}))
	t.Cleanup(server.Close)
	return server
}

func (s *testServer) received() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.requests...)
}

// answers scripts the responses in order; the last one repeats.
func answers(responses ...func(w http.ResponseWriter)) func(int, http.ResponseWriter, *http.Request) {
	return func(n int, w http.ResponseWriter, _ *http.Request) {
		if n >= len(responses) {
			n = len(responses) - 1
		}
		responses[n](w)
	}
}

// reply writes a JSON body with the given status and headers.
func reply(status int, body string, header ...string) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		for i := 0; i+1 < len(header); i += 2 {
			w.Header().Set(header[i], header[i+1])
		}
		if w.Header().Get("Content-Type") == "" {
			w.Header().Set("Content-Type", "application/json")
		}
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}
}

const (
	leftBody     = `{"success":true,"message":"Successfully left the group","groupJid":"120363406289005073@g.us"}`
	notFoundBody = `{"success":false,"error":{"message":"Group not found or you are not a member of this group"}}`
	limitedBody  = `{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}`
	internalBody = `{"success":false,"error":{"message":"Internal server error"}}`
)

func envelope(message string) string {
	body, _ := json.Marshal(map[string]any{"success": false, "error": map[string]string{"message": message}})
	return string(body)
}

// rateHeaders are X-RateLimit-* header pairs for reply.
func rateHeaders(limit, remaining int, reset time.Time) []string {
	return []string{
		"X-RateLimit-Limit", strconv.Itoa(limit),
		"X-RateLimit-Remaining", strconv.Itoa(remaining),
		"X-RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10),
	}
}

// newTestClient is a client of server with the test token and a fake clock with no jitter.
func newTestClient(t *testing.T, server *testServer, clock *fakeClock, options ...Option) *Client {
	t.Helper()
	client, err := NewClient(append([]Option{WithToken(testToken), WithBaseURL(server.URL)}, options...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	client.core.clock = clock
	client.core.random = func() float64 { return 0 }
	return client
}

func leave(client *Client, identifier string, options ...CallOption) (*LeaveGroupResponse, error) {
	return client.Groups.Leave(context.Background(), "my-instance", LeaveParams{Identifier: identifier}, options...)
}
