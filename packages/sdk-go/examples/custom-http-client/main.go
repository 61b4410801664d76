// Sends through your own *http.Client (proxy, TLS, transport) and names your application.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	ryzeapi "github.com/ryzeapi/ryzeapi-groups/packages/sdk-go"
)

func main() {
	httpClient := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8, IdleConnTimeout: 30 * time.Second}}
	client, err := ryzeapi.NewClient(
		ryzeapi.WithHTTPClient(httpClient), // used on a copy that never follows redirects
		ryzeapi.WithUserAgent("my-app/1.2"),
		ryzeapi.WithAuthScheme(ryzeapi.AuthBearer),
	)
	if err != nil {
		log.Fatal(err)
	}
	left, err := client.Groups.Leave(context.Background(), os.Getenv("RYZEAPI_INSTANCE"), ryzeapi.LeaveParams{Identifier: "ABC123XYZ"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Left %s\n", left.GroupJid)
}
