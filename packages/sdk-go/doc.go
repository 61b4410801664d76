// Package ryzeapi is the Go client for RyzeAPI's group endpoints, starting with Leave Group
// (DELETE /api/group/leave/{instance}).
//
// Its models and operation table are generated from the OpenAPI description
// (internal/generated); the runtime around them adds typed errors, retries, per-attempt
// timeouts, pacing under the token's rate-limit bucket, identifier normalization and input
// checks. It uses the standard library only.
//
//	client, err := ryzeapi.NewClient() // RYZEAPI_TOKEN, RYZEAPI_BASE_URL
//	if err != nil {
//		log.Fatal(err)
//	}
//	left, err := client.Groups.Leave(ctx, "my-instance", ryzeapi.LeaveParams{
//		Identifier: "https://chat.whatsapp.com/ABC123XYZ",
//	})
package ryzeapi
