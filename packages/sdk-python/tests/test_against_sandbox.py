"""The SDK end to end against the stateful sandbox: memberships, tokens, faults and the bucket."""

import asyncio

import pytest

from ryzeapi import (
    APIConnectionError,
    AsyncRyze,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Ryze,
)

from .sandbox import Sandbox

JID = "120363406289005073@g.us"
TOKEN = "sandbox-token-my-instance"


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox() as running:
        yield running


@pytest.fixture
def client(sandbox):
    sandbox.reset()
    with Ryze(token=TOKEN, base_url=sandbox.url) as ryze:
        yield ryze


def test_a_group_left_is_left_the_second_leave_is_a_404(client):
    assert client.groups.leave("my-instance", identifier=JID).group_jid == JID
    with pytest.raises(NotFoundError) as error:
        client.groups.leave("my-instance", identifier=JID)
    assert error.value.may_have_succeeded_earlier is False
    assert str(error.value) == "Group not found or you are not a member of this group (HTTP 404)"


def test_a_link_in_a_form_met_in_the_wild_is_normalized_and_resolved(client):
    left = client.groups.leave(
        "my-instance", identifier="http://www.chat.whatsapp.com/invite/SUBGROUP101/?mode=gi_t"
    )
    assert left.group_jid == "120363400000000101@g.us"


@pytest.mark.parametrize(
    "instance,token,identifier,error_class",
    [
        ("offline-instance", "sandbox-token-offline-instance", JID, BadRequestError),
        ("my-instance", TOKEN, "ANNOUNCE200", PermissionDeniedError),
        ("other-instance", TOKEN, "OTHERS300", AuthenticationError),
        ("my-instance", "sandbox-token-unknown", JID, AuthenticationError),
    ],
    ids=["disconnected instance", "a group that may not be left", "a foreign instance", "an unknown token"],
)
def test_each_refusal_raises_the_error_of_its_status(sandbox, instance, token, identifier, error_class):
    sandbox.reset()
    with pytest.raises(error_class):
        Ryze(token=token, base_url=sandbox.url).groups.leave(instance, identifier=identifier)


def test_a_500_before_the_leave_is_retried_and_the_retry_leaves(sandbox, client):
    sandbox.fault("500", when="before")
    sent = client.groups.leave_with_response("my-instance", identifier=JID)
    assert (sent.attempts, sent.data.group_jid) == (2, JID)


@pytest.mark.parametrize("kind", ["500", "502-html", "drop"])
def test_a_failure_after_the_leave_makes_the_retry_s_404_say_it_may_have_succeeded(sandbox, client, kind):
    sandbox.fault(kind, when="after")
    with pytest.raises(NotFoundError) as error:
        client.groups.leave("my-instance", identifier=JID)
    assert error.value.may_have_succeeded_earlier is True
    assert error.value.attempts == 2


def test_a_connection_dropped_on_every_attempt_is_an_api_connection_error(sandbox, client):
    sandbox.fault("drop", when="before", count=3)
    with pytest.raises(APIConnectionError) as error:
        client.groups.leave("my-instance", identifier=JID)
    assert error.value.attempts == 3


def test_async_leave_many_leaves_a_community_s_groups_in_input_order(sandbox):
    sandbox.reset()

    async def leave_all():
        async with AsyncRyze(token=TOKEN, base_url=sandbox.url) as ryze:
            return await ryze.groups.leave_many(
                "my-instance", ["SUBGROUP101", "SUBGROUP102", "ANNOUNCE200", JID], concurrency=2
            )

    outcomes = asyncio.run(leave_all())
    assert [(outcome.identifier, outcome.ok) for outcome in outcomes] == [
        ("SUBGROUP101", True), ("SUBGROUP102", True), ("ANNOUNCE200", False), (JID, True)
    ]
    assert isinstance(outcomes[2].error, PermissionDeniedError)


class TestPacingUnderAShortBucket:
    """A bucket of 3 requests per 2 s: the paced client waits for each reset and gets no 429."""

    GROUPS = ["SUBGROUP101", "SUBGROUP102", "COMMUNITY100", JID, "Fh3t6gXkPz1B7nY2JqL0Ao"]

    @pytest.fixture(scope="class")
    def short_bucket(self):
        with Sandbox("--rate-limit", "3", "--rate-window", "2") as running:
            yield running

    def test_the_paced_client_never_sends_into_the_empty_bucket(self, short_bucket):
        short_bucket.reset()
        # No retries: a single 429 would fail its leave.
        client = Ryze(token=TOKEN, base_url=short_bucket.url, max_retries=0)
        outcomes = client.groups.leave_many("my-instance", self.GROUPS)
        assert [(outcome.identifier, outcome.error) for outcome in outcomes if not outcome.ok] == []

    def test_concurrent_calls_of_the_async_client_do_not_overrun_it_either(self, short_bucket):
        short_bucket.reset()
        # Without the community: in flight together, leaving it first would unlink its subgroups
        # (a 404 for them) whatever the pacing does. Four leaves still overrun a bucket of three.
        independent = [group for group in self.GROUPS if group != "COMMUNITY100"]

        async def leave_all():
            async with AsyncRyze(token=TOKEN, base_url=short_bucket.url, max_retries=0) as ryze:
                return await ryze.groups.leave_many("my-instance", independent, concurrency=4)

        outcomes = asyncio.run(leave_all())
        assert [(outcome.identifier, outcome.error) for outcome in outcomes if not outcome.ok] == []

    def test_without_pacing_the_fourth_call_meets_the_429_and_its_reset(self, short_bucket):
        short_bucket.reset()
        client = Ryze(token=TOKEN, base_url=short_bucket.url, max_retries=0, pacing=False)
        outcomes = client.groups.leave_many("my-instance", self.GROUPS[:4])
        assert [outcome.ok for outcome in outcomes] == [True, True, True, False]
        error = outcomes[3].error
        assert isinstance(error, RateLimitError)
        assert str(error).startswith("Rate limit exceeded. Try again later. (HTTP 429")
        assert error.reset_at is not None
