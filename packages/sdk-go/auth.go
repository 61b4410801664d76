package ryzeapi

import (
	"fmt"
	"net/http"
)

// AuthScheme is how the token is sent: always in a header, never in the URL.
type AuthScheme int

const (
	// AuthTokenHeader sends "token: <token>", the API's preferred way (the default).
	AuthTokenHeader AuthScheme = iota
	// AuthBearer sends "Authorization: Bearer <token>", accepted for compatibility.
	AuthBearer
)

func (s AuthScheme) String() string {
	switch s {
	case AuthTokenHeader:
		return "AuthTokenHeader"
	case AuthBearer:
		return "AuthBearer"
	}
	return fmt.Sprintf("AuthScheme(%d)", int(s))
}

// setAuth puts the token, already checked, in the header the scheme names.
func setAuth(header http.Header, token string, scheme AuthScheme) {
	if scheme == AuthBearer {
		header.Set("Authorization", "Bearer "+token)
	} else {
		header.Set("token", token)
	}
}
