"""The group operations, on the sync and the async clients."""

import asyncio
from typing import TYPE_CHECKING, Any, Callable, Iterable, List, Mapping, Optional

from ._attempts import Sent
from ._errors import InvalidInputError, RyzeError
from ._generated.models import LeaveGroupResponse
from ._leave_group import LeaveOutcome, leave_call

if TYPE_CHECKING:
    from ._async_client import AsyncRyze
    from ._client import Ryze

ProgressCallback = Callable[[LeaveOutcome, int, int], None]
"""Called after each identifier of ``leave_many`` with its outcome, how many are done, and the total."""


class Groups:
    """``client.groups``: the group operations, with retries, timeouts, pacing and typed errors."""

    def __init__(self, client: "Ryze") -> None:
        self._client = client

    def leave(
        self, instance: str, *, identifier: str, timeout: Optional[float] = None,
        max_retries: Optional[int] = None, extra_headers: Optional[Mapping[str, str]] = None,
    ) -> LeaveGroupResponse:
        """Makes ``instance`` leave the group named by ``identifier`` (a JID, an invite code or an
        invite link, normalized by ``parse_group_identifier``) and returns the 200 body.

        A group already left answers 404 (``NotFoundError``); when the call was retried after an
        attempt whose outcome is unknown, its ``may_have_succeeded_earlier`` is True. ``timeout``,
        ``max_retries`` and ``extra_headers`` apply to this call only.
        """
        return self.leave_with_response(
            instance, identifier=identifier, timeout=timeout, max_retries=max_retries,
            extra_headers=extra_headers,
        ).data

    def leave_with_response(
        self, instance: str, *, identifier: str, timeout: Optional[float] = None,
        max_retries: Optional[int] = None, extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Sent[LeaveGroupResponse]:
        """``leave``, also returning the rate limit, the response and the number of attempts."""
        return self._client._request(leave_call(
            instance, identifier, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        ))

    def leave_many(
        self, instance: str, identifiers: Iterable[str], *,
        on_progress: Optional[ProgressCallback] = None, **options: Any,
    ) -> List[LeaveOutcome]:
        """Leaves each group in turn, at the pace the bucket allows, and returns one outcome per
        identifier in input order; a failure is reported in its outcome, never raised."""
        wanted = list(identifiers)
        outcomes: List[LeaveOutcome] = []
        for identifier in wanted:
            try:
                outcome = LeaveOutcome(identifier, True, self.leave(instance, identifier=identifier, **options))
            except RyzeError as error:
                outcome = LeaveOutcome(identifier, False, error=error)
            outcomes.append(outcome)
            if on_progress is not None:
                on_progress(outcome, len(outcomes), len(wanted))
        return outcomes


class AsyncGroups:
    """``client.groups`` of ``AsyncRyze``: the operations of ``Groups``, awaited."""

    def __init__(self, client: "AsyncRyze") -> None:
        self._client = client

    async def leave(
        self, instance: str, *, identifier: str, timeout: Optional[float] = None,
        max_retries: Optional[int] = None, extra_headers: Optional[Mapping[str, str]] = None,
    ) -> LeaveGroupResponse:
        """See ``Groups.leave``."""
        sent = await self.leave_with_response(
            instance, identifier=identifier, timeout=timeout, max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return sent.data

    async def leave_with_response(
        self, instance: str, *, identifier: str, timeout: Optional[float] = None,
        max_retries: Optional[int] = None, extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Sent[LeaveGroupResponse]:
        """See ``Groups.leave_with_response``."""
        return await self._client._request(leave_call(
            instance, identifier, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        ))

    async def leave_many(
        self, instance: str, identifiers: Iterable[str], *, concurrency: int = 4,
        on_progress: Optional[ProgressCallback] = None, **options: Any,
    ) -> List[LeaveOutcome]:
        """Leaves the groups with up to ``concurrency`` calls at once, at the pace the bucket
        allows; one outcome per identifier, in input order. Cancelling stops sending."""
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidInputError(f"concurrency must be an integer from 1, got {concurrency!r}")
        wanted = list(identifiers)
        slots = asyncio.Semaphore(concurrency)
        done = 0

        async def one(identifier: str) -> LeaveOutcome:
            nonlocal done
            async with slots:
                try:
                    data = await self.leave(instance, identifier=identifier, **options)
                    outcome = LeaveOutcome(identifier, True, data)
                except RyzeError as error:
                    outcome = LeaveOutcome(identifier, False, error=error)
            done += 1
            if on_progress is not None:
                on_progress(outcome, done, len(wanted))
            return outcome

        return list(await asyncio.gather(*(one(identifier) for identifier in wanted)))
