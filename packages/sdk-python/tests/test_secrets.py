import asyncio
import logging
import pickle
import traceback

import pytest

from ryzeapi import AsyncRyze, InvalidInputError, Ryze, RyzeError

from .cancelling import cancel_when
from .loopback import Reply, envelope

TOKEN = "sk-secret-token-1234567890"


def renderings(value, with_locals=True):
    """Every way a value is commonly shown: str, repr, its traceback and, ``with_locals``, the
    locals of every frame of it (as pytest --showlocals or an error tracker shows them)."""
    texts = [str(value), repr(value)]
    if isinstance(value, BaseException):
        texts.append("".join(traceback.format_exception(value)))
        if with_locals:
            trace = traceback.TracebackException.from_exception(value, capture_locals=True)
            texts.append("".join(trace.format()))
    return texts


def test_the_token_is_sent_only_in_a_header_never_in_the_url(server):
    server.replies.append(Reply(200, b'{"success": true, "message": "m", "groupJid": "1@g.us"}'))
    Ryze(token=TOKEN, base_url=server.url).groups.leave("i", identifier="ABC123XYZ")
    assert TOKEN not in server.requests[0].target
    assert server.requests[0].headers["token"] == TOKEN


def test_the_client_never_shows_it():
    for client in (Ryze(token=TOKEN), AsyncRyze(token=TOKEN)):
        for text in renderings(client) + renderings(client._auth) + [str(vars(client))]:
            assert TOKEN not in text
        with pytest.raises(TypeError):
            pickle.dumps(client)


@pytest.mark.parametrize(
    "reply", [envelope(401, "Invalid token"), Reply(drop=True), Reply(hang=True)],
    ids=["an HTTP error", "a connection error", "a timeout"],
)
def test_no_error_shows_it_nor_do_the_logs(server, caplog, reply):
    server.replies.append(reply)
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(RyzeError) as error:
            Ryze(token=TOKEN, base_url=server.url, max_retries=0, timeout=0.2).groups.leave(
                "i", identifier="ABC123XYZ"
            )
    for text in renderings(error.value) + [caplog.text]:
        assert TOKEN not in text


def test_a_cancelled_async_call_does_not_show_it(server):
    server.replies.append(Reply(hang=True))

    call = AsyncRyze(token=TOKEN, base_url=server.url).groups.leave("i", identifier="ABC123XYZ")
    for text in renderings(asyncio.run(cancel_when(lambda: bool(server.requests), call))):
        assert TOKEN not in text


@pytest.mark.parametrize(
    "token,problem",
    [
        ("", "is empty"),
        (f"{TOKEN}\r\nX-Injected: 1", "contains a line break (CR or LF)"),
        (f" {TOKEN}", "has surrounding whitespace"),
        (f"{TOKEN}\u0100", "has a character HTTP headers cannot carry"),
        (12345, "is a int, not a str"),
    ],
)
def test_a_token_that_cannot_be_sent_is_refused_naming_the_problem_but_not_the_token(token, problem):
    with pytest.raises(InvalidInputError) as error:
        Ryze(token=token)
    assert str(error.value) == f"The token {problem} (value hidden: header values may be secret)"
    # Without locals: the caller's own frame holds the token it passed.
    for text in renderings(error.value, with_locals=False):
        assert TOKEN not in text


def test_a_header_value_that_cannot_be_sent_is_refused_without_quoting_it(server):
    with pytest.raises(InvalidInputError) as error:
        Ryze(token="t", base_url=server.url).groups.leave(
            "i", identifier="ABC123XYZ", extra_headers={"Authorization": f"Bearer {TOKEN}\n"}
        )
    assert "line break" in str(error.value)
    assert TOKEN not in str(error.value)
    assert server.requests == []
