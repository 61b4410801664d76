package ryzeapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ryzeapi/ryzeapi-groups/packages/sdk-go/internal/generated"
)

// call is one operation call, ready to be attempted.
type call struct {
	method   string
	url      string
	header   http.Header
	policy   callPolicy
	response *ResponseMeta
}

// sent is a call's successful (2xx) attempt.
type sent struct {
	response *http.Response
	body     []byte
	attempts int
}

// newCall builds the call of an operation from its parameters' values (by the names the spec
// gives them) and the call's options. Nothing is sent: a bad value fails here.
func (c *core) newCall(ctx context.Context, operation *generated.Operation, values map[string]string, options []CallOption) (*call, error) {
	if ctx == nil {
		return nil, &InvalidInputError{Message: "The context is nil: pass context.Background() or a context of your own"}
	}
	settings := callSettings{policy: c.policy}
	for _, option := range options {
		if err := option(&settings); err != nil {
			return nil, err
		}
	}
	target, err := c.urlOf(operation, values)
	if err != nil {
		return nil, err
	}
	header := c.requestHeader()
	if len(settings.header) > 0 || !c.headerShareable {
		header = header.Clone()
		for name, values := range settings.header {
			header[name] = values
		}
	}
	return &call{method: operation.Method, url: target, header: header, policy: settings.policy, response: settings.response}, nil
}

// urlOf expands the operation's path with its path parameters, each one percent-encoded
// segment, and appends its query parameters in the order the spec lists them.
func (c *core) urlOf(operation *generated.Operation, values map[string]string) (string, error) {
	path := operation.Path
	query := ""
	for _, parameter := range operation.Parameters {
		value, given := values[parameter.Name]
		if !given {
			if parameter.Required {
				return "", &InvalidInputError{Message: fmt.Sprintf("The %s parameter %q is required by %s", parameter.In, parameter.Name, operation.ID)}
			}
			continue
		}
		switch parameter.In {
		case "path":
			segment, err := encodePathSegment(parameter.Name, value)
			if err != nil {
				return "", err
			}
			path = strings.Replace(path, "{"+parameter.Name+"}", segment, 1)
		case "query":
			separator := "&"
			if query == "" {
				separator = "?"
			}
			query += separator + url.QueryEscape(parameter.Name) + "=" + url.QueryEscape(value)
		}
	}
	return c.baseURL + path + query, nil
}

// send makes one call of up to 1 + maxRetries attempts. Failures become the client's errors;
// retryable ones are retried after a wait that the context cuts short.
func (c *core) send(ctx context.Context, call *call) (*sent, error) {
	mayHaveActed := false
	for attempts := 1; ; attempts++ {
		if err := c.awaitBucket(ctx, call, attempts-1); err != nil {
			return nil, err
		}
		result, written, failure := c.attempt(ctx, call, attempts, mayHaveActed)
		if failure == nil {
			return result, nil
		}
		if attempts > call.policy.maxRetries || !isRetryable(failure) {
			return nil, failure
		}
		now := c.clock.Now()
		delay, worthIt := retryDelay(failure, attempts-1, call.policy.maxRetryWait, now, c.random())
		if !worthIt {
			return nil, failure
		}
		// The service may have acted on a request it received, unless it answered 429.
		var limited *RateLimitError
		mayHaveActed = mayHaveActed || (written && !errors.As(failure, &limited))
		c.log("%s %s: attempt %d failed (%v); retrying in %v", call.method, call.url, attempts, failure, delay)
		var err error
		if limited != nil {
			err = c.waitForReset(ctx, limited.ResetAt, now.Add(delay))
		} else {
			err = c.clock.SleepUntil(ctx, now.Add(delay))
		}
		if err != nil {
			return nil, &CanceledError{Attempts: attempts, Err: err}
		}
	}
}

// awaitBucket reserves the attempt's place in the token's bucket when pacing is on, waiting
// while the bucket is known to be empty; a reset beyond the longest wait fails the call at once,
// since a request before then would get a 429.
func (c *core) awaitBucket(ctx context.Context, call *call, attemptsSoFar int) error {
	for c.pacing {
		now := c.clock.Now()
		turn := c.pacer.reserve(now)
		switch {
		case turn.send:
			return nil
		case turn.settled != nil:
			// Nothing has described the bucket yet, or it refilled and this client used it up
			// before learning the new window's reset: the next response will say.
			select {
			case <-turn.settled:
				continue
			case <-ctx.Done():
				return &CanceledError{Attempts: attemptsSoFar, Err: ctx.Err()}
			}
		}
		wait := turn.emptyUntil.Sub(now)
		if wait > call.policy.maxRetryWait {
			return &RateLimitError{APIError: &APIError{
				Status: http.StatusTooManyRequests,
				Message: fmt.Sprintf("The token's rate-limit bucket is empty until %s, later than the longest wait (%v, WithMaxRetryWait): the request was not sent",
					turn.emptyUntil.UTC().Format(time.RFC3339), call.policy.maxRetryWait),
				Method: call.method, URL: call.url, RateLimit: c.pacer.snapshot(), Attempts: attemptsSoFar,
			}, ResetAt: turn.emptyUntil}
		}
		c.log("%s %s: the token's bucket is empty; waiting %v for its reset", call.method, call.url, wait)
		if err := c.waitForReset(ctx, turn.emptyUntil, turn.emptyUntil); err != nil {
			return &CanceledError{Attempts: attemptsSoFar, Err: err}
		}
	}
	return nil
}

