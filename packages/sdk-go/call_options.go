package ryzeapi

import (
	"net/http"
	"time"
)

// CallOption configures one call; each overrides the client's option for this call only.
type CallOption func(*callSettings) error

type callSettings struct {
	policy   callPolicy
	header   http.Header
	response *ResponseMeta
}

// ResponseMeta is what came with a call's last response.
type ResponseMeta struct {
	// Response is the last HTTP response; its body has been read and closed.
	Response *http.Response
	// RateLimit is the token's bucket after this call, nil unless the headers said.
	RateLimit *RateLimit
	// Attempts counts the requests sent, retries included.
	Attempts int
}

// CallHeader adds a header to this call's requests, e.g. CallHeader("Prefer", "code=404") for
// the Prism mock. It may replace the client's headers, the token's included.
func CallHeader(name, value string) CallOption {
	return func(c *callSettings) error {
		if c.header == nil {
			c.header = http.Header{}
		}
		return addHeader(c.header, name, value)
	}
}

// CallTimeout sets how long each attempt of this call may take (see WithTimeout).
func CallTimeout(timeout time.Duration) CallOption {
	return func(c *callSettings) error {
		if err := checkPositive("CallTimeout", timeout); err != nil {
			return err
		}
		c.policy.attemptTimeout = timeout
		return nil
	}
}

// CallMaxRetries sets the retries of this call (see WithMaxRetries).
func CallMaxRetries(retries int) CallOption {
	return func(c *callSettings) error {
		if err := checkRetries("CallMaxRetries", retries); err != nil {
			return err
		}
		c.policy.maxRetries = retries
		return nil
	}
}

// CallResponse fills meta with the last response, its rate limit and the number of attempts,
// whether the call succeeds or fails with an HTTP status.
func CallResponse(meta *ResponseMeta) CallOption {
	return func(c *callSettings) error {
		if meta == nil {
			return &InvalidInputError{Message: "CallResponse got nil: pass a *ResponseMeta to fill"}
		}
		c.response = meta
		return nil
	}
}
