package ryzeapi

import (
	"context"
	"errors"
	"math/rand"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// bucketServer imitates the service's bucket on the fake clock: limit requests per window, each
// response carrying the X-RateLimit-* headers, a 429 once the bucket is empty. It counts the
// 429s it sent.
type bucketServer struct {
	*testServer
	mu        sync.Mutex
	limit     int
	window    time.Duration
	clock     *fakeClock
	resetAt   time.Time
	remaining int
	limited   int
}

func newBucketServer(t *testing.T, clock *fakeClock, limit int, window time.Duration) *bucketServer {
	bucket := &bucketServer{limit: limit, window: window, clock: clock}
	bucket.testServer = newTestServer(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
		bucket.mu.Lock()
		now := clock.Now()
		if !now.Before(bucket.resetAt) {
			bucket.resetAt, bucket.remaining = now.Add(window), limit
		}
		status, body := 200, leftBody
		if bucket.remaining == 0 {
			status, body = 429, limitedBody
			bucket.limited++
		} else {
			bucket.remaining--
		}
		// Reset rounded up to the second, as the sandbox sends it: never before the window ends.
		headers := rateHeaders(limit, bucket.remaining, bucket.resetAt.Add(time.Second-time.Nanosecond))
		bucket.mu.Unlock()
		reply(status, body, headers...)(w)
	})
	return bucket
}

func (b *bucketServer) tooMany() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.limited
}

func TestAPacedClientWaitsForTheResetInsteadOfGettingA429(t *testing.T) {
	clock := newFakeClock()
	server := newBucketServer(t, clock, 3, 30*time.Second)
	var waits []RateLimitWait
	client := newTestClient(t, server.testServer, clock, WithOnRateLimit(func(w RateLimitWait) { waits = append(waits, w) }))
	for i := 0; i < 7; i++ {
		if _, err := leave(client, "ABC123XYZ"); err != nil {
			t.Fatalf("leave %d: %v", i, err)
		}
	}
	if server.tooMany() != 0 || len(server.received()) != 7 {
		t.Errorf("%d requests with %d 429s: want 7 requests, no 429", len(server.received()), server.tooMany())
	}
	if len(waits) != 2 || len(clock.sleeps()) != 2 {
		t.Errorf("waits %v (told %+v): want two waits for the reset", clock.sleeps(), waits)
	}
}

func TestWithoutPacingTheClientLearnsFromThe429(t *testing.T) {
	clock := newFakeClock()
	server := newBucketServer(t, clock, 3, 30*time.Second)
	client := newTestClient(t, server.testServer, clock, WithPacing(false))
	for i := 0; i < 4; i++ {
		if _, err := leave(client, "ABC123XYZ"); err != nil {
			t.Fatalf("leave %d: %v", i, err)
		}
	}
	if server.tooMany() != 1 {
		t.Errorf("%d 429s, want 1: the fourth leave is refused, then retried at the reset", server.tooMany())
	}
}

func TestABucketEmptyBeyondTheLongestWaitFailsWithoutSending(t *testing.T) {
	clock := newFakeClock()
	server := newBucketServer(t, clock, 1, 5*time.Minute)
	client := newTestClient(t, server.testServer, clock, WithMaxRetryWait(time.Minute))
	if _, err := leave(client, "ABC123XYZ"); err != nil {
		t.Fatal(err)
	}
	_, err := leave(client, "ABC123XYZ")
	var limited *RateLimitError
	if !errors.As(err, &limited) || limited.Attempts != 0 || !limited.ResetAt.Equal(clock.Now().Add(5*time.Minute)) {
		t.Fatalf("got %T %v", err, err)
	}
	if len(server.received()) != 1 {
		t.Errorf("%d requests, want 1: the second leave is refused before sending", len(server.received()))
	}
}

func TestPacingIsSharedByTheConcurrentCallsOfOneClient(t *testing.T) {
	clock := newFakeClock()
	server := newBucketServer(t, clock, 5, 30*time.Second)
	client := newTestClient(t, server.testServer, clock)
	if _, err := leave(client, "ABC123XYZ"); err != nil { // the client learns the bucket
		t.Fatal(err)
	}
	var calls sync.WaitGroup
	for i := 0; i < 12; i++ {
		calls.Add(1)
		go func() {
			defer calls.Done()
			if _, err := leave(client, "ABC123XYZ"); err != nil {
				t.Error(err)
			}
		}()
	}
	calls.Wait()
	if server.tooMany() != 0 {
		t.Errorf("%d 429s from one client's own concurrent calls, want 0", server.tooMany())
	}
}

