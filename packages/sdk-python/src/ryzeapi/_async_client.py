"""The asynchronous client."""

import asyncio
from typing import Awaitable, Callable, TypeVar

import httpx

from ._attempts import Sent, Wait
from ._base_client import BaseClient
from ._call import Call
from ._groups import AsyncGroups

T = TypeVar("T")


class AsyncRyze(BaseClient):
    __doc__ = f"""The asyncio client: ``await AsyncRyze().groups.leave("my-instance", identifier="…")``.

    Cancelling the task cancels the request in flight or the wait before a retry, and raises
    ``asyncio.CancelledError`` as usual.

    {BaseClient.__doc__}"""

    groups: AsyncGroups
    """The group operations."""
    _groups_type = AsyncGroups

    _sleep: Callable[[float], Awaitable[None]] = staticmethod(asyncio.sleep)

    def _default_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient()

    async def _request(self, call: Call[T]) -> Sent[T]:
        request, policy, attempts = self._attempts(call)
        while True:
            paced = attempts.pace()
            if isinstance(paced, Wait):
                await self._sleep(paced.seconds)
                continue
            try:
                sending = self._http.send(request, follow_redirects=False)
                step = attempts.answered(await asyncio.wait_for(sending, policy.timeout))
            except asyncio.TimeoutError as exception:
                step = attempts.failed(exception, True)
            except httpx.RequestError as exception:
                step = attempts.failed(exception, isinstance(exception, httpx.TimeoutException))
            except BaseException:  # Cancelled: the bucket must not wait for this attempt.
                attempts.abandoned()
                raise
            if isinstance(step, Sent):
                return step
            await self._sleep(step.seconds)

    async def close(self) -> None:
        """Closes the connections of the HTTP client."""
        await self._http.aclose()

    async def __aenter__(self) -> "AsyncRyze":
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()
