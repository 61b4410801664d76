"""Every example runs against the sandbox, as a user would run it, and reaches it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .sandbox import Sandbox
from .waiting import WAIT_DEADLINE_SECONDS

PACKAGE = Path(__file__).parents[1]
EXAMPLES = sorted((PACKAGE / "examples").glob("*.py"))
TOKEN = "sandbox-token-my-instance"


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox() as running:
        yield running


def requests_seen(sandbox: Sandbox) -> int:
    """Requests the sandbox counted since its reset, from every token's bucket."""
    rate_limit = sandbox.state()["rateLimit"]
    return sum(rate_limit["limit"] - bucket["remaining"] for bucket in rate_limit["buckets"])


def test_there_are_examples():
    assert len(EXAMPLES) >= 5


def run_example_against_sandbox(sandbox: Sandbox, example: Path) -> None:
    """Runs ``example`` against a freshly reset sandbox; it must succeed and reach the sandbox."""
    sandbox.reset()
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PACKAGE / "src"),
        "RYZEAPI_TOKEN": TOKEN,
        "RYZEAPI_BASE_URL": sandbox.url,
    }
    result = subprocess.run(
        [sys.executable, str(example)], env=environment, capture_output=True, text=True,
        timeout=WAIT_DEADLINE_SECONDS,
    )
    assert result.returncode == 0, result.stderr
    assert requests_seen(sandbox) > 0, f"{example.name} sent nothing to the sandbox"
    assert TOKEN not in result.stdout + result.stderr


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.name for example in EXAMPLES])
def test_the_example_runs_and_reaches_the_sandbox(sandbox, example):
    run_example_against_sandbox(sandbox, example)


def test_an_example_that_sends_nothing_fails(sandbox, tmp_path):
    """leave_group.py with its call swapped for a stub that answers without the network."""
    source = (PACKAGE / "examples" / "leave_group.py").read_text()
    call = "client.groups.leave("
    assert call in source
    broken = tmp_path / "leave_group.py"
    stub = (
        "def stub_leave(*_args, **_kwargs):\n"
        "    return type('Left', (), {'message': 'Left', 'group_jid': '120363406289005073@g.us'})\n\n\n"
    )
    broken.write_text(stub + source.replace(call, "stub_leave("))
    with pytest.raises(AssertionError, match="leave_group.py sent nothing to the sandbox"):
        run_example_against_sandbox(sandbox, broken)
