"""Leave a group by its JID. The token comes from RYZEAPI_TOKEN, the API from RYZEAPI_BASE_URL."""

from ryzeapi import Ryze

with Ryze() as client:
    left = client.groups.leave("my-instance", identifier="120363406289005073@g.us")
    print(f"{left.message}: {left.group_jid}")
