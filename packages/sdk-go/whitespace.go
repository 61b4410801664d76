package ryzeapi

import (
	"strings"
	"unicode"
)

// isWhitespace reports the characters that JavaScript's String.prototype.trim removes (white
// space and line terminators), so that every SDK trims pasted input alike. Go's
// strings.TrimSpace differs on two: it trims U+0085 and keeps U+FEFF.
func isWhitespace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u2028', '\u2029', '\ufeff':
		return true
	}
	return unicode.Is(unicode.Zs, r)
}

// trimWhitespace removes leading and trailing whitespace as JavaScript's trim does.
func trimWhitespace(s string) string {
	return strings.TrimFunc(s, isWhitespace)
}
