curl -X DELETE "https://ryzeapi.cloud/api/group/leave/$Instance_Name?identifier=120363406289005073@g.us" \
  -H "token: $Token_Instance"
