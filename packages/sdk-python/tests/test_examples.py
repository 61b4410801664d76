"""Every example runs against the sandbox, as a user would run it, and reaches it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .sandbox import Sandbox

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


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.name for example in EXAMPLES])
def test_the_example_runs_and_reaches_the_sandbox(sandbox, example):
    sandbox.reset()
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PACKAGE / "src"),
        "RYZEAPI_TOKEN": TOKEN,
        "RYZEAPI_BASE_URL": sandbox.url,
    }
    result = subprocess.run(
        [sys.executable, str(example)], env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert requests_seen(sandbox) > 0, f"{example.name} sent nothing to the sandbox"
    assert TOKEN not in result.stdout + result.stderr
