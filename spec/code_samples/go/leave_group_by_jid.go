package main

import (
	"net/http"
	"os"
)

func main() {
	req, _ := http.NewRequest("DELETE", "https://ryzeapi.cloud/api/group/leave/"+os.Getenv("Instance_Name")+"?identifier=120363406289005073@g.us", nil)
	req.Header.Set("token", os.Getenv("Token_Instance"))
	http.DefaultClient.Do(req)
}
