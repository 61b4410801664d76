package ryzeapi

import (
	"fmt"
	"net/http"
	"time"
)

// APIError is an HTTP error status from the API (or a body the client cannot read). The status
// families have their own types, which all unwrap to *APIError, so
//
//	var apiErr *ryzeapi.APIError
//	if errors.As(err, &apiErr) { ... apiErr.Status ... }
//
// matches every one of them. A status without its own type (409, 422...) is a plain *APIError.
type APIError struct {
	// Status is the HTTP status of the last attempt.
	Status int
	// Message is the envelope's error.message, else a description of the body that came instead
	// (a proxy's HTML page, an empty body, a problem+json title).
	Message string
	// Method and URL name the request that failed; the URL carries no credentials.
	Method string
	URL    string
	// Header holds the response headers of the last attempt.
	Header http.Header
	// RateLimit is the token's bucket from the X-RateLimit-* headers, nil unless all three came.
	RateLimit *RateLimit
	// Body is the response body as received.
	Body []byte
	// Attempts counts the requests sent, retries included.
	Attempts int
}

func (e *APIError) Error() string {
	return fmt.Sprintf("%s (HTTP %d%s)", e.Message, e.Status, afterAttempts(e.Attempts))
}

// BadRequestError is a 400: the request is invalid, or the instance is not connected.
type BadRequestError struct{ *APIError }

// AuthenticationError is a 401: the token is missing or not valid for this instance.
type AuthenticationError struct{ *APIError }

// PermissionDeniedError is a 403: the token may not do this.
type PermissionDeniedError struct{ *APIError }

// NotFoundError is a 404: the group or the instance was not found, or the instance is not a
// member of the group.
//
// Leaving a group already left answers 404. So when an earlier attempt of the same call ended
// with an unknown outcome (a timeout, a lost connection, a 5xx) and a retry then got this 404,
// the first attempt may well have left the group: MayHaveSucceededEarlier is then true.
type NotFoundError struct {
	*APIError
	// MayHaveSucceededEarlier is true when an earlier attempt's outcome is unknown, so it may
	// have done what was asked.
	MayHaveSucceededEarlier bool
}

// RateLimitError is a 429: the token's bucket is empty until ResetAt.
type RateLimitError struct {
	*APIError
	// ResetAt is when the bucket refills (X-RateLimit-Reset); zero when the response did not say.
	ResetAt time.Time
}

// InternalServerError is a 5xx: the service (or a proxy in front of it) failed; whether the call
// took effect is unknown.
type InternalServerError struct{ *APIError }

func (e *BadRequestError) Unwrap() error       { return e.APIError }
func (e *AuthenticationError) Unwrap() error   { return e.APIError }
func (e *PermissionDeniedError) Unwrap() error { return e.APIError }
func (e *NotFoundError) Unwrap() error         { return e.APIError }
func (e *RateLimitError) Unwrap() error        { return e.APIError }
func (e *InternalServerError) Unwrap() error   { return e.APIError }

func (e *NotFoundError) Error() string {
	if !e.MayHaveSucceededEarlier {
		return e.APIError.Error()
	}
	return e.APIError.Error() + ". An earlier attempt's outcome is unknown, so it may have succeeded"
}

// newAPIError is the error for an HTTP error response, of the type its status names.
func newAPIError(base *APIError, mayHaveSucceededEarlier bool) error {
	switch status := base.Status; {
	case status == http.StatusBadRequest:
		return &BadRequestError{base}
	case status == http.StatusUnauthorized:
		return &AuthenticationError{base}
	case status == http.StatusForbidden:
		return &PermissionDeniedError{base}
	case status == http.StatusNotFound:
		return &NotFoundError{APIError: base, MayHaveSucceededEarlier: mayHaveSucceededEarlier}
	case status == http.StatusTooManyRequests:
		rateLimitError := &RateLimitError{APIError: base}
		if base.RateLimit != nil {
			rateLimitError.ResetAt = base.RateLimit.ResetAt
		}
		return rateLimitError
	case status >= 500:
		return &InternalServerError{base}
	}
	return base
}

// afterAttempts is ", after N attempts" when the call was retried, for the end of a message.
func afterAttempts(attempts int) string {
	if attempts > 1 {
		return fmt.Sprintf(", after %d attempts", attempts)
	}
	return ""
}
