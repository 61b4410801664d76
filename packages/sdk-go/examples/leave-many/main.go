// Leaves many groups at the pace the token's bucket allows, one result per identifier.
package main

import (
	"context"
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
	identifiers := []string{"120363406289005073@g.us", "https://chat.whatsapp.com/ABC123XYZ", "not a group"}
	results, err := client.Groups.LeaveMany(context.Background(), os.Getenv("RYZEAPI_INSTANCE"), identifiers, ryzeapi.LeaveManyOptions{
		Concurrency: 4,
		OnProgress:  func(p ryzeapi.LeaveProgress) { fmt.Printf("%d/%d done\n", p.Done, p.Total) },
	})
	if err != nil {
		log.Fatal(err) // the context ended, or the options are invalid
	}
	for _, result := range results {
		if result.Err != nil {
			fmt.Printf("%s: %v\n", result.Identifier, result.Err)
		} else {
			fmt.Printf("%s: left %s\n", result.Identifier, result.Group.GroupJid)
		}
	}
}
