// Leaves a group by its JID: the ten-line example.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	ryzeapi "github.com/ryzeapi/ryzeapi-groups/packages/sdk-go"
)

func main() {
	client, err := ryzeapi.NewClient() // RYZEAPI_TOKEN, and RYZEAPI_BASE_URL if set
	if err != nil {
		log.Fatal(err)
	}
	left, err := client.Groups.Leave(context.Background(), os.Getenv("RYZEAPI_INSTANCE"), ryzeapi.LeaveParams{
		Identifier: "120363406289005073@g.us",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %s\n", left.Message, left.GroupJid)
}
