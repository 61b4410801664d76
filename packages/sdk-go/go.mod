module github.com/ryzeapi/ryzeapi-groups/packages/sdk-go

go 1.19
