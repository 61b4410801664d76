import os, requests

requests.delete(
    f"https://ryzeapi.cloud/api/group/leave/{os.environ['Instance_Name']}",
    headers={
        "token": os.environ["Token_Instance"]
    },
    params={
        "identifier": "https://chat.whatsapp.com/ABC123XYZ"
    }
)
