import os

from ryzeapi import Ryze

ryze = Ryze(token=os.environ["Token_Instance"], base_url="https://ryzeapi.cloud")

# A JID, an invite code or an invite link: links are normalized and percent-encoded.
left = ryze.groups.leave(os.environ["Instance_Name"], identifier="https://chat.whatsapp.com/ABC123XYZ")
print(f"Left {left.group_jid}")
