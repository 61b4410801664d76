package main

import (
	"net/http"
	"net/url"
	"os"
)

func main() {
	q := url.Values{}
	q.Set("identifier", "https://chat.whatsapp.com/ABC123XYZ")
	req, _ := http.NewRequest("DELETE", "https://ryzeapi.cloud/api/group/leave/"+os.Getenv("Instance_Name")+"?"+q.Encode(), nil)
	req.Header.Set("token", os.Getenv("Token_Instance"))
	http.DefaultClient.Do(req)
}
