package ryzeapi

import "fmt"

// ConnectionError means no HTTP response came: DNS, a refused or reset connection, TLS, or a
// body that could not be read. Err is the underlying network error.
type ConnectionError struct {
	Message  string
	Method   string
	URL      string
	Attempts int
	Err      error
}

func (e *ConnectionError) Error() string { return e.Message }
func (e *ConnectionError) Unwrap() error { return e.Err }

// TimeoutError means an attempt got no complete response within the attempt timeout and no retry
// was left. It unwraps to *ConnectionError, so errors.As with either type matches it.
type TimeoutError struct{ *ConnectionError }

func (e *TimeoutError) Unwrap() error { return e.ConnectionError }

// Timeout reports true, as net.Error's Timeout does.
func (e *TimeoutError) Timeout() bool { return true }

// CanceledError means the caller's context ended the call, during a request or a wait. It
// unwraps to the context's error: errors.Is(err, context.Canceled) or
// errors.Is(err, context.DeadlineExceeded) tell which.
type CanceledError struct {
	Attempts int
	Err      error
}

func (e *CanceledError) Error() string {
	return fmt.Sprintf("The call was ended by its context (%v)%s", e.Err, afterAttempts(e.Attempts))
}
func (e *CanceledError) Unwrap() error { return e.Err }

// InvalidInputError means the client refused its input before sending anything; the message
// says what was wrong and what to do instead.
type InvalidInputError struct{ Message string }

func (e *InvalidInputError) Error() string { return e.Message }

// RedirectError means the API answered with a redirect, which the client never follows: the
// token would go to wherever Location points. Location is shown without its query, which may
// hold secrets of the other site.
type RedirectError struct {
	Status   int
	Location string
	Method   string
	URL      string
	Attempts int
}

func (e *RedirectError) Error() string {
	return fmt.Sprintf("The API redirected to %s (HTTP %d); redirects are not followed with the token: if that is the API's new address, pass it with WithBaseURL",
		e.Location, e.Status)
}
