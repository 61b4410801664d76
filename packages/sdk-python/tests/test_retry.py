import pytest

from ryzeapi import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    Ryze,
)
from ryzeapi._retry import backoff_delay

from .fake_time import NOW
from .loopback import Reply, envelope, left, rate_limit_headers

NOT_MEMBER = "Group not found or you are not a member of this group"
HANG = Reply(hang=True)
DROP = Reply(drop=True)
# For a call whose first attempt must time out and a later one be answered: the timeout is short,
# as the hanging attempt waits it out in real time, and an answer slower than it (a busy machine)
# is retried, with the same answer, rather than failing the test.
PATIENT_TIMEOUTS = {"timeout": 0.3, "max_retries": 20}


def leave(server, fake_time, *replies, **options):
    """Leaves once against the replies on fake time; returns the result or the error raised."""
    server.replies.extend(replies)
    client = Ryze(token="t", base_url=server.url, **options)
    fake_time.install(client)
    try:
        return client.groups.leave_with_response("my-instance", identifier="120363406289005073@g.us")
    except Exception as error:  # noqa: BLE001 — the tests look at what was raised.
        return error


@pytest.mark.parametrize(
    "first",
    [envelope(500, "Internal server error"), Reply(502, b"<html>", {"Content-Type": "text/html"}),
     envelope(503, "Instance is not connected to WhatsApp"), DROP],
    ids=["500", "502 html", "503", "dropped connection"],
)
def test_a_5xx_or_a_lost_connection_is_retried(server, fake_time, first):
    sent = leave(server, fake_time, first, left())
    assert sent.attempts == 2
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "reply,error_class",
    [(envelope(500, "Internal server error"), InternalServerError), (DROP, APIConnectionError)],
)
def test_gives_up_after_max_retries_with_the_last_error(server, fake_time, reply, error_class):
    error = leave(server, fake_time, reply)
    assert type(error) is error_class
    assert error.attempts == 3
    assert len(server.requests) == 3
    assert str(error).endswith("after 3 attempts)" if error_class is InternalServerError else "after 3 attempts")


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_a_4xx_other_than_429_is_not_retried(server, fake_time, status):
    leave(server, fake_time, envelope(status, "No"))
    assert len(server.requests) == 1


def test_max_retries_zero_sends_one_request_and_a_per_call_value_overrides_the_client(server, fake_time):
    leave(server, fake_time, envelope(500, "Internal server error"), max_retries=0)
    assert len(server.requests) == 1
    client = Ryze(token="t", base_url=server.url, max_retries=0)
    fake_time.install(client)
    with pytest.raises(InternalServerError):
        client.groups.leave("i", identifier="ABC123XYZ", max_retries=1)
    assert len(server.requests) == 3


def test_waits_a_jittered_backoff_before_each_retry(server, fake_time):
    leave(server, fake_time, envelope(500, "Internal server error"))
    first, second = fake_time.sleeps
    assert 0.375 <= first <= 0.5
    assert 0.75 <= second <= 1.0


@pytest.mark.parametrize(
    "retry,random,want", [(0, 0, 0.5), (0, 1, 0.375), (1, 0, 1.0), (4, 0, 8.0), (10, 0, 8.0), (10, 1, 6.0)]
)
def test_backoff_delay(retry, random, want):
    assert backoff_delay(retry, lambda: random) == want


class TestA429:
    def test_is_retried_exactly_when_the_bucket_refills(self, server, fake_time):
        sent = leave(server, fake_time,
                     envelope(429, "Rate limit exceeded. Try again later.", rate_limit_headers(0, int(NOW) + 30)),
                     left())
        assert fake_time.sleeps == [30]
        assert sent.attempts == 2

    def test_whose_reset_is_beyond_max_retry_wait_fails_at_once(self, server, fake_time):
        error = leave(server, fake_time,
                      envelope(429, "Rate limit exceeded. Try again later.", rate_limit_headers(0, int(NOW) + 90)),
                      left())
        assert isinstance(error, RateLimitError)
        assert error.reset_at.timestamp() == NOW + 90
        assert fake_time.sleeps == []
        assert len(server.requests) == 1

    def test_honours_a_lower_max_retry_wait(self, server, fake_time):
        error = leave(server, fake_time,
                      envelope(429, "Rate limit exceeded. Try again later.", rate_limit_headers(0, int(NOW) + 30)),
                      max_retry_wait=10)
        assert isinstance(error, RateLimitError)
        assert len(server.requests) == 1

    def test_falls_back_to_the_backoff_when_the_reset_is_past_or_unknown(self, server, fake_time):
        leave(server, fake_time,
              envelope(429, "Rate limit exceeded. Try again later.", rate_limit_headers(0, int(NOW) - 5)),
              envelope(429, "Rate limit exceeded. Try again later."), left(), pacing=False)
        assert [0.375 <= fake_time.sleeps[0] <= 0.5, 0.75 <= fake_time.sleeps[1] <= 1.0] == [True, True]

    def test_gives_up_with_a_rate_limit_error_carrying_the_reset(self, server, fake_time):
        error = leave(server, fake_time,
                      envelope(429, "Rate limit exceeded. Try again later.", rate_limit_headers(0, int(NOW) + 1)))
        assert isinstance(error, RateLimitError)
        assert error.attempts == 3
        assert error.reset_at is not None


class TestTimeouts:
    def test_an_attempt_without_an_answer_is_abandoned_and_retried(self, server, fake_time):
        sent = leave(server, fake_time, HANG, left(), **PATIENT_TIMEOUTS)
        assert sent.data.success is True
        assert sent.attempts >= 2

    def test_every_attempt_timing_out_raises_api_timeout_error(self, server, fake_time):
        error = leave(server, fake_time, HANG, timeout=0.2, max_retries=1)
        assert isinstance(error, APITimeoutError)
        assert str(error) == "No complete response within 0.2 s (timeout, per attempt, after 2 attempts)"
        assert len(server.requests) == 2


class TestARetriedLeaveAnswered404:
    @pytest.mark.parametrize(
        "first", [envelope(500, "Internal server error"), DROP, HANG], ids=["5xx", "connection", "timeout"]
    )
    def test_says_the_first_attempt_may_have_worked(self, server, fake_time, first):
        error = leave(server, fake_time, first, envelope(404, NOT_MEMBER), **PATIENT_TIMEOUTS)
        assert isinstance(error, NotFoundError)
        assert error.may_have_succeeded_earlier is True
        assert error.attempts >= 2
        assert str(error) == (
            f"{NOT_MEMBER} (HTTP 404, after {error.attempts} attempts). An earlier attempt's outcome is unknown, "
            "so it may have succeeded"
        )

    def test_not_after_a_429_which_the_service_refused_before_acting(self, server, fake_time):
        error = leave(server, fake_time, envelope(429, "Rate limit exceeded. Try again later."),
                      envelope(404, NOT_MEMBER))
        assert error.may_have_succeeded_earlier is False

    def test_not_on_a_first_attempt(self, server, fake_time):
        error = leave(server, fake_time, envelope(404, NOT_MEMBER))
        assert error.may_have_succeeded_earlier is False
        assert str(error) == f"{NOT_MEMBER} (HTTP 404)"

    def test_other_errors_after_an_unknown_outcome_stay_as_they_are(self, server, fake_time):
        error = leave(server, fake_time, envelope(500, "Internal server error"), envelope(401, "Invalid token"))
        assert type(error) is AuthenticationError
        assert str(error) == "Invalid token (HTTP 401, after 2 attempts)"
