"""Every shared Leave Group scenario, against a sandbox started for the run."""

import copy

import pytest

from .sandbox import Sandbox
from .scenarios import load_scenarios, run_scenario

SCENARIOS = load_scenarios()
# The names of the scenarios that passed in this run, checked against the file at the end.
PASSED = []


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox() as running:
        yield running


@pytest.mark.parametrize(
    "scenario", SCENARIOS["scenarios"], ids=[scenario["name"] for scenario in SCENARIOS["scenarios"]]
)
def test_scenario(sandbox, scenario):
    run_scenario(sandbox, SCENARIOS["defaults"], scenario)
    PASSED.append(scenario["name"])


def test_the_scenarios_that_passed_are_exactly_the_file_s_list():
    names = [scenario["name"] for scenario in load_scenarios()["scenarios"]]
    assert len(set(names)) == len(names), "scenario names must be unique"
    assert sorted(PASSED) == sorted(names)
    print(f"Scenarios against the sandbox: {len(PASSED)}/{len(names)} passed")


def test_the_runner_fails_a_scenario_whose_expectation_the_sdk_does_not_meet(sandbox):
    leave_again = next(s for s in SCENARIOS["scenarios"] if any(
        step.get("expect", {}).get("error", {}).get("class") == "NotFoundError" for step in s["steps"]
    ))
    broken = copy.deepcopy(leave_again)
    for step in broken["steps"]:
        error = step.get("expect", {}).get("error")
        if error is not None:
            error["message"] = "a message the sandbox never sends"
    with pytest.raises(AssertionError, match="lacks 'a message the sandbox never sends'"):
        run_scenario(sandbox, SCENARIOS["defaults"], broken)
