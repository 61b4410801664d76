import pytest

from ryzeapi import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Ryze,
)

from .loopback import Reply, envelope, json_reply, rate_limit_headers


def leave(server, *replies):
    server.replies.extend(replies)
    with pytest.raises(APIStatusError) as error:
        Ryze(token="t", base_url=server.url, max_retries=0).groups.leave("i", identifier="ABC123XYZ")
    return error.value


@pytest.mark.parametrize(
    "status,message,error_class",
    [
        (400, "Identifier is required", BadRequestError),
        (401, "Invalid token", AuthenticationError),
        (403, "Not allowed to leave this group", PermissionDeniedError),
        (404, "Group not found or you are not a member of this group", NotFoundError),
        (409, "Conflict", APIStatusError),
        (429, "Rate limit exceeded. Try again later.", RateLimitError),
        (500, "Internal server error", InternalServerError),
        (503, "Instance is not connected to WhatsApp", InternalServerError),
    ],
)
def test_an_http_error_status_becomes_the_error_of_its_family(server, status, message, error_class):
    error = leave(server, envelope(status, message))
    assert type(error) is error_class
    assert str(error) == f"{message} (HTTP {status})"
    assert (error.status_code, error.body, error.attempts) == (
        status, {"success": False, "error": {"message": message}}, 1
    )
    assert (error.method, error.url) == ("DELETE", f"{server.url}/api/group/leave/i")


@pytest.mark.parametrize(
    "reply,message",
    [
        (Reply(502, b"<html><body>Bad gateway</body></html>", {"Content-Type": "text/html"}),
         "Unexpected response body: <html><body>Bad gateway</body></html> (HTTP 502)"),
        (Reply(500, b""), "Empty response body (HTTP 500)"),
        (Reply(400, b'{"success": false, "err'), 'Unexpected response body: {"success": false, "err (HTTP 400)'),
        (json_reply(400, {"success": False, "error": {"message": ""}}),
         'Unexpected response body: {"success": false, "error": {"message": ""}} (HTTP 400)'),
        (json_reply(422, {"type": "x", "title": "Invalid request", "detail": "identifier is required"}),
         "Invalid request: identifier is required (HTTP 422)"),
        (json_reply(404, {"data": "y" * 300}), "Unexpected response body: " + ('{"data": "' + "y" * 300)[:200] + "… (HTTP 404)"),
    ],
)
def test_a_body_that_is_not_the_envelope_still_gives_a_typed_error_with_a_useful_message(server, reply, message):
    assert str(leave(server, reply)) == message


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b'{"success": true, "mess'),
        Reply(200, b"<html></html>", {"Content-Type": "text/html"}),
        Reply(200, b""),
        json_reply(200, {"success": True, "message": "Left"}),
        json_reply(200, {"success": False, "message": "Left", "groupJid": "1@g.us"}),
    ],
    ids=["truncated JSON", "HTML", "no body", "groupJid missing", "success false"],
)
def test_a_200_that_is_not_the_spec_s_body_is_an_api_status_error(server, reply):
    error = leave(server, reply)
    assert type(error) is APIStatusError
    assert error.status_code == 200


def test_errors_carry_the_rate_limit_headers_and_a_429_its_reset(server):
    error = leave(server, envelope(429, "Rate limit exceeded. Try again later.",
                                   rate_limit_headers(remaining=0, reset=1_767_225_660)))
    assert (error.rate_limit.remaining, error.rate_limit.reset) == (0, 1_767_225_660)
    assert error.reset_at.isoformat() == "2026-01-01T00:01:00+00:00"


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "x", "X-RateLimit-Reset": "1"},
     {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "-1", "X-RateLimit-Reset": "1"}],
)
def test_missing_or_invalid_rate_limit_headers_give_none(server, headers):
    error = leave(server, envelope(403, "Not allowed to leave this group", headers))
    assert error.rate_limit is None
