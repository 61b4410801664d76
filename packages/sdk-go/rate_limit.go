package ryzeapi

import (
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/ryzeapi/ryzeapi-groups/packages/sdk-go/internal/generated"
)

// RateLimit is the token's bucket, read from the X-RateLimit-* headers of a response.
type RateLimit struct {
	// Limit is the requests the bucket allows per window (X-RateLimit-Limit).
	Limit int
	// Remaining is the requests left in the current window (X-RateLimit-Remaining).
	Remaining int
	// ResetAt is when the bucket refills (X-RateLimit-Reset, sent as Unix seconds).
	ResetAt time.Time
}

// The spec's header names in net/http's canonical form, computed once: http.Header.Get would
// canonicalize (and allocate) at every response.
var (
	limitHeader     = textproto.CanonicalMIMEHeaderKey(generated.RateLimitLimitHeader)
	remainingHeader = textproto.CanonicalMIMEHeaderKey(generated.RateLimitRemainingHeader)
	resetHeader     = textproto.CanonicalMIMEHeaderKey(generated.RateLimitResetHeader)
)

// parseRateLimit reads the rate-limit headers, or returns nil unless all three are integers.
func parseRateLimit(header http.Header) *RateLimit {
	limit, limitOK := headerInt(header, limitHeader)
	remaining, remainingOK := headerInt(header, remainingHeader)
	reset, resetOK := headerInt(header, resetHeader)
	if !limitOK || !remainingOK || !resetOK {
		return nil
	}
	return &RateLimit{Limit: limit, Remaining: remaining, ResetAt: time.Unix(int64(reset), 0)}
}

// headerInt is a header's value as a non-negative decimal integer (digits only, as the spec
// says); name is in canonical form.
func headerInt(header http.Header, name string) (int, bool) {
	values := header[name]
	if len(values) == 0 {
		return 0, false
	}
	value := strings.TrimSpace(values[0])
	if value == "" || strings.Trim(value, "0123456789") != "" {
		return 0, false
	}
	number, err := strconv.Atoi(value)
	return number, err == nil
}
