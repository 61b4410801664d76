package ryzeapi

import (
	"errors"
	"net/http"
	"time"
)

// isRetryable reports whether a failed attempt is worth another: a 429, a 5xx, a lost
// connection or a timeout (a *ConnectionError).
func isRetryable(err error) bool {
	var connection *ConnectionError
	if errors.As(err, &connection) {
		return true
	}
	var api *APIError
	return errors.As(err, &api) && (api.Status == http.StatusTooManyRequests || api.Status >= 500)
}

const (
	firstBackoff = 500 * time.Millisecond
	maxBackoff   = 8 * time.Second
)

// backoff is the exponential backoff before retry number retry (0 for the first): from 0.5 s,
// at most 8 s, less up to 25 % of jitter (random in [0, 1)) so that clients spread out.
func backoff(retry int, random float64) time.Duration {
	delay := maxBackoff
	if retry < 5 {
		delay = firstBackoff << retry
	}
	if delay > maxBackoff {
		delay = maxBackoff
	}
	return time.Duration(float64(delay) * (1 - random*0.25))
}

// retryDelay is how long to wait before retry number retry: until X-RateLimit-Reset after a 429
// that sends it, else the backoff; never longer than maxWait. It reports false when a 429's
// reset lies beyond maxWait: a retry before then is bound to fail, so the call fails at once.
func retryDelay(err error, retry int, maxWait time.Duration, now time.Time, random float64) (time.Duration, bool) {
	var limited *RateLimitError
	if errors.As(err, &limited) && !limited.ResetAt.IsZero() {
		untilReset := limited.ResetAt.Sub(now)
		if untilReset > maxWait {
			return 0, false
		}
		if untilReset > 0 {
			return untilReset, true
		}
	}
	delay := backoff(retry, random)
	if delay > maxWait {
		delay = maxWait
	}
	return delay, true
}
