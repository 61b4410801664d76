// Classifies group identifiers without the network, as Leave does before sending.
package main

import (
	"fmt"

	ryzeapi "github.com/ryzeapi/ryzeapi-groups/packages/sdk-go"
)

func main() {
	for _, input := range []string{
		"120363406289005073@G.US",
		"ABC123XYZ",
		"http://chat.whatsapp.com/invite/ABC123XYZ/?mode=gi_t",
		"5511999999999@s.whatsapp.net",
	} {
		parsed, err := ryzeapi.ParseGroupIdentifier(input)
		if err != nil {
			fmt.Println("refused:", err)
			continue
		}
		fmt.Printf("%-10s %s\n", parsed.Kind, parsed.Identifier)
	}
}
