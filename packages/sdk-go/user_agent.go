package ryzeapi

// sdkUserAgent is the client's own product token.
const sdkUserAgent = "ryzeapi-sdk-go/" + Version

// userAgent is the User-Agent sent: the application's product token first when given, then the
// client's.
func userAgent(application string) (string, error) {
	if application == "" {
		return sdkUserAgent, nil
	}
	if err := checkHeaderValue("user agent", application); err != nil {
		return "", err
	}
	return application + " " + sdkUserAgent, nil
}
