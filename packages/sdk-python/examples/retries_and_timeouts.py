"""Client-wide retries and timeouts, and one call that overrides them."""

from ryzeapi import Ryze

with Ryze(max_retries=4, timeout=10.0, max_retry_wait=30.0) as client:
    sent = client.groups.leave_with_response(
        "my-instance", identifier="120363406289005073@g.us", timeout=5.0, max_retries=1
    )
    print(f"left {sent.data.group_jid} in {sent.attempts} attempt(s)")
