"""Leave several groups; each outcome is reported, one failure never stops the others."""

from ryzeapi import Ryze

groups = ["SUBGROUP101", "SUBGROUP102", "ANNOUNCE200"]
with Ryze() as client:
    for outcome in client.groups.leave_many(
        "my-instance", groups, on_progress=lambda outcome, done, total: print(f"{done}/{total}")
    ):
        print(outcome.identifier, "left" if outcome.ok else f"failed: {outcome.error}")
