package ryzeapi

import (
	"fmt"
	"net/http"
	"time"
)

// Option configures a Client; NewClient checks every option and returns the first problem.
type Option func(*settings) error

// settings are the client's options before NewClient checks and applies them.
type settings struct {
	token          *string
	baseURL        *string
	httpClient     *http.Client
	attemptTimeout time.Duration
	maxRetries     int
	maxRetryWait   time.Duration
	authScheme     AuthScheme
	header         http.Header
	userAgent      string
	pacing         bool
	maxConcurrency int
	onRateLimit    func(RateLimitWait)
	logger         Logger
}

func defaultSettings() *settings {
	return &settings{
		attemptTimeout: 30 * time.Second,
		maxRetries:     2,
		maxRetryWait:   60 * time.Second,
		header:         http.Header{},
		pacing:         true,
	}
}

// Logger receives the client's debug lines (attempts, waits, retries), which never hold the
// token nor any header value. *log.Logger is one.
type Logger interface {
	Printf(format string, args ...any)
}

// RateLimitWait tells WithOnRateLimit that calls wait for the token's bucket to refill.
type RateLimitWait struct {
	// ResetAt is when the bucket refills (X-RateLimit-Reset).
	ResetAt time.Time
	// Waiting counts the calls of this client waiting for it, this one included.
	Waiting int
}

// WithToken sets the TokenInstance or TokenAccount token, sent only in a header. Default: the
// RYZEAPI_TOKEN environment variable.
func WithToken(token string) Option {
	return func(s *settings) error { s.token = &token; return nil }
}

// WithBaseURL sets the API's origin, e.g. http://127.0.0.1:4010 for the mock. Default: the
// RYZEAPI_BASE_URL environment variable, else https://ryzeapi.cloud.
func WithBaseURL(baseURL string) Option {
	return func(s *settings) error { s.baseURL = &baseURL; return nil }
}

// WithHTTPClient sets the *http.Client that sends the requests (its transport, proxy, TLS). The
// client works on a copy whose CheckRedirect refuses every redirect, so the token never follows
// one. Default: a client over a clone of http.DefaultTransport.
func WithHTTPClient(client *http.Client) Option {
	return func(s *settings) error {
		if client == nil {
			return &InvalidInputError{Message: "WithHTTPClient got nil: pass an *http.Client, or leave the option out for the default"}
		}
		s.httpClient = client
		return nil
	}
}

// WithTimeout sets how long each attempt may take, from sending the request to reading the
// whole body, before it is abandoned (and retried). Default 30 s. The whole call is bounded by
// the context's deadline.
func WithTimeout(timeout time.Duration) Option {
	return func(s *settings) error {
		if err := checkPositive("WithTimeout", timeout); err != nil {
			return err
		}
		s.attemptTimeout = timeout
		return nil
	}
}

// WithMaxRetries sets the retries after a 429, a 5xx, a lost connection or a timeout. Default 2.
func WithMaxRetries(retries int) Option {
	return func(s *settings) error {
		if err := checkRetries("WithMaxRetries", retries); err != nil {
			return err
		}
		s.maxRetries = retries
		return nil
	}
}

// WithMaxRetryWait sets the longest wait before a retry or for the bucket to refill, including
// a wait for X-RateLimit-Reset: a reset further away fails the call at once with a
// *RateLimitError. Default 60 s.
func WithMaxRetryWait(wait time.Duration) Option {
	return func(s *settings) error {
		if err := checkPositive("WithMaxRetryWait", wait); err != nil {
			return err
		}
		s.maxRetryWait = wait
		return nil
	}
}

// WithAuthScheme sets how the token is sent: AuthTokenHeader (default) or AuthBearer.
func WithAuthScheme(scheme AuthScheme) Option {
	return func(s *settings) error {
		if scheme != AuthTokenHeader && scheme != AuthBearer {
			return &InvalidInputError{Message: fmt.Sprintf("WithAuthScheme got %v: pass AuthTokenHeader or AuthBearer", scheme)}
		}
		s.authScheme = scheme
		return nil
	}
}

// WithHeader adds a header to every request. The token's header is set by the client.
func WithHeader(name, value string) Option {
	return func(s *settings) error { return addHeader(s.header, name, value) }
}

// WithUserAgent puts your application's product token ("my-app/1.2") before the client's in
// User-Agent.
func WithUserAgent(product string) Option {
	return func(s *settings) error {
		if product == "" {
			return &InvalidInputError{Message: "WithUserAgent got an empty product: pass one like my-app/1.2, or leave the option out"}
		}
		s.userAgent = product
		return nil
	}
}

// WithPacing turns pacing on or off (default on). With pacing, a call waits for the reset when
// the responses' X-RateLimit-* headers say the token's bucket is empty, instead of sending a
// request bound to get a 429. Waits are bounded by WithMaxRetryWait and cut short by the
// context.
func WithPacing(on bool) Option {
	return func(s *settings) error { s.pacing = on; return nil }
}

// WithMaxConcurrency bounds the requests of this client in flight at once. Default 0: no bound.
func WithMaxConcurrency(requests int) Option {
	return func(s *settings) error {
		if requests < 0 {
			return &InvalidInputError{Message: fmt.Sprintf("WithMaxConcurrency got %d: pass a positive number, or 0 for no bound", requests)}
		}
		s.maxConcurrency = requests
		return nil
	}
}

// WithOnRateLimit calls notify each time a call starts waiting for the token's bucket to refill
// (pacing, or a retry after a 429). notify runs on the waiting call's goroutine.
func WithOnRateLimit(notify func(RateLimitWait)) Option {
	return func(s *settings) error { s.onRateLimit = notify; return nil }
}

// WithLogger sends debug lines to logger: each attempt and its outcome, each wait.
func WithLogger(logger Logger) Option {
	return func(s *settings) error { s.logger = logger; return nil }
}

func checkPositive(option string, d time.Duration) error {
	if d <= 0 {
		return &InvalidInputError{Message: fmt.Sprintf("%s got %v: pass a positive duration", option, d)}
	}
	return nil
}

func checkRetries(option string, retries int) error {
	if retries < 0 {
		return &InvalidInputError{Message: fmt.Sprintf("%s got %d: pass 0 or more", option, retries)}
	}
	return nil
}

// addHeader adds a header after checking its name and value; the message never shows the value.
func addHeader(header http.Header, name, value string) error {
	if err := checkHeaderName(name); err != nil {
		return err
	}
	if err := checkHeaderValue(fmt.Sprintf("value of the header %q", name), value); err != nil {
		return err
	}
	header.Add(name, value)
	return nil
}
