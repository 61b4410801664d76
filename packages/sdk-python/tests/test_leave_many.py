from ryzeapi import Ryze

from .loopback import envelope, left


def test_the_sync_client_leaves_in_turn_and_reports_each_outcome_in_order(server, fake_time):
    server.replies.extend([envelope(404, "Group not found or you are not a member of this group"), left()])
    client = Ryze(token="t", base_url=server.url)
    fake_time.install(client)
    progress = []
    outcomes = client.groups.leave_many(
        "i", ["A1", "B2"], on_progress=lambda outcome, done, total: progress.append((done, total))
    )
    assert [(o.identifier, o.ok) for o in outcomes] == [("A1", False), ("B2", True)]
    assert outcomes[0].error.status_code == 404
    assert progress == [(1, 2), (2, 2)]
    assert [request.target for request in server.requests] == [
        "/api/group/leave/i?identifier=A1", "/api/group/leave/i?identifier=B2"
    ]
