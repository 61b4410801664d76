import logging

import httpx
import pytest

import asyncio

from ryzeapi import (
    SDK_USER_AGENT,
    AsyncRyze,
    InvalidInputError,
    LeaveGroupResponse,
    RedirectError,
    Ryze,
    __version__,
)

from .loopback import LEFT, LoopbackServer, Reply, left, rate_limit_headers


def test_leave_sends_delete_with_the_identifier_in_the_query_and_the_token_in_its_header(server):
    server.replies.append(left())
    data = Ryze(token="tok", base_url=server.url).groups.leave(
        "my-instance", identifier="120363406289005073@g.us"
    )
    assert data == LeaveGroupResponse.from_dict(LEFT)
    (request,) = server.requests
    assert (request.method, request.target) == (
        "DELETE", "/api/group/leave/my-instance?identifier=120363406289005073%40g.us"
    )
    assert request.headers["token"] == "tok"
    assert "authorization" not in request.headers
    assert request.headers["user-agent"] == f"ryzeapi-python/{__version__}"


def test_leave_with_response_also_returns_the_rate_limit_the_response_and_the_attempts(server):
    server.replies.append(left(rate_limit_headers(remaining=99, reset=1_767_225_660)))
    sent = Ryze(token="t", base_url=server.url).groups.leave_with_response("i", identifier="ABC123XYZ")
    assert sent.data.group_jid == "120363406289005073@g.us"
    assert (sent.rate_limit.limit, sent.rate_limit.remaining, sent.rate_limit.reset) == (100, 99, 1_767_225_660)
    assert sent.rate_limit.reset_at.isoformat() == "2026-01-01T00:01:00+00:00"
    assert sent.response.status_code == 200
    assert sent.attempts == 1


def test_the_bearer_scheme_sends_authorization_instead(server):
    server.replies.append(left())
    Ryze(token="tok", base_url=server.url, auth_scheme="bearer").groups.leave("i", identifier="ABC123XYZ")
    assert server.requests[0].headers["authorization"] == "Bearer tok"
    assert "token" not in server.requests[0].headers


def test_per_call_and_default_headers_are_sent_but_never_replace_the_token(server):
    server.replies.append(left())
    client = Ryze(token="tok", base_url=server.url, default_headers={"X-App": "a", "token": "other"},
                  user_agent="my-app/1.2")
    client.groups.leave("i", identifier="ABC123XYZ", extra_headers={"Prefer": "code=200"})
    headers = server.requests[0].headers
    assert (headers["x-app"], headers["prefer"], headers["token"]) == ("a", "code=200", "tok")
    assert headers["user-agent"] == f"my-app/1.2 {SDK_USER_AGENT}"


def test_the_token_and_the_base_url_come_from_the_environment_by_default(server, monkeypatch):
    monkeypatch.setenv("RYZEAPI_TOKEN", "from-env")
    monkeypatch.setenv("RYZEAPI_BASE_URL", server.url)
    server.replies.append(left())
    Ryze().groups.leave("i", identifier="ABC123XYZ")
    assert server.requests[0].headers["token"] == "from-env"


def test_without_a_token_the_client_says_how_to_give_one():
    with pytest.raises(InvalidInputError, match="No token: pass token=... .* or set the RYZEAPI_TOKEN"):
        Ryze()


def test_the_default_base_url_is_the_service():
    assert Ryze(token="t").base_url == "https://ryzeapi.cloud"


@pytest.mark.parametrize(
    "options,message",
    [
        ({"base_url": "ryzeapi.cloud"}, "The base_url 'ryzeapi.cloud' is not an http(s) URL like https://ryzeapi.cloud"),
        ({"base_url": "ftp://ryzeapi.cloud"}, "The base_url 'ftp://ryzeapi.cloud' is not an http(s) URL"),
        ({"base_url": "https://"}, "The base_url 'https://' is not an http(s) URL"),
        ({"base_url": "http://ryze api.cloud"}, "The base_url 'http://ryze api.cloud' is not an http(s) URL"),
        ({"base_url": "https://ryzeapi.cloud/?token=x"}, "is not an http(s) URL"),
        ({"max_retries": -1}, "max_retries must be an integer from 0, got -1"),
        ({"max_retries": 1.5}, "max_retries must be an integer from 0, got 1.5"),
        ({"timeout": 0}, "timeout must be a positive, finite number of seconds, got 0"),
        ({"timeout": float("inf")}, "timeout must be a positive, finite number of seconds, got inf"),
        ({"max_retry_wait": float("nan")}, "max_retry_wait must be a positive, finite number of seconds, got nan"),
        ({"auth_scheme": "basic"}, "The auth_scheme 'basic' is not one of 'token', 'bearer'"),
        ({"user_agent": "my app\r\nX: 1"}, "The user_agent contains a line break"),
    ],
)
def test_the_client_checks_its_options(options, message):
    with pytest.raises(InvalidInputError) as error:
        Ryze(token="t", **options)
    assert message in str(error.value)


def test_a_base_url_with_credentials_is_refused_without_showing_them():
    with pytest.raises(InvalidInputError) as error:
        Ryze(token="t", base_url="http://user:pw@127.0.0.1:9")
    assert "carries credentials" in str(error.value)
    assert "pw" not in str(error.value)


def test_per_call_options_are_checked_before_sending(server):
    server.replies.append(left())
    with pytest.raises(InvalidInputError, match="timeout must be a positive"):
        Ryze(token="t", base_url=server.url).groups.leave("i", identifier="ABC123XYZ", timeout=-5)
    assert server.requests == []


def test_a_redirect_is_never_followed_and_names_its_target_without_the_query(server):
    with LoopbackServer() as elsewhere:
        elsewhere.replies.append(left())
        server.replies.append(Reply(302, b"", {"Location": f"{elsewhere.url}/steal?code=secret"}))
        with pytest.raises(RedirectError) as error:
            Ryze(token="tok", base_url=server.url).groups.leave("i", identifier="ABC123XYZ")
        assert elsewhere.requests == []
    assert error.value.status_code == 302
    assert error.value.location == f"{elsewhere.url}/steal"
    assert "secret" not in str(error.value)
    assert len(server.requests) == 1


def test_a_given_http_client_that_follows_redirects_still_does_not(server):
    server.replies.append(Reply(307, b"", {"Location": "http://127.0.0.1:9/elsewhere"}))
    client = Ryze(token="t", base_url=server.url, http_client=httpx.Client(follow_redirects=True))
    with pytest.raises(RedirectError):
        client.groups.leave("i", identifier="ABC123XYZ")


def test_the_client_is_a_context_manager_that_closes_its_connections(server):
    server.replies.append(left())
    with Ryze(token="t", base_url=server.url) as client:
        client.groups.leave("i", identifier="ABC123XYZ")
    assert client._http.is_closed


def test_debug_logs_show_the_attempts_without_the_query(server, caplog):
    server.replies.append(left())
    with caplog.at_level(logging.DEBUG, logger="ryzeapi"):
        Ryze(token="t", base_url=server.url).groups.leave("i", identifier="ABC123XYZ")
    assert f"DELETE {server.url}/api/group/leave/i: attempt 1" in caplog.messages


def test_the_async_client_leaves_too(server):
    server.replies.append(left())

    async def leave():
        async with AsyncRyze(token="tok", base_url=server.url) as client:
            return await client.groups.leave("i", identifier="ABC123XYZ")

    assert asyncio.run(leave()).success is True
    assert server.requests[0].headers["token"] == "tok"
