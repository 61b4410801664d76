package ryzeapi

import (
	"fmt"
	"regexp"
	"strings"
)

// IdentifierKind says which of the three forms a group identifier has.
type IdentifierKind string

// The forms of a group identifier.
const (
	KindJID        IdentifierKind = "jid"
	KindInviteCode IdentifierKind = "inviteCode"
	KindInviteLink IdentifierKind = "inviteLink"
)

// GroupIdentifier is what ParseGroupIdentifier recognised: the form, the normalized identifier
// the client sends and, for a code or a link, the invite code.
type GroupIdentifier struct {
	Kind       IdentifierKind
	Identifier string
	Code       string
}

// The patterns match the input with its ASCII letters lower-cased (offsets unchanged), so that
// the case-insensitive parts need no (?i): Go's case folding would also let look-alikes such as
// the Kelvin sign (U+212A) match "k". Character classes list ASCII only, for the same reason.
var (
	jidPattern  = regexp.MustCompile(`^([0-9]+(?:-[0-9]+)?)@g\.us$`)
	codePattern = regexp.MustCompile(`^[a-z0-9]{1,64}$`)
	// The link forms met in the wild: any of http(s)://, www., invite/, a trailing slash, and a
	// share suffix (?mode=gi_t) or fragment. The host must be exactly chat.whatsapp.com.
	linkPattern = regexp.MustCompile(`^(?:https?://)?(?:www\.)?chat\.whatsapp\.com/(?:invite/)?([a-z0-9]{1,64})/?(?:[?#](?s:(.*)))?$`)
)

// At most 59 characters before the 5 of @g.us: the spec's maxLength of 64.
const maxJIDDigits = 59

const identifierForms = "a group JID (…@g.us), an invite code or link (https://chat.whatsapp.com/<code>)"

// ParseGroupIdentifier classifies a group identifier and normalizes it: surrounding whitespace
// is trimmed, a JID's suffix is lower-cased, and every link form becomes
// https://chat.whatsapp.com/<code>. It returns an *InvalidInputError when the input is empty or
// none of the three forms.
func ParseGroupIdentifier(input string) (GroupIdentifier, error) {
	value := trimWhitespace(input)
	if value == "" {
		return GroupIdentifier{}, &InvalidInputError{Message: "The identifier is empty: pass " + identifierForms}
	}
	folded := lowerASCII(value)
	if m := jidPattern.FindStringSubmatchIndex(folded); m != nil && m[3]-m[2] <= maxJIDDigits {
		return GroupIdentifier{Kind: KindJID, Identifier: value[m[2]:m[3]] + "@g.us"}, nil
	}
	if codePattern.MatchString(folded) {
		return GroupIdentifier{Kind: KindInviteCode, Identifier: value, Code: value}, nil
	}
	if m := linkPattern.FindStringSubmatchIndex(folded); m != nil && strings.IndexFunc(suffixOf(value, m), isWhitespace) < 0 {
		code := value[m[2]:m[3]]
		return GroupIdentifier{Kind: KindInviteLink, Identifier: "https://chat.whatsapp.com/" + code, Code: code}, nil
	}
	return GroupIdentifier{}, &InvalidInputError{Message: fmt.Sprintf("The identifier %q is none of %s", shorten(value, 100), identifierForms)}
}

// suffixOf is a link's share suffix or fragment (after ? or #), empty when it has none.
func suffixOf(value string, match []int) string {
	if match[4] < 0 {
		return ""
	}
	return value[match[4]:match[5]]
}

// lowerASCII lower-cases the bytes A–Z only, so offsets into the result are offsets into s
// (strings.Map would replace invalid UTF-8 and shift them).
func lowerASCII(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return s
	}
	folded := []byte(s)
	for i, b := range folded {
		if b >= 'A' && b <= 'Z' {
			folded[i] = b + ('a' - 'A')
		}
	}
	return string(folded)
}
