import pytest

from ryzeapi import InvalidInputError, Ryze

from .loopback import left

# Instance names that must never produce a request, each with why.
HOSTILE_INSTANCES = [
    ("empty", ""),
    ("blank", "   "),
    ('"." (the current directory)', "."),
    ('".." (the parent directory)', ".."),
    ("a slash", "a/b"),
    ("a leading slash", "/my-instance"),
    ("a trailing slash", "my-instance/"),
    ("a traversal", "../../api/instance/delete"),
    ("a lone slash", "/"),
    ("a backslash", "a\\b"),
    ("a backslash traversal", "..\\.."),
    ("a lone surrogate (not encodable)", "a\ud800b"),
    ("None", None),
    ("a number", 42),
]


@pytest.mark.parametrize(
    "instance,path",
    [
        ("my-instance", "/api/group/leave/my-instance"),
        ("my instance", "/api/group/leave/my%20instance"),
        ("a?b#c", "/api/group/leave/a%3Fb%23c"),
        ("%2e%2e", "/api/group/leave/%252e%252e"),
        ("%2F", "/api/group/leave/%252F"),
        ("...", "/api/group/leave/..."),
        (".hidden", "/api/group/leave/.hidden"),
        ("v1.2", "/api/group/leave/v1.2"),
        ("ünïcode", "/api/group/leave/%C3%BCn%C3%AFcode"),
        ("a&token=x", "/api/group/leave/a%26token%3Dx"),
    ],
)
def test_the_instance_is_always_exactly_one_path_segment(server, instance, path):
    server.replies.append(left())
    Ryze(token="t", base_url=server.url).groups.leave(instance, identifier="ABC123XYZ")
    assert [request.target for request in server.requests] == [f"{path}?identifier=ABC123XYZ"]


def test_a_base_url_with_a_trailing_slash_or_a_path_prefix_is_kept(server):
    server.replies.append(left())
    Ryze(token="t", base_url=f"{server.url}/").groups.leave("i", identifier="ABC123XYZ")
    Ryze(token="t", base_url=f"{server.url}/ryze").groups.leave("i", identifier="ABC123XYZ")
    assert [request.target for request in server.requests] == [
        "/api/group/leave/i?identifier=ABC123XYZ",
        "/ryze/api/group/leave/i?identifier=ABC123XYZ",
    ]


@pytest.mark.parametrize(
    "instance", [i for _, i in HOSTILE_INSTANCES], ids=[why for why, _ in HOSTILE_INSTANCES]
)
def test_an_instance_that_would_leave_its_segment_is_refused_before_any_request(server, instance):
    server.replies.append(left())
    with pytest.raises(InvalidInputError):
        Ryze(token="t", base_url=server.url).groups.leave(instance, identifier="ABC123XYZ")
    assert server.requests == []


def test_the_refusal_says_why_and_what_to_pass():
    with pytest.raises(InvalidInputError) as error:
        Ryze(token="t").groups.leave("..", identifier="ABC123XYZ")
    assert str(error.value) == (
        'The instance ".." is not one URL path segment: pass a non-blank name, not "." or "..", '
        'without "/" or "\\"'
    )
