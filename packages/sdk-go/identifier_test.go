package ryzeapi

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

// identifierTable is the accept/refuse table every SDK's tests read.
type identifierTable struct {
	Accepted []struct {
		Given string `json:"given"`
		Want  struct {
			Kind       IdentifierKind `json:"kind"`
			Identifier string         `json:"identifier"`
			Code       string         `json:"code"`
		} `json:"want"`
	} `json:"accepted"`
	Rejected []struct {
		Why    string          `json:"why"`
		Given  json.RawMessage `json:"given"`
		Repeat int             `json:"repeat"`
	} `json:"rejected"`
}

const sharedIdentifierTable = "../contract-tests/tables/identifier-normalization.json"

func readIdentifierTable(t *testing.T) identifierTable {
	t.Helper()
	raw, err := os.ReadFile(sharedIdentifierTable)
	if err != nil {
		t.Fatalf("the shared identifier table: %v", err)
	}
	var table identifierTable
	if err := json.Unmarshal(raw, &table); err != nil {
		t.Fatalf("%s: %v", sharedIdentifierTable, err)
	}
	if len(table.Accepted) == 0 || len(table.Rejected) == 0 {
		t.Fatalf("%s has %d accepted and %d rejected inputs: it lost its cases", sharedIdentifierTable, len(table.Accepted), len(table.Rejected))
	}
	return table
}

func TestTheSharedTableOfAcceptedIdentifiers(t *testing.T) {
	for _, tc := range readIdentifierTable(t).Accepted {
		got, err := ParseGroupIdentifier(tc.Given)
		if err != nil {
			t.Errorf("%q: %v", tc.Given, err)
			continue
		}
		want := GroupIdentifier{Kind: tc.Want.Kind, Identifier: tc.Want.Identifier, Code: tc.Want.Code}
		if got != want {
			t.Errorf("%q: got %+v, want %+v", tc.Given, got, want)
		}
	}
}

func TestTheSharedTableOfRefusedIdentifiers(t *testing.T) {
	for _, tc := range readIdentifierTable(t).Rejected {
		var given string
		if json.Unmarshal(tc.Given, &given) != nil {
			// null, a number, an object: refused by Go's type system before any call.
			continue
		}
		if tc.Repeat > 0 {
			given = strings.Repeat(given, tc.Repeat)
		}
		_, err := ParseGroupIdentifier(given)
		var invalid *InvalidInputError
		if !errors.As(err, &invalid) {
			t.Errorf("%s (%.60q): got %v, want an *InvalidInputError", tc.Why, given, err)
			continue
		}
		if len(err.Error()) > 400 {
			t.Errorf("%s: a %d-character message; the input should be shortened in it", tc.Why, len(err.Error()))
		}
	}
}

func TestLookAlikesThatGoCaseFoldingWouldMatchAreRefused(t *testing.T) {
	// Go's (?i) folds the Kelvin sign into k and the long s into s: the patterns must not.
	for _, given := range []string{"ABC\u212a", "https://chat.whatsapp.com/\u017fABC", "120363406289005073@g.u\u017f"} {
		if _, err := ParseGroupIdentifier(given); err == nil {
			t.Errorf("%q was accepted", given)
		}
	}
}

func TestJavaScriptWhitespaceIsTrimmedAsTheOtherSDKsTrimIt(t *testing.T) {
	for _, given := range []string{"\ufeffABC123XYZ", "ABC123XYZ\u00a0", "\u2028ABC123XYZ\u3000"} {
		if got, err := ParseGroupIdentifier(given); err != nil || got.Identifier != "ABC123XYZ" {
			t.Errorf("%q: got %+v, %v", given, got, err)
		}
	}
	if _, err := ParseGroupIdentifier("\u0085ABC123XYZ"); err == nil {
		t.Error("U+0085 is not whitespace to JavaScript's trim, so the other SDKs refuse it")
	}
}

func TestTheMessageSaysWhatWasWrongAndWhatToPass(t *testing.T) {
	_, err := ParseGroupIdentifier("5511999999999@s.whatsapp.net")
	want := `The identifier "5511999999999@s.whatsapp.net" is none of a group JID (…@g.us), an invite code or link (https://chat.whatsapp.com/<code>)`
	if err == nil || err.Error() != want {
		t.Errorf("got %v", err)
	}
	if _, err := ParseGroupIdentifier("  "); err == nil || !strings.HasPrefix(err.Error(), "The identifier is empty: pass a group JID") {
		t.Errorf("got %v", err)
	}
}

func TestLeaveSendsTheNormalizedIdentifierPercentEncoded(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	if _, err := leave(newTestClient(t, server, newFakeClock()), " http://www.chat.whatsapp.com/invite/ABC123XYZ/?mode=gi_t "); err != nil {
		t.Fatal(err)
	}
	if got := server.received()[0].Query; got != "identifier=https%3A%2F%2Fchat.whatsapp.com%2FABC123XYZ" {
		t.Errorf("query %q", got)
	}
	if _, err := leave(newTestClient(t, server, newFakeClock()), "ABC123XYZ&identifier=1@g.us"); err == nil || len(server.received()) != 1 {
		t.Errorf("an injection was sent (%v)", err)
	}
}
