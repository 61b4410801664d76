"""Read the token's bucket after a call; the client paces itself under it by default."""

from ryzeapi import Ryze

with Ryze() as client:
    sent = client.groups.leave_with_response("my-instance", identifier="ABC123XYZ")
    bucket = sent.rate_limit
    if bucket is not None:
        print(f"{bucket.remaining} of {bucket.limit} requests left until {bucket.reset_at.isoformat()}")
