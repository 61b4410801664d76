package ryzeapi

import (
	"fmt"
	"net/url"
	"strings"
)

// defaultBaseURL is the production API.
const defaultBaseURL = "https://ryzeapi.cloud"

// checkBaseURL returns the API's origin (and any path prefix) without a trailing slash, or an
// error saying why it cannot be used. Credentials in it would be sent to every host it names
// and shown in messages, so they are refused, and never shown.
func checkBaseURL(raw string) (string, error) {
	parsed, err := url.Parse(raw)
	var problem string
	switch {
	case err != nil || parsed.Host == "" || (parsed.Scheme != "http" && parsed.Scheme != "https"):
		problem = "is not an http(s) URL like https://ryzeapi.cloud"
	case parsed.User != nil:
		problem = "contains credentials (user:password@): pass the token with WithToken instead"
	case parsed.RawQuery != "" || parsed.Fragment != "" || strings.HasSuffix(raw, "?") || strings.HasSuffix(raw, "#"):
		problem = "has a query or a fragment: pass only the origin, like https://ryzeapi.cloud"
	default:
		return strings.TrimRight(raw, "/"), nil
	}
	return "", &InvalidInputError{Message: fmt.Sprintf("The base URL %q %s", withoutCredentials(raw), problem)}
}

// withoutCredentials shows a URL with any user information replaced, even a URL that does not
// parse.
func withoutCredentials(raw string) string {
	authorityStart := strings.Index(raw, "//") + 2
	if authorityStart < 2 {
		return shorten(raw, 200)
	}
	authority := raw[authorityStart:]
	if end := strings.IndexAny(authority, "/?#"); end >= 0 {
		authority = authority[:end]
	}
	if at := strings.LastIndex(authority, "@"); at >= 0 {
		raw = raw[:authorityStart] + "…" + raw[authorityStart+at:]
	}
	return shorten(raw, 200)
}
