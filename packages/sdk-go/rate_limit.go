package ryzeapi

import (
	"net/http"
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

// parseRateLimit reads the rate-limit headers, or returns nil unless all three are integers.
func parseRateLimit(header http.Header) *RateLimit {
	limit, limitOK := headerInt(header, generated.RateLimitLimitHeader)
	remaining, remainingOK := headerInt(header, generated.RateLimitRemainingHeader)
	reset, resetOK := headerInt(header, generated.RateLimitResetHeader)
	if !limitOK || !remainingOK || !resetOK {
		return nil
	}
	return &RateLimit{Limit: limit, Remaining: remaining, ResetAt: time.Unix(int64(reset), 0)}
}

// headerInt is a header's value as a non-negative decimal integer (digits only, as the spec says).
func headerInt(header http.Header, name string) (int, bool) {
	value := strings.TrimSpace(header.Get(name))
	if value == "" || strings.Trim(value, "0123456789") != "" {
		return 0, false
	}
	number, err := strconv.Atoi(value)
	return number, err == nil
}
