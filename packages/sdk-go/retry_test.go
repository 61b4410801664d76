package ryzeapi

import (
	"context"
	"errors"
	"net"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestA5xxIsRetriedWithBackoff(t *testing.T) {
	clock := newFakeClock()
	server := newTestServer(t, answers(reply(503, internalBody), reply(500, internalBody), reply(200, leftBody)))
	var meta ResponseMeta
	left, err := leave(newTestClient(t, server, clock), "ABC123XYZ", CallResponse(&meta))
	if err != nil || left.GroupJid != "120363406289005073@g.us" {
		t.Fatalf("got %+v, %v", left, err)
	}
	if meta.Attempts != 3 || len(server.received()) != 3 {
		t.Errorf("attempts %d, requests %d; want 3", meta.Attempts, len(server.received()))
	}
	if want := []time.Duration{500 * time.Millisecond, time.Second}; !reflect.DeepEqual(clock.sleeps(), want) {
		t.Errorf("waits %v, want %v", clock.sleeps(), want)
	}
}

func TestBackoffGrowsToEightSecondsWithAtMostAQuarterOfJitter(t *testing.T) {
	want := []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 8 * time.Second, 8 * time.Second}
	for retry, full := range want {
		if got := backoff(retry, 0); got != full {
			t.Errorf("backoff(%d, 0) = %v, want %v", retry, got, full)
		}
		if got := backoff(retry, 0.999999); got < full*3/4 || got > full {
			t.Errorf("backoff(%d, ~1) = %v, want within [%v, %v]", retry, got, full*3/4, full)
		}
	}
	if got := backoff(1000, 0); got != 8*time.Second {
		t.Errorf("backoff(1000, 0) = %v, want 8s (no overflow)", got)
	}
}

func TestAnErrorThatRetryingCannotFixIsNotRetried(t *testing.T) {
	for _, status := range []int{400, 401, 403, 404, 409, 422} {
		server := newTestServer(t, answers(reply(status, envelope("No"))))
		_, err := leave(newTestClient(t, server, newFakeClock()), "ABC123XYZ")
		if err == nil || len(server.received()) != 1 {
			t.Errorf("HTTP %d: %d requests (want 1), error %v", status, len(server.received()), err)
		}
	}
}

func TestRetriesStopAtMaxRetries(t *testing.T) {
	server := newTestServer(t, answers(reply(503, internalBody)))
	client := newTestClient(t, server, newFakeClock(), WithMaxRetries(4))
	_, err := leave(client, "ABC123XYZ")
	var failed *InternalServerError
	if !errors.As(err, &failed) || failed.Attempts != 5 || !strings.HasSuffix(err.Error(), "(HTTP 503, after 5 attempts)") {
		t.Fatalf("got %v", err)
	}
	if _, err := leave(client, "ABC123XYZ", CallMaxRetries(0)); err == nil || len(server.received()) != 6 {
		t.Errorf("CallMaxRetries(0): %d requests in all, want 6", len(server.received()))
	}
}

func TestA429IsRetriedAtTheReset(t *testing.T) {
	clock := newFakeClock()
	reset := clock.Now().Add(10 * time.Second)
	server := newTestServer(t, answers(reply(429, limitedBody, rateHeaders(100, 0, reset)...), reply(200, leftBody)))
	var waits []RateLimitWait
	client := newTestClient(t, server, clock, WithOnRateLimit(func(w RateLimitWait) { waits = append(waits, w) }))
	if _, err := leave(client, "ABC123XYZ"); err != nil {
		t.Fatal(err)
	}
	if want := []time.Duration{10 * time.Second}; !reflect.DeepEqual(clock.sleeps(), want) {
		t.Errorf("waits %v, want %v", clock.sleeps(), want)
	}
	if len(waits) != 1 || !waits[0].ResetAt.Equal(reset) || waits[0].Waiting != 1 {
		t.Errorf("onRateLimit got %+v", waits)
	}
}

func TestA429WhoseResetIsBeyondTheLongestWaitFailsAtOnce(t *testing.T) {
	clock := newFakeClock()
	reset := clock.Now().Add(2 * time.Minute)
	server := newTestServer(t, answers(reply(429, limitedBody, rateHeaders(100, 0, reset)...), reply(200, leftBody)))
	_, err := leave(newTestClient(t, server, clock, WithMaxRetryWait(time.Minute)), "ABC123XYZ")
	var limited *RateLimitError
	if !errors.As(err, &limited) || !limited.ResetAt.Equal(reset) || limited.Attempts != 1 {
		t.Fatalf("got %T %v", err, err)
	}
	if len(server.received()) != 1 || len(clock.sleeps()) != 0 {
		t.Errorf("%d requests and waits %v: want 1 request, no wait", len(server.received()), clock.sleeps())
	}
}

