package ryzeapi

import (
	"net/http"
	"strings"
)

// withoutRedirects is a copy of the given client (or a default one) that never follows a
// redirect: net/http would resend the token's header to the same host and, for a Bearer token
// or a "token" header, may send it to wherever Location points. The 3xx response is returned
// instead, and becomes a *RedirectError.
func withoutRedirects(given *http.Client) *http.Client {
	client := http.Client{Transport: defaultTransport()}
	if given != nil {
		client = *given
	}
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &client
}

// defaultTransport is http.DefaultTransport's settings with more idle connections per host,
// so that concurrent calls (LeaveMany) reuse their connections.
func defaultTransport() *http.Transport {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = 32
	return transport
}

// isRedirect reports a 3xx that carries a Location (a 304 or a 300 without one is not followed
// by anyone).
func isRedirect(response *http.Response) bool {
	return response.StatusCode >= 300 && response.StatusCode < 400 && response.Header.Get("Location") != ""
}

// locationWithoutQuery shows where a redirect points, its query and fragment replaced by "?…":
// they may carry the other site's secrets.
func locationWithoutQuery(location string) string {
	if cut := strings.IndexAny(location, "?#"); cut >= 0 {
		return withoutCredentials(location[:cut]) + "?…"
	}
	return withoutCredentials(location)
}
