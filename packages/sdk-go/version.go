package ryzeapi

// Version is this module's release; it is tagged packages/sdk-go/v<Version> in the repository.
const Version = "0.1.0"
