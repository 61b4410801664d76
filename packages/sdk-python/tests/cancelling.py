"""Cancelling an asyncio call once it has reached a given point."""

import asyncio
from typing import Awaitable, Callable


async def cancel_when(reached: Callable[[], bool], call: Awaitable[object]) -> asyncio.CancelledError:
    """Starts ``call``, cancels it as soon as ``reached()`` is true, and returns the
    CancelledError it raised (fails if it finished some other way)."""
    task = asyncio.ensure_future(call)
    while not reached():
        await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError as error:
        return error
    raise AssertionError("the call was not cancelled")