// attempt sends one request and reads its whole response within the attempt timeout. It returns
// the successful response or the error it makes, and whether the request was written out (so
// the service may have acted on it).
func (c *core) attempt(ctx context.Context, call *call, attempts int, mayHaveActed bool) (*sent, bool, error) {
	var rateLimit *RateLimit
	if c.pacing {
		defer func() { c.pacer.settle(rateLimit, c.clock.Now()) }()
	}
	if err := c.takeSlot(ctx); err != nil {
		return nil, false, &CanceledError{Attempts: attempts - 1, Err: err}
	}
	defer c.releaseSlot()
	attemptCtx, cancel := context.WithTimeout(ctx, call.policy.attemptTimeout)
	defer cancel()
	request, err := http.NewRequestWithContext(attemptCtx, call.method, call.url, nil)
	if err != nil {
		return nil, false, &InvalidInputError{Message: "The request could not be built: " + err.Error()}
	}
	request.Header = call.header
	response, err := c.http.Do(request)
	if err != nil {
		return nil, !isDialError(err), c.transportError(ctx, attemptCtx, call, attempts, err)
	}
	body, err := io.ReadAll(response.Body)
	response.Body.Close()
	if err != nil {
		return nil, true, c.transportError(ctx, attemptCtx, call, attempts, err)
	}
	rateLimit = parseRateLimit(response.Header)
	if call.response != nil {
		*call.response = ResponseMeta{Response: response, RateLimit: rateLimit, Attempts: attempts}
	}
	if c.logger != nil { // spares the hot path boxing the arguments
		c.log("%s %s: attempt %d: HTTP %d", call.method, call.url, attempts, response.StatusCode)
	}
	switch {
	case response.StatusCode >= 200 && response.StatusCode < 300:
		return &sent{response: response, body: body, attempts: attempts}, true, nil
	case isRedirect(response):
		return nil, true, &RedirectError{Status: response.StatusCode, Location: locationWithoutQuery(response.Header.Get("Location")),
			Method: call.method, URL: call.url, Attempts: attempts}
	}
	return nil, true, newAPIError(&APIError{
		Status: response.StatusCode, Message: c.hide(describeBody(body)), Method: call.method, URL: call.url,
		Header: response.Header, RateLimit: rateLimit, Body: body, Attempts: attempts,
	}, mayHaveActed)
}

// unexpectedSuccess is the error for a 2xx whose body is not the operation's success body (an
// HTML page, truncated JSON, "success": false).
func (c *core) unexpectedSuccess(call *call, result *sent) error {
	return &APIError{
		Status: result.response.StatusCode, Message: c.hide(describeBody(result.body)), Method: call.method, URL: call.url,
		Header: result.response.Header, RateLimit: parseRateLimit(result.response.Header), Body: result.body, Attempts: result.attempts,
	}
}

// transportError is the error for an attempt that got no complete response: the caller's
// context ended it, its own timeout did, or the network failed.
func (c *core) transportError(ctx, attemptCtx context.Context, call *call, attempts int, err error) error {
	if ctx.Err() != nil {
		return &CanceledError{Attempts: attempts, Err: ctx.Err()}
	}
	if errors.Is(attemptCtx.Err(), context.DeadlineExceeded) {
		return &TimeoutError{&ConnectionError{
			Message: fmt.Sprintf("No complete response within %v (the attempt timeout, WithTimeout%s)", call.policy.attemptTimeout, afterAttempts(attempts)),
			Method:  call.method, URL: call.url, Attempts: attempts, Err: err,
		}}
	}
	var urlError *url.Error
	if errors.As(err, &urlError) {
		err = urlError.Err // its message repeats the method and URL
	}
	return &ConnectionError{
		Message: fmt.Sprintf("The API could not be reached (%s %s): %v%s", call.method, call.url, err, afterAttempts(attempts)),
		Method:  call.method, URL: call.url, Attempts: attempts, Err: err,
	}
}

// isDialError reports a failure to connect (a refused connection, an unknown host): the request
// was never written, so the service cannot have acted on it.
func isDialError(err error) bool {
	var operation *net.OpError
	return errors.As(err, &operation) && operation.Op == "dial"
}

// takeSlot waits for one of WithMaxConcurrency's slots, when the option is set.
func (c *core) takeSlot(ctx context.Context) error {
	if c.slots == nil {
		return nil
	}
	select {
	case c.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *core) releaseSlot() {
	if c.slots != nil {
		<-c.slots
	}
}

// waitForReset waits until until for the token's bucket to refill at resetAt, counted among
// the waiting calls that WithOnRateLimit is told of.
func (c *core) waitForReset(ctx context.Context, resetAt, until time.Time) error {
	waiting := c.pacer.addWaiting(1)
	defer c.pacer.addWaiting(-1)
	if c.onRateLimit != nil {
		c.onRateLimit(RateLimitWait{ResetAt: resetAt, Waiting: waiting})
	}
	return c.clock.SleepUntil(ctx, until)
}

// log writes a debug line. Callers pass no header value; the token is removed from what the
// service sent (a message may echo it).
func (c *core) log(format string, args ...any) {
	if c.logger != nil {
		c.logger.Printf("%s", c.hide("ryzeapi: "+fmt.Sprintf(format, args...)))
	}
}
