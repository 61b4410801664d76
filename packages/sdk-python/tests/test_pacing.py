import pytest

from ryzeapi import RateLimit, RateLimitError, Ryze
from ryzeapi._pacing import FIRST_RESPONSE_POLL, Bucket

from .fake_time import NOW
from .loopback import envelope, left, rate_limit_headers

RESET = int(NOW) + 30


class TestBucket:
    def test_until_a_first_attempt_ends_one_request_goes_out_at_a_time(self):
        bucket = Bucket()
        assert [bucket.take(NOW), bucket.take(NOW)] == [0, FIRST_RESPONSE_POLL]
        bucket.update(RateLimit(limit=100, remaining=99, reset=RESET))
        assert [bucket.take(NOW), bucket.take(NOW)] == [0, 0]

    def test_a_server_without_rate_limit_headers_is_not_paced_after_its_first_answer(self):
        bucket = Bucket()
        bucket.take(NOW)
        bucket.update(None)
        assert [bucket.take(NOW) for _ in range(5)] == [0] * 5

    def test_known_empty_waits_until_the_reset(self):
        bucket = Bucket()
        bucket.update(RateLimit(limit=100, remaining=0, reset=RESET))
        assert bucket.take(NOW) == 30
        assert bucket.take(RESET) == 0

    def test_each_request_sent_takes_one_so_concurrent_calls_do_not_all_spend_the_last(self):
        bucket = Bucket()
        bucket.update(RateLimit(limit=100, remaining=2, reset=RESET))
        assert [bucket.take(NOW), bucket.take(NOW), bucket.take(NOW)] == [0, 0, 30]

    def test_a_new_window_starts_with_the_last_known_limit(self):
        bucket = Bucket()
        bucket.update(RateLimit(limit=2, remaining=0, reset=RESET))
        assert [bucket.take(RESET), bucket.take(RESET)] == [0, 0]
        # Used up before a response told the new window's reset: wait for one.
        assert bucket.take(RESET) == FIRST_RESPONSE_POLL
        bucket.update(RateLimit(limit=2, remaining=0, reset=RESET + 60))
        assert bucket.take(RESET) == 60

    def test_requests_in_flight_at_a_reset_count_as_taken_from_the_new_window(self):
        bucket = Bucket()
        bucket.update(RateLimit(limit=3, remaining=2, reset=RESET))
        assert [bucket.take(NOW), bucket.take(NOW), bucket.take(NOW)] == [0, 0, 30]
        # Two requests still out at the reset may land in the new window: one unit is left.
        assert [bucket.take(RESET), bucket.take(RESET)] == [0, FIRST_RESPONSE_POLL]

    def test_within_a_window_the_lowest_remaining_wins_and_an_older_window_changes_nothing(self):
        bucket = Bucket()
        bucket.update(RateLimit(limit=100, remaining=0, reset=RESET))
        bucket.update(RateLimit(limit=100, remaining=5, reset=RESET))
        bucket.update(RateLimit(limit=100, remaining=50, reset=RESET - 60))
        assert bucket.take(NOW) == 30


def paced_client(server, fake_time, **options):
    client = Ryze(token="t", base_url=server.url, **options)
    fake_time.install(client)
    return client


def test_a_call_waits_for_the_reset_instead_of_sending_into_an_empty_bucket(server, fake_time):
    server.replies.extend([left(rate_limit_headers(0, RESET)), left(rate_limit_headers(99, RESET + 60))])
    client = paced_client(server, fake_time)
    client.groups.leave("i", identifier="ABC123XYZ")
    assert fake_time.sleeps == []
    sent = client.groups.leave_with_response("i", identifier="ABC123XYZ")
    assert fake_time.sleeps == [30]
    assert (len(server.requests), sent.attempts) == (2, 1)


def test_an_empty_bucket_beyond_max_retry_wait_fails_at_once_sending_nothing(server, fake_time):
    server.replies.append(left(rate_limit_headers(0, int(NOW) + 120)))
    client = paced_client(server, fake_time)
    client.groups.leave("i", identifier="ABC123XYZ")
    with pytest.raises(RateLimitError) as error:
        client.groups.leave("i", identifier="ABC123XYZ")
    assert (error.value.attempts, len(server.requests), fake_time.sleeps) == (0, 1, [])
    assert error.value.reset_at.timestamp() == NOW + 120
    assert "nothing was sent" in str(error.value)


def test_error_responses_update_the_bucket_too(server, fake_time):
    server.replies.extend([envelope(404, "Group not found or you are not a member of this group",
                                    rate_limit_headers(0, RESET)), left()])
    client = paced_client(server, fake_time)
    with pytest.raises(Exception):
        client.groups.leave("i", identifier="ABC123XYZ")
    client.groups.leave("i", identifier="ABC123XYZ")
    assert fake_time.sleeps == [30]


def test_with_pacing_off_the_call_is_sent_and_its_429_retried(server, fake_time):
    server.replies.extend([
        left(rate_limit_headers(0, RESET)),
        envelope(429, "Rate limit exceeded. Try again later.", rate_limit_headers(0, RESET)),
        left(),
    ])
    client = paced_client(server, fake_time, pacing=False)
    client.groups.leave("i", identifier="ABC123XYZ")
    client.groups.leave("i", identifier="ABC123XYZ")
    assert (len(server.requests), fake_time.sleeps) == (3, [30])
