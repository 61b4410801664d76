package ryzeapi

import (
	"fmt"
	"strings"
)

// checkHeaderValue refuses a value that could not be sent as a header before net/http sees it.
// The message names the problem and never shows the value: header values include tokens.
func checkHeaderValue(what, value string) error {
	var problem string
	switch {
	case value == "":
		problem = "is empty"
	case strings.ContainsAny(value, "\r\n"):
		problem = "contains a line break (CR or LF)"
	case strings.TrimSpace(value) != value:
		problem = "has surrounding whitespace"
	case strings.IndexFunc(value, func(r rune) bool { return r != '\t' && (r < 0x20 || r == 0x7f || r > 0xff) }) >= 0:
		problem = "has a character HTTP headers cannot carry"
	default:
		return nil
	}
	return &InvalidInputError{Message: fmt.Sprintf("The %s %s (value hidden: header values may be secret)", what, problem)}
}

// checkHeaderName refuses a header name that is not an HTTP token (RFC 9110, section 5.6.2).
func checkHeaderName(name string) error {
	valid := name != "" && strings.IndexFunc(name, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			strings.ContainsRune("!#$%&'*+-.^_`|~", r))
	}) < 0
	if valid {
		return nil
	}
	return &InvalidInputError{Message: fmt.Sprintf("The header name %q is not an HTTP token: use letters, digits and !#$%%&'*+-.^_`|~", name)}
}
