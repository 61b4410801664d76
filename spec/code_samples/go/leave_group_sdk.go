package main

import (
	"context"
	"fmt"
	"log"
	"os"

	ryzeapi "github.com/ryzeapi/ryzeapi-groups/packages/sdk-go"
)

func main() {
	// The SDK sends the token in the token header, never in the URL.
	client, err := ryzeapi.NewClient(
		ryzeapi.WithToken(os.Getenv("Token_Instance")),
		ryzeapi.WithBaseURL("https://ryzeapi.cloud"),
	)
	if err != nil {
		log.Fatal(err)
	}
	// A JID, an invite code or an invite link: links are normalized and percent-encoded.
	left, err := client.Groups.Leave(context.Background(), os.Getenv("Instance_Name"), ryzeapi.LeaveParams{
		Identifier: "https://chat.whatsapp.com/ABC123XYZ",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Left %s\n", left.GroupJid)
}
