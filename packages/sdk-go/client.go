package ryzeapi

import (
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"os"
	"strings"
	"time"
)

// Client is a RyzeAPI client. It holds the token but never shows it: its fmt forms (%v, %+v,
// %#v, %s...) print the base URL only. A Client is safe for concurrent use, and its calls share
// one view of the token's rate-limit bucket.
type Client struct {
	// Groups holds the group operations.
	Groups *GroupsService

	core *core
}

// core is what every operation's calls share.
type core struct {
	baseURL string
	http    *http.Client
	// requestHeader returns the headers of every request (User-Agent, WithHeader's, the
	// token's) and hide removes the token from text the service sent. Only these closures hold
	// the token: fmt prints a func as an address, so no printing of the client, even through
	// reflection on its unexported fields, can show it.
	requestHeader func() http.Header
	hide          func(string) string
	// headerShareable is true when requests may share requestHeader's map: net/http only
	// writes to a request's headers to add a cookie jar's cookies.
	headerShareable bool
	policy          callPolicy
	pacing          bool
	pacer           pacer
	slots           chan struct{} // nil without WithMaxConcurrency
	onRateLimit     func(RateLimitWait)
	logger          Logger
	clock           clock
	random          func() float64
}

// NewClient creates a client. The token defaults to the RYZEAPI_TOKEN environment variable and
// the base URL to RYZEAPI_BASE_URL, else https://ryzeapi.cloud. Every option is checked now, so
// a missing token or a bad base URL fails here with an *InvalidInputError, not at the first call.
func NewClient(options ...Option) (*Client, error) {
	s := defaultSettings()
	for _, option := range options {
		if err := option(s); err != nil {
			return nil, err
		}
	}
	token, err := tokenOf(s.token)
	if err != nil {
		return nil, err
	}
	baseURL, err := checkBaseURL(valueOrEnv(s.baseURL, "RYZEAPI_BASE_URL", defaultBaseURL))
	if err != nil {
		return nil, err
	}
	agent, err := userAgent(s.userAgent)
	if err != nil {
		return nil, err
	}
	if err := checkHeaderValue("token", token); err != nil {
		return nil, err
	}
	header := s.header.Clone()
	header.Set("User-Agent", agent)
	setAuth(header, token, s.authScheme)
	httpClient := withoutRedirects(s.httpClient)
	c := &core{
		baseURL:         baseURL,
		http:            httpClient,
		requestHeader:   func() http.Header { return header },
		hide:            func(text string) string { return strings.ReplaceAll(text, token, "[hidden]") },
		headerShareable: httpClient.Jar == nil,
		policy:          callPolicy{attemptTimeout: s.attemptTimeout, maxRetries: s.maxRetries, maxRetryWait: s.maxRetryWait},
		pacing:          s.pacing,
		onRateLimit:     s.onRateLimit,
		logger:          s.logger,
		clock:           systemClock{},
		random:          rand.Float64,
	}
	if s.maxConcurrency > 0 {
		c.slots = make(chan struct{}, s.maxConcurrency)
	}
	return &Client{Groups: &GroupsService{core: c}, core: c}, nil
}

// tokenOf is the token given, else RYZEAPI_TOKEN's, else an error saying how to give one.
func tokenOf(given *string) (string, error) {
	if given != nil {
		return *given, nil
	}
	if token, ok := os.LookupEnv("RYZEAPI_TOKEN"); ok {
		return token, nil
	}
	return "", &InvalidInputError{Message: "No token: pass WithToken(token) or set RYZEAPI_TOKEN to a TokenInstance or TokenAccount token"}
}

// valueOrEnv is the option's value when given, else the variable's when set and not empty, else
// the default.
func valueOrEnv(given *string, variable, fallback string) string {
	if given != nil {
		return *given
	}
	if value := os.Getenv(variable); value != "" {
		return value
	}
	return fallback
}

// Format prints the client without its token, whatever the verb.
func (c Client) Format(f fmt.State, _ rune) {
	baseURL := ""
	if c.core != nil {
		baseURL = c.core.baseURL
	}
	_, _ = io.WriteString(f, fmt.Sprintf("ryzeapi.Client{BaseURL: %q, Token: [hidden]}", baseURL))
}

// String is Format's text, for callers that ask for a string.
func (c Client) String() string { return fmt.Sprint(c) }

// GoString is Format's text, for %#v.
func (c Client) GoString() string { return fmt.Sprint(c) }

// callPolicy is how one call is attempted.
type callPolicy struct {
	attemptTimeout time.Duration
	maxRetries     int
	maxRetryWait   time.Duration
}
