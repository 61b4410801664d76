// Leaves a group by an invite link as users paste it: the client normalizes it before sending.
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
	pasted := " http://www.chat.whatsapp.com/invite/ABC123XYZ/?mode=gi_t "
	left, err := client.Groups.Leave(context.Background(), os.Getenv("RYZEAPI_INSTANCE"), ryzeapi.LeaveParams{Identifier: pasted})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Left %s\n", left.GroupJid)
}
