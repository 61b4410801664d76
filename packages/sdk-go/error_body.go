package ryzeapi

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// problemDetails holds the fields of an RFC 9457 problem+json body (Prism's own errors) that
// make a message.
type problemDetails struct {
	Title  *string `json:"title"`
	Detail *string `json:"detail"`
}

// describeBody is a message from any error body: the envelope's error.message, a problem+json
// title, or what the body was. Unexpected bodies (an HTML page from a proxy, truncated JSON)
// never make the error itself fail.
func describeBody(body []byte) string {
	var envelope ErrorEnvelope
	// A field of the wrong type is skipped with an error while the others are still read.
	_ = json.Unmarshal(body, &envelope)
	if envelope.Error.Message != "" {
		return envelope.Error.Message
	}
	var problem problemDetails
	_ = json.Unmarshal(body, &problem)
	if problem.Title != nil {
		if problem.Detail != nil {
			return *problem.Title + ": " + *problem.Detail
		}
		return *problem.Title
	}
	if len(body) == 0 {
		return "Empty response body"
	}
	return "Unexpected response body: " + shorten(strings.Join(strings.Fields(string(body)), " "), 200)
}

// shorten cuts text after max characters with an ellipsis, for showing a value in a message.
func shorten(text string, max int) string {
	if utf8.RuneCountInString(text) <= max {
		return text
	}
	return string([]rune(text)[:max]) + "…"
}
