import pytest

from ryzeapi import ErrorEnvelope, LeaveGroupResponse
from ryzeapi._generated import leave_group

from .spec_examples import leave_group_examples

EXAMPLES = leave_group_examples()


@pytest.mark.parametrize(
    "status,body", [(s, b) for s, _, b in EXAMPLES], ids=[f"{s}-{n}" for s, n, _ in EXAMPLES]
)
def test_every_documented_example_round_trips_through_its_model(status, body):
    model = LeaveGroupResponse if status == 200 else ErrorEnvelope
    assert model.from_dict(body).to_dict() == body


def test_a_body_of_the_wrong_shape_is_refused():
    with pytest.raises(AssertionError):
        LeaveGroupResponse.from_dict({"success": True, "message": "Left"})


def test_the_operation_table_lists_every_documented_message():
    for status, _, body in EXAMPLES:
        message = body["message"] if status == 200 else body["error"]["message"]
        assert message in leave_group.DOCUMENTED_MESSAGES[status]
    assert leave_group.METHOD == "DELETE"
    assert leave_group.PATH == "/api/group/leave/{instance}"