func TestMaxConcurrencyBoundsTheRequestsInFlight(t *testing.T) {
	const total, bound, workers = 10, 2, 8
	var mu sync.Mutex
	var held []chan struct{}
	server := newTestServer(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
		release := make(chan struct{})
		mu.Lock()
		held = append(held, release)
		mu.Unlock()
		<-release
		reply(200, leftBody)(w)
	})
	t.Cleanup(func() { // lets the server close after a failure
		mu.Lock()
		defer mu.Unlock()
		for _, release := range held {
			close(release)
		}
		held = nil
	})
	client := newTestClient(t, server, newFakeClock(), WithMaxConcurrency(bound), WithPacing(false), WithTimeout(waitDeadline))
	identifiers := make([]string, total)
	for i := range identifiers {
		identifiers[i] = "ABC123XYZ"
	}
	done := 0 // calls settled, as LeaveMany reports them
	finished := make(chan error, 1)
	go func() {
		_, err := client.Groups.LeaveMany(context.Background(), "my-instance", identifiers, LeaveManyOptions{
			Concurrency: workers,
			OnProgress: func(progress LeaveProgress) {
				mu.Lock()
				done = progress.Done
				mu.Unlock()
			},
		})
		finished <- err
	}()

	// Requests are held until every worker with an identifier left either has its request here
	// or waits for a slot: then nothing more can be sent until one is answered, so the requests
	// held are all those in flight, whatever the machine's speed.
	deadline := time.Now().Add(waitDeadline)
	for {
		mu.Lock()
		inFlight, settled := len(held), done
		mu.Unlock()
		if settled == total {
			break
		}
		busy := total - settled // the calls not settled, each on a worker of its own
		if busy > workers {
			busy = workers
		}
		if inFlight+waitingForSlot() < busy {
			if time.Now().After(deadline) {
				t.Fatalf("after %d calls settled, %d requests in flight and %d calls waiting for a slot, want %d in all", settled, inFlight, waitingForSlot(), busy)
			}
			time.Sleep(time.Millisecond) // polls the condition above
			continue
		}
		want := bound
		if busy < bound {
			want = busy
		}
		if inFlight != want {
			t.Fatalf("%d requests in flight at once (after %d calls settled), want %d", inFlight, settled, want)
		}
		mu.Lock()
		for _, release := range held {
			close(release)
		}
		held = nil
		mu.Unlock()
	}
	if err := <-finished; err != nil {
		t.Fatal(err)
	}
}

// waitingForSlot counts the goroutines waiting in takeSlot for one of WithMaxConcurrency's slots.
func waitingForSlot() int {
	stacks := make([]byte, 1<<20)
	return strings.Count(string(stacks[:runtime.Stack(stacks, true)]), ").takeSlot(")
}

// simulatedBucket is the service's bucket for the property test: windows of a whole number of
// seconds, each starting at the first request after the last one ended.
type simulatedBucket struct {
	limit     int
	window    time.Duration
	resetAt   time.Time
	remaining int
}

// receive counts a request arriving at now, returning whether it was refused and the headers.
func (b *simulatedBucket) receive(now time.Time) (bool, *RateLimit) {
	if !now.Before(b.resetAt) {
		b.resetAt, b.remaining = now.Truncate(time.Second).Add(b.window), b.limit
	}
	refused := b.remaining == 0
	if !refused {
		b.remaining--
	}
	return refused, &RateLimit{Limit: b.limit, Remaining: b.remaining, ResetAt: b.resetAt}
}

