import os, requests

requests.delete(
    f"https://ryzeapi.cloud/api/group/leave/{os.environ['Instance_Name']}?identifier=120363406289005073@g.us",
    headers={
        "token": os.environ["Token_Instance"]
    }
)
