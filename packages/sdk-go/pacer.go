package ryzeapi

import (
	"sync"
	"time"
)

// pacer keeps the token's bucket as the X-RateLimit-* headers of every response describe it,
// shared by every call of one client, so that a call waits instead of sending into a bucket
// known to be empty.
type pacer struct {
	mu sync.Mutex
	// known is false until a response has described the bucket. probed is true once any request
	// has settled: until then only one goes out, so that a first burst of calls cannot empty a
	// bucket nobody has seen; after a response without the headers, calls go out unpaced.
	known     bool
	probed    bool
	limit     int
	remaining int
	// resetAt is when the current window ends; zero once a window has ended and the next one's
	// reset is not known yet (the bucket is then full again: remaining starts from limit).
	resetAt time.Time
	// inFlight counts the requests reserved and not yet settled; settled is closed, and
	// replaced, each time one settles.
	inFlight int
	settled  chan struct{}
	waiting  int
}

// turn is reserve's answer: go ahead, or wait until a time or until a request settles.
type turn struct {
	send       bool
	emptyUntil time.Time       // set when the bucket is known empty until then
	settled    <-chan struct{} // set when only the next response can say when it refills
}

// reserve takes one request from the bucket, or says what to wait for.
func (p *pacer) reserve(now time.Time) turn {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.known && !p.resetAt.IsZero() && !now.Before(p.resetAt) {
		// The window is over and the bucket full again, less the requests still in flight: sent
		// in the old window, they may arrive in the new one.
		p.remaining, p.resetAt = p.limit-p.inFlight, time.Time{}
		if p.remaining < 0 {
			p.remaining = 0
		}
	}
	switch {
	case !p.known && !p.probed && p.inFlight > 0:
		return turn{settled: p.nextSettle()}
	case !p.known:
		// Nothing known yet: send, and learn from the response.
	case p.remaining > 0:
		p.remaining--
	case !p.resetAt.IsZero():
		return turn{emptyUntil: p.resetAt}
	case p.inFlight == 0:
		// Used up since the refill, and no response in flight can say more (none carried the
		// headers): send, and learn from this one.
	default:
		return turn{settled: p.nextSettle()}
	}
	p.inFlight++
	return turn{send: true}
}

// nextSettle is closed when the next request settles; callers hold mu.
func (p *pacer) nextSettle() <-chan struct{} {
	if p.settled == nil {
		p.settled = make(chan struct{})
	}
	return p.settled
}

// settle ends a reserved request, with the rate limit its response reported (nil if none).
//
// Responses of one window can arrive out of order, and this client's other requests may not
// have reached the service yet, so within a window the bucket keeps the lowest count it has
// seen; a window this client has not counted in replaces it, less the requests in flight, and a
// window already over is ignored.
func (p *pacer) settle(limit *RateLimit, now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inFlight--
	p.probed = true
	if p.settled != nil {
		close(p.settled)
		p.settled = nil
	}
	if limit == nil || !now.Before(limit.ResetAt) {
		return
	}
	switch {
	case !p.known || limit.ResetAt.After(p.resetAt) && !p.resetAt.IsZero():
		// A window this client has not counted in: the requests still in flight may not be
		// counted in this response yet, so they are taken off.
		p.known, p.limit, p.resetAt = true, limit.Limit, limit.ResetAt
		p.remaining = limit.Remaining - p.inFlight
		if p.remaining < 0 {
			p.remaining = 0
		}
	case p.resetAt.IsZero() || limit.ResetAt.Equal(p.resetAt):
		// The first news of the window this client has been counting since the refill, or more
		// news of the current one.
		p.limit, p.resetAt = limit.Limit, limit.ResetAt
		if limit.Remaining < p.remaining {
			p.remaining = limit.Remaining
		}
	}
}

// snapshot is the bucket as last seen, or nil when no response has described it.
func (p *pacer) snapshot() *RateLimit {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.known {
		return nil
	}
	return &RateLimit{Limit: p.limit, Remaining: p.remaining, ResetAt: p.resetAt}
}

// addWaiting counts the calls waiting for the reset (delta +1 or -1) and returns the new count.
func (p *pacer) addWaiting(delta int) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.waiting += delta
	return p.waiting
}
