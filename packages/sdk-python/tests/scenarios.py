"""The shared Leave Group scenarios (packages/contract-tests/scenarios/leave-group.json), run by
this SDK: each leave step by a new client with the step's token and options, each expectation
checked on what the SDK returned or raised."""

import json
from pathlib import Path
from typing import Any, Dict, List

from ryzeapi import APIStatusError, Ryze

from .sandbox import Sandbox

SCENARIO_FILE = Path(__file__).parents[2] / "contract-tests/scenarios/leave-group.json"


def load_scenarios() -> Dict[str, Any]:
    return json.loads(SCENARIO_FILE.read_text(encoding="utf-8"))


def client_options(options: Dict[str, Any]) -> Dict[str, Any]:
    """The scenario file's client options (TypeScript names) as this SDK's keyword arguments."""
    mapped: Dict[str, Any] = {}
    for name, value in options.items():
        if name == "maxRetries":
            mapped["max_retries"] = value
        elif name == "maxRetryWaitMs":
            mapped["max_retry_wait"] = value / 1000
        elif name == "pacing":
            mapped["pacing"] = value
        elif name == "authScheme":
            mapped["auth_scheme"] = {"token-header": "token", "bearer": "bearer"}[value]
        else:
            raise ValueError(f"The scenario file has a client option this runner does not know: {name}")
    return mapped


def run_scenario(sandbox: Sandbox, defaults: Dict[str, Any], scenario: Dict[str, Any]) -> None:
    """Runs one scenario's steps in order; raises AssertionError at the first unmet expectation."""
    sandbox.reset(scenario.get("sandbox"))
    for number, step in enumerate(scenario["steps"], start=1):
        where = f"{scenario['name']}, step {number}"
        if "control" in step:
            control = step["control"]
            sandbox.control(control["method"], control["path"], control.get("body"))
        elif "expectState" in step:
            check_state(sandbox, step["expectState"], where)
        else:
            check_leave(sandbox, defaults, step["leave"], step["expect"], where)


def check_leave(sandbox: Sandbox, defaults: Dict[str, Any], leave: Dict[str, Any],
                expect: Dict[str, Any], where: str) -> None:
    options = client_options({**defaults["client"], **leave.get("client", {})})
    with Ryze(token=leave.get("token", defaults["token"]), base_url=sandbox.url, **options) as client:
        try:
            sent = client.groups.leave_with_response(
                leave.get("instance", defaults["instance"]), identifier=leave["identifier"]
            )
        except APIStatusError as error:
            check_error(error, expect, where)
            return
    assert "body" in expect, f"{where}: expected {expect['error']['class']}, got a success"
    assert sent.response.status_code == expect["status"], where
    assert sent.data.to_dict() == expect["body"], where
    check_common(sent.attempts, sent.rate_limit, sent.response.headers, expect, where)


def check_error(error: APIStatusError, expect: Dict[str, Any], where: str) -> None:
    wanted = expect.get("error")
    assert wanted is not None, f"{where}: expected a success, got {type(error).__name__}: {error}"
    assert type(error).__name__ == wanted["class"], f"{where}: got {type(error).__name__}: {error}"
    assert error.status_code == expect["status"], where
    assert wanted["message"] in str(error), f"{where}: {str(error)!r} lacks {wanted['message']!r}"
    if "mayHaveSucceededEarlier" in wanted:
        assert getattr(error, "may_have_succeeded_earlier") is wanted["mayHaveSucceededEarlier"], where
    check_common(error.attempts, error.rate_limit, error.headers, expect, where)


def check_common(attempts: int, rate_limit: Any, headers: Any, expect: Dict[str, Any], where: str) -> None:
    if "attempts" in expect:
        assert attempts == expect["attempts"], f"{where}: {attempts} attempts"
    wanted = expect.get("rateLimit")
    if wanted is not None:
        assert rate_limit is not None, f"{where}: no rate limit reported"
        assert (rate_limit.limit, rate_limit.remaining) == (wanted["limit"], wanted["remaining"]), where
        if wanted.get("resetAtFromHeader"):
            assert rate_limit.reset == int(headers["X-RateLimit-Reset"]), where


def check_state(sandbox: Sandbox, expected: Dict[str, Any], where: str) -> None:
    instances: List[Dict[str, Any]] = sandbox.state()["instances"]
    groups = next(i["groups"] for i in instances if i["name"] == expected["instance"])
    for jid in expected.get("memberOf", []):
        assert jid in groups, f"{where}: {expected['instance']} should still be in {jid}"
    for jid in expected.get("notMemberOf", []):
        assert jid not in groups, f"{where}: {expected['instance']} should have left {jid}"
