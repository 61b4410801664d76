"""Leave a group by an invite link as people share it; see what the SDK will send first."""

from ryzeapi import Ryze, parse_group_identifier

shared = "https://chat.whatsapp.com/invite/ABC123XYZ/?mode=gi_t"
parsed = parse_group_identifier(shared)
print(f"{parsed.kind}: sends {parsed.identifier} (code {parsed.code})")

with Ryze() as client:
    print("left", client.groups.leave("my-instance", identifier=shared).group_jid)
