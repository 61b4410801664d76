"""The asyncio client: concurrent leaves under the bucket, and a cancellable call."""

import asyncio

from ryzeapi import AsyncRyze


async def main() -> None:
    async with AsyncRyze() as client:
        outcomes = await client.groups.leave_many(
            "my-instance", ["SUBGROUP101", "SUBGROUP102"], concurrency=2
        )
        print([outcome.ok for outcome in outcomes])
        # Any call can be bounded or cancelled as a task.
        left = await asyncio.wait_for(
            client.groups.leave("my-instance", identifier="ABC123XYZ"), timeout=60
        )
        print("left", left.group_jid)


asyncio.run(main())