// Once a response has described the bucket, a paced client whose token nobody else uses never
// sends a request the service refuses, whatever the latency of each request and the order in
// which the responses come back. Checked over random sequences of requests, arrivals, responses
// and delays.
func TestPacerNeverSendsIntoABucketKnownEmpty(t *testing.T) {
	type request struct {
		arrived  bool
		informed bool // the pacer knew the bucket when it let the request go
		headers  *RateLimit
	}
	random := rand.New(rand.NewSource(14))
	for run := 0; run < 3000; run++ {
		now := time.Unix(1_767_225_000, 0)
		bucket := &simulatedBucket{limit: 1 + random.Intn(4), window: time.Duration(1+random.Intn(3)) * time.Second}
		var p pacer
		var inFlight []*request
		for step := 0; step < 80; step++ {
			now = now.Add(time.Duration(random.Intn(700)) * time.Millisecond)
			if len(inFlight) > 0 && random.Intn(3) > 0 {
				index := random.Intn(len(inFlight))
				r := inFlight[index]
				if !r.arrived {
					var refused bool
					refused, r.headers = bucket.receive(now)
					r.arrived = true
					if refused && r.informed {
						t.Fatalf("run %d step %d: sent into an empty bucket (limit %d per %v) after the headers had described it", run, step, bucket.limit, bucket.window)
					}
					continue
				}
				p.settle(r.headers, now)
				inFlight = append(inFlight[:index], inFlight[index+1:]...)
				continue
			}
			informed := p.known
			if p.reserve(now).send {
				inFlight = append(inFlight, &request{informed: informed})
			}
		}
	}
}

func TestPacerKeepsTheLowestCountOfAWindowAndIgnoresWindowsOver(t *testing.T) {
	now := time.Unix(1_767_225_000, 0)
	reset := now.Add(30 * time.Second)
	remaining := func(p *pacer) int {
		if got := p.snapshot(); got != nil {
			return got.Remaining
		}
		return -1
	}
	var p pacer
	p.reserve(now)
	p.settle(&RateLimit{Limit: 5, Remaining: 4, ResetAt: reset}, now) // the first news
	p.reserve(now)
	p.reserve(now)
	if got := remaining(&p); got != 2 {
		t.Fatalf("%d remaining after two more requests, want 2", got)
	}
	p.settle(&RateLimit{Limit: 5, Remaining: 3, ResetAt: reset}, now) // counts fewer than the bucket knows
	p.settle(&RateLimit{Limit: 5, Remaining: 0, ResetAt: now}, now)   // a window already over
	if got := p.snapshot(); got == nil || got.Remaining != 2 || !got.ResetAt.Equal(reset) {
		t.Fatalf("bucket %+v, want still 2 remaining until %v", got, reset)
	}
	if turn := p.reserve(now); !turn.send {
		t.Fatalf("with 2 remaining: %+v, want to send", turn)
	}
	p.settle(&RateLimit{Limit: 5, Remaining: 0, ResetAt: reset}, now) // another user of the token drained it
	if turn := p.reserve(now); turn.send || !turn.emptyUntil.Equal(reset) {
		t.Errorf("with none remaining: %+v, want a wait until %v", turn, reset)
	}
	if turn := p.reserve(reset); !turn.send {
		t.Errorf("at the reset: %+v, want to send into the refilled bucket", turn)
	}
}

func TestANewWindowCountsTheRequestsStillInFlightAsSpent(t *testing.T) {
	now := time.Unix(1_767_225_000, 0)
	var p pacer
	p.reserve(now)
	p.settle(&RateLimit{Limit: 5, Remaining: 4, ResetAt: now.Add(10 * time.Second)}, now)
	p.reserve(now)
	p.reserve(now)
	// The service moved to a later window; one request is still in flight, perhaps not counted.
	p.settle(&RateLimit{Limit: 5, Remaining: 4, ResetAt: now.Add(20 * time.Second)}, now)
	if got := p.snapshot(); got == nil || got.Remaining != 3 {
		t.Errorf("bucket %+v, want 4 remaining less the 1 in flight", got)
	}
}

func TestTheFirstRequestGoesAloneUntilItsResponseDescribesTheBucket(t *testing.T) {
	now := time.Unix(1_767_225_000, 0)
	var p pacer
	if turn := p.reserve(now); !turn.send {
		t.Fatalf("first request: %+v, want to send", turn)
	}
	second := p.reserve(now)
	if second.send || second.settled == nil {
		t.Fatalf("second request while the first is in flight: %+v, want a wait for it to settle", second)
	}
	p.settle(nil, now) // a response without the headers: nothing to pace by
	select {
	case <-second.settled:
	default:
		t.Fatal("the waiting call was not released when the first request settled")
	}
	for i := 0; i < 3; i++ {
		if turn := p.reserve(now); !turn.send {
			t.Errorf("after a response without headers: %+v, want calls to go out unpaced", turn)
		}
	}
}