func TestARetried404SaysWhetherTheLeaveMayHaveSucceededEarlier(t *testing.T) {
	cases := []struct {
		name  string
		first func(w http.ResponseWriter)
		want  bool
	}{
		{"after a 5xx", reply(503, internalBody), true},
		{"after a 429, which the service refuses before acting", reply(429, limitedBody), false},
		{"after a dropped connection", dropConnection, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			server := newTestServer(t, answers(tc.first, reply(404, notFoundBody)))
			_, err := leave(newTestClient(t, server, newFakeClock(), WithPacing(false)), "ABC123XYZ")
			var notFound *NotFoundError
			if !errors.As(err, &notFound) || notFound.Attempts != 2 {
				t.Fatalf("got %T %v", err, err)
			}
			if notFound.MayHaveSucceededEarlier != tc.want {
				t.Errorf("MayHaveSucceededEarlier = %v, want %v", notFound.MayHaveSucceededEarlier, tc.want)
			}
			note := strings.HasSuffix(err.Error(), "An earlier attempt's outcome is unknown, so it may have succeeded")
			if note != tc.want {
				t.Errorf("message %q", err.Error())
			}
		})
	}
	server := newTestServer(t, answers(reply(404, notFoundBody)))
	_, err := leave(newTestClient(t, server, newFakeClock()), "ABC123XYZ")
	var notFound *NotFoundError
	if !errors.As(err, &notFound) || notFound.MayHaveSucceededEarlier {
		t.Errorf("a first-attempt 404: %v", err)
	}
	if err.Error() != "Group not found or you are not a member of this group (HTTP 404)" {
		t.Errorf("message %q", err.Error())
	}
}

// dropConnection closes the connection without a response, as a crashing proxy would.
func dropConnection(w http.ResponseWriter) {
	connection, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		connection.Close()
	}
}

func TestARefusedConnectionIsAConnectionErrorRetriedWithoutClaimingAnEffect(t *testing.T) {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	address := listener.Addr().String()
	listener.Close() // nothing listens there now: every connection is refused
	clock := newFakeClock()
	client, err := NewClient(WithToken(testToken), WithBaseURL("http://"+address))
	if err != nil {
		t.Fatal(err)
	}
	client.core.clock = clock
	_, err = leave(client, "ABC123XYZ")
	var connection *ConnectionError
	if !errors.As(err, &connection) || connection.Attempts != 3 || errors.As(err, new(*TimeoutError)) {
		t.Fatalf("got %T %v", err, err)
	}
	if !strings.Contains(err.Error(), "connection refused") || !strings.Contains(err.Error(), "after 3 attempts") {
		t.Errorf("message %q", err.Error())
	}
	if len(clock.sleeps()) != 2 {
		t.Errorf("waits %v, want 2 backoffs", clock.sleeps())
	}
}

func TestAnAttemptThatTakesTooLongIsATimeoutErrorAndIsRetried(t *testing.T) {
	server := newTestServer(t, func(n int, w http.ResponseWriter, r *http.Request) {
		if n == 0 {
			<-r.Context().Done() // never answers the first attempt
			return
		}
		reply(200, leftBody)(w)
	})
	// The timeout is short, as the first attempt waits it out in real time; an answer slower than
	// it (a busy machine) is retried, with the same answer, rather than failing the test.
	var meta ResponseMeta
	if _, err := leave(newTestClient(t, server, newFakeClock(), WithTimeout(100*time.Millisecond), WithMaxRetries(20)), "ABC123XYZ", CallResponse(&meta)); err != nil || meta.Attempts < 2 {
		t.Fatalf("got %v after %d attempts, want success after 2 or more", err, meta.Attempts)
	}

	stuck := newTestServer(t, func(_ int, _ http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	_, err := leave(newTestClient(t, stuck, newFakeClock(), WithMaxRetries(0)), "ABC123XYZ", CallTimeout(50*time.Millisecond))
	var timeout *TimeoutError
	var connection *ConnectionError
	if !errors.As(err, &timeout) || !errors.As(err, &connection) || !timeout.Timeout() {
		t.Fatalf("got %T %v, want a *TimeoutError that is also a *ConnectionError", err, err)
	}
	if !strings.HasPrefix(err.Error(), "No complete response within 50ms") {
		t.Errorf("message %q", err.Error())
	}
}

func TestTheContextCancelsTheRequestInFlight(t *testing.T) {
	arrived := make(chan struct{})
	server := newTestServer(t, func(_ int, _ http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-r.Context().Done()
	})
	client := newTestClient(t, server, newFakeClock())
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-arrived
		cancel()
	}()
	_, err := client.Groups.Leave(ctx, "my-instance", LeaveParams{Identifier: "ABC123XYZ"})
	var canceled *CanceledError
	if !errors.As(err, &canceled) || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %T %v", err, err)
	}
	if len(server.received()) != 1 {
		t.Errorf("%d requests, want 1: a canceled call is not retried", len(server.received()))
	}
}

func TestTheContextCancelsAWaitBeforeARetry(t *testing.T) {
	answered := make(chan struct{})
	server := newTestServer(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
		reply(503, internalBody)(w)
		close(answered)
	})
	client := newTestClient(t, server, newFakeClock())
	client.core.clock = blockingClock{}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-answered
		cancel()
	}()
	_, err := client.Groups.Leave(ctx, "my-instance", LeaveParams{Identifier: "ABC123XYZ"})
	if !errors.Is(err, context.Canceled) || !errors.As(err, new(*CanceledError)) {
		t.Fatalf("got %T %v", err, err)
	}
}

func TestAnExpiredDeadlineEndsTheCallBeforeSending(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	_, err := newTestClient(t, server, newFakeClock()).Groups.Leave(ctx, "my-instance", LeaveParams{Identifier: "ABC123XYZ"})
	if !errors.Is(err, context.DeadlineExceeded) || len(server.received()) != 0 {
		t.Fatalf("got %v after %d requests", err, len(server.received()))
	}
}

// blockingClock waits for real until the context ends: a wait that only cancellation ends.
type blockingClock struct{}

func (blockingClock) Now() time.Time { return time.Now() }
func (blockingClock) SleepUntil(ctx context.Context, _ time.Time) error {
	<-ctx.Done()
	return ctx.Err()
}
