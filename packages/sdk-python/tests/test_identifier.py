import pytest

from ryzeapi import GroupIdentifier, InvalidInputError, Ryze, parse_group_identifier

from .identifier_table import ACCEPTED, REJECTED
from .loopback import left

FORMS = "a group JID (…@g.us), an invite code or link (https://chat.whatsapp.com/<code>)"


@pytest.mark.parametrize("given,want", ACCEPTED, ids=[repr(given) for given, _ in ACCEPTED])
def test_accepts_the_three_forms_and_normalizes_them(given, want):
    assert parse_group_identifier(given) == GroupIdentifier(want["kind"], want["identifier"], want.get("code"))


@pytest.mark.parametrize("given", [given for _, given in REJECTED], ids=[why for why, _ in REJECTED])
def test_refuses_with_invalid_input_error(given):
    with pytest.raises(InvalidInputError):
        parse_group_identifier(given)


def test_says_what_was_wrong_shows_the_value_and_the_accepted_forms():
    with pytest.raises(InvalidInputError) as look_alike:
        parse_group_identifier("https://chat.whatsapp.com.evil.example/ABC")
    assert str(look_alike.value) == (
        f'The identifier "https://chat.whatsapp.com.evil.example/ABC" is none of {FORMS}'
    )
    with pytest.raises(InvalidInputError, match="^The identifier is empty: pass a group JID"):
        parse_group_identifier("  ")
    with pytest.raises(InvalidInputError, match="^The identifier is a NoneType: pass"):
        parse_group_identifier(None)


def test_shortens_a_long_value_in_the_message():
    with pytest.raises(InvalidInputError) as error:
        parse_group_identifier("x" * 100_000)
    assert str(error.value) == f'The identifier "{"x" * 100}…" is none of {FORMS}'


@pytest.mark.parametrize(
    "given,query",
    [
        ("120363406289005073@g.us", "identifier=120363406289005073%40g.us"),
        ("ABC123XYZ", "identifier=ABC123XYZ"),
        (
            "http://www.chat.whatsapp.com/invite/Fh3t6gXkPz1B7nY2JqL0Ao/?mode=gi_t",
            "identifier=https%3A%2F%2Fchat.whatsapp.com%2FFh3t6gXkPz1B7nY2JqL0Ao",
        ),
    ],
)
def test_leave_sends_the_normalized_identifier_percent_encoded(server, given, query):
    server.replies.append(left())
    Ryze(token="t", base_url=server.url).groups.leave("i", identifier=given)
    assert server.requests[0].target == f"/api/group/leave/i?{query}"


@pytest.mark.parametrize("given", [given for _, given in REJECTED], ids=[why for why, _ in REJECTED])
def test_leave_refuses_without_sending_a_request(server, given):
    server.replies.append(left())
    with pytest.raises(InvalidInputError):
        Ryze(token="t", base_url=server.url).groups.leave("i", identifier=given)
    assert server.requests == []
