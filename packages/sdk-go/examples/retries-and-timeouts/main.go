// Client-wide and per-call retries and attempt timeouts, and a deadline for the whole call.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	ryzeapi "github.com/ryzeapi/ryzeapi-groups/packages/sdk-go"
)

func main() {
	client, err := ryzeapi.NewClient(
		ryzeapi.WithMaxRetries(3),                // after a 429, a 5xx, a lost connection or a timeout
		ryzeapi.WithTimeout(10*time.Second),      // each attempt
		ryzeapi.WithMaxRetryWait(30*time.Second), // the longest wait before a retry
	)
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // the whole call
	defer cancel()
	var meta ryzeapi.ResponseMeta
	left, err := client.Groups.Leave(ctx, os.Getenv("RYZEAPI_INSTANCE"), ryzeapi.LeaveParams{Identifier: "120363406289005073@g.us"},
		ryzeapi.CallMaxRetries(1), ryzeapi.CallTimeout(5*time.Second), ryzeapi.CallResponse(&meta))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Left %s after %d attempt(s)\n", left.GroupJid, meta.Attempts)
}
