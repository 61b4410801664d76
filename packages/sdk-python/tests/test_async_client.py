import asyncio

import pytest

from ryzeapi import APITimeoutError, AsyncRyze, InvalidInputError, NotFoundError, RateLimitError

from .cancelling import cancel_when
from .fake_time import NOW
from .loopback import Reply, envelope, left, rate_limit_headers

NOT_MEMBER = "Group not found or you are not a member of this group"


def run(coroutine):
    return asyncio.run(coroutine)


def client_on(server, fake_time=None, **options):
    client = AsyncRyze(token="t", base_url=server.url, **options)
    if fake_time is not None:
        fake_time.install(client)
    return client


def test_retries_and_raises_the_same_errors_as_the_sync_client(server, fake_time):
    server.replies.extend([envelope(500, "Internal server error"), envelope(404, NOT_MEMBER)])
    with pytest.raises(NotFoundError) as error:
        run(client_on(server, fake_time).groups.leave("i", identifier="ABC123XYZ"))
    assert error.value.may_have_succeeded_earlier is True
    assert len(fake_time.sleeps) == 1


def test_a_429_whose_reset_is_beyond_max_retry_wait_fails_at_once(server, fake_time):
    server.replies.append(envelope(429, "Rate limit exceeded. Try again later.", rate_limit_headers(0, int(NOW) + 90)))
    with pytest.raises(RateLimitError):
        run(client_on(server, fake_time).groups.leave("i", identifier="ABC123XYZ"))
    assert len(server.requests) == 1


def test_the_timeout_bounds_the_whole_attempt(server):
    server.replies.append(Reply(hang=True))
    with pytest.raises(APITimeoutError):
        run(client_on(server, timeout=0.2, max_retries=0).groups.leave("i", identifier="ABC123XYZ"))


def test_cancelling_the_task_cancels_the_request_in_flight_and_frees_the_bucket(server):
    server.replies.extend([Reply(hang=True), left()])

    async def cancel_then_leave_again():
        client = client_on(server)
        await cancel_when(lambda: bool(server.requests), client.groups.leave("i", identifier="ABC123XYZ"))
        # The cancelled first attempt must not hold the client's next calls back.
        return await asyncio.wait_for(client.groups.leave("i", identifier="ABC123XYZ"), 60)

    assert run(cancel_then_leave_again()).success is True
    assert len(server.requests) == 2


def test_cancelling_the_task_cuts_a_wait_before_a_retry_short(server):
    server.replies.extend([envelope(500, "Internal server error"), left()])
    waits = []

    async def cancel_while_waiting():
        client = client_on(server)

        async def endless_wait(seconds):
            waits.append(seconds)
            await asyncio.Event().wait()

        client._sleep = endless_wait
        await cancel_when(lambda: bool(waits), client.groups.leave("i", identifier="ABC123XYZ"))

    run(cancel_while_waiting())
    assert len(server.requests) == 1


class TestLeaveMany:
    def test_returns_one_outcome_per_identifier_in_input_order_and_never_raises_for_one(self, server, fake_time):
        server.replies.extend([left(), envelope(403, "Not allowed to leave this group"), left()])
        progress = []
        outcomes = run(client_on(server, fake_time, max_retries=0).groups.leave_many(
            "i", ["A1", "bad identifier!", "B2", "C3"], concurrency=1,
            on_progress=lambda outcome, done, total: progress.append((outcome.identifier, done, total)),
        ))
        assert [(o.identifier, o.ok) for o in outcomes] == [
            ("A1", True), ("bad identifier!", False), ("B2", False), ("C3", True)
        ]
        assert isinstance(outcomes[1].error, InvalidInputError)
        assert outcomes[2].error.status_code == 403
        assert outcomes[3].data.success is True
        assert [done for _, done, _ in progress] == [1, 2, 3, 4]
        assert len(server.requests) == 3

    def test_keeps_at_most_concurrency_calls_in_flight(self, server):
        server.replies.append(left())
        in_flight = most_in_flight = 0

        async def leave_many_counting_calls():
            client = client_on(server)
            leave = client.groups.leave

            # The calls leave_many makes, counted as they start and end: gather starts every task
            # at once, so a broken limit shows on the first tick, whatever the machine's speed.
            async def counted_leave(*args, **kwargs):
                nonlocal in_flight, most_in_flight
                in_flight += 1
                most_in_flight = max(most_in_flight, in_flight)
                try:
                    return await leave(*args, **kwargs)
                finally:
                    in_flight -= 1

            client.groups.leave = counted_leave
            return await client.groups.leave_many("i", [f"C{n}" for n in range(5)], concurrency=2)

        outcomes = run(leave_many_counting_calls())
        assert [outcome.ok for outcome in outcomes] == [True] * 5
        assert (most_in_flight, len(server.requests)) == (2, 5)

    def test_paces_under_the_bucket(self, server, fake_time):
        server.replies.extend([left(rate_limit_headers(1, int(NOW) + 30, limit=2)), left(rate_limit_headers(0, int(NOW) + 30, limit=2)),
                               left(rate_limit_headers(1, int(NOW) + 90, limit=2))])
        outcomes = run(client_on(server, fake_time).groups.leave_many("i", ["A1", "B2", "C3"], concurrency=1))
        assert all(outcome.ok for outcome in outcomes)
        assert fake_time.sleeps == [30]

    @pytest.mark.parametrize("concurrency", [0, -1, 1.5, True])
    def test_refuses_a_concurrency_that_is_not_a_positive_integer(self, server, concurrency):
        with pytest.raises(InvalidInputError, match="concurrency must be an integer from 1"):
            run(client_on(server).groups.leave_many("i", ["A1"], concurrency=concurrency))
