// Branches on the error types, never on the messages (the API has no error codes).
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
	// Leaving the same group twice: the second leave answers 404.
	for attempt := 1; attempt <= 2; attempt++ {
		_, err := client.Groups.Leave(context.Background(), os.Getenv("RYZEAPI_INSTANCE"), ryzeapi.LeaveParams{Identifier: "ABC123XYZ"})
		var notFound *ryzeapi.NotFoundError
		var limited *ryzeapi.RateLimitError
		var connection *ryzeapi.ConnectionError
		var apiErr *ryzeapi.APIError
		switch {
		case err == nil:
			fmt.Println("Left the group")
		case errors.As(err, &notFound) && notFound.MayHaveSucceededEarlier:
			fmt.Println("Probably left already, by an earlier attempt:", err)
		case errors.As(err, &notFound):
			fmt.Println("Not a member (already left?):", notFound.Message)
		case errors.As(err, &limited):
			fmt.Println("Rate limited until", limited.ResetAt)
		case errors.As(err, &connection):
			fmt.Println("The API could not be reached:", err)
		case errors.As(err, &apiErr):
			fmt.Printf("HTTP %d: %s\n", apiErr.Status, apiErr.Message)
		default:
			log.Fatal(err)
		}
	}
}
