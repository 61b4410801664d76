// Reads the token's rate-limit bucket after a call, and is told when calls wait for it.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	ryzeapi "github.com/ryzeapi/ryzeapi-groups/packages/sdk-go"
)

func main() {
	client, err := ryzeapi.NewClient(ryzeapi.WithOnRateLimit(func(wait ryzeapi.RateLimitWait) {
		fmt.Printf("%d call(s) wait for the bucket to refill at %s\n", wait.Waiting, wait.ResetAt)
	}))
	if err != nil {
		log.Fatal(err)
	}
	var meta ryzeapi.ResponseMeta
	if _, err := client.Groups.Leave(context.Background(), os.Getenv("RYZEAPI_INSTANCE"),
		ryzeapi.LeaveParams{Identifier: "120363406289005073@g.us"}, ryzeapi.CallResponse(&meta)); err != nil {
		log.Fatal(err)
	}
	if limit := meta.RateLimit; limit != nil {
		fmt.Printf("%d of %d requests left until %s\n", limit.Remaining, limit.Limit, limit.ResetAt)
	} else {
		fmt.Println("The response carried no X-RateLimit-* headers")
	}
}
