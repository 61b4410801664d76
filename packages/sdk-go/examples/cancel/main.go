// Cancels a call through its context: the request in flight and any wait end at once.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"

	ryzeapi "github.com/ryzeapi/ryzeapi-groups/packages/sdk-go"
)

func main() {
	client, err := ryzeapi.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // e.g. the user closed the page that asked for the leave
	_, err = client.Groups.Leave(ctx, os.Getenv("RYZEAPI_INSTANCE"), ryzeapi.LeaveParams{Identifier: "ABC123XYZ"})
	var canceled *ryzeapi.CanceledError
	if !errors.As(err, &canceled) || !errors.Is(err, context.Canceled) {
		log.Fatalf("expected a canceled call, got %v", err)
	}
	fmt.Println("Canceled before sending:", err)
}
