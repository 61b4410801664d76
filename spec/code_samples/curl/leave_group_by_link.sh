curl -X DELETE -G "https://ryzeapi.cloud/api/group/leave/$Instance_Name" \
  --data-urlencode "identifier=https://chat.whatsapp.com/ABC123XYZ" \
  -H "token: $Token_Instance"
