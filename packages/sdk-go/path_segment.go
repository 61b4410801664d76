package ryzeapi

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// encodePathSegment returns a path parameter as exactly one percent-encoded segment. URL
// resolution turns "." and ".." into other paths ("/api/group/leave/.." would reach
// "/api/group/"), so those, a blank value, any "/" or "\" and invalid UTF-8 are refused before
// a request is built.
func encodePathSegment(name, value string) (string, error) {
	if trimWhitespace(value) == "" || value == "." || value == ".." ||
		strings.ContainsAny(value, `/\`) || !utf8.ValidString(value) {
		return "", &InvalidInputError{Message: fmt.Sprintf(
			`The %s %q is not one URL path segment: pass a non-blank name, not "." or "..", without "/" or "\"`,
			name, shorten(value, 100))}
	}
	return url.PathEscape(value), nil
}
