"""Times Leave Group over HTTP from Python: raw httpx next to the ryzeapi SDK, in one process,
against the URL given. Prints the figures as one JSON object on stdout.

Usage: leave_bench.py URL WARMUP_MS RUNS RUN_MS
"""

import json
import sys
import time
from typing import Callable, Dict, List

import httpx

from ryzeapi import Ryze

TOKEN = "bench-token"
INSTANCE = "my-instance"
IDENTIFIER = "120363406289005073@g.us"


def contenders(url: str) -> Dict[str, Callable[[], object]]:
    """Each contender leaves once per call and checks the answer, as a caller would."""
    raw = httpx.Client(timeout=30.0)
    sdk = Ryze(token=TOKEN, base_url=url)

    def raw_httpx() -> object:
        response = raw.delete(
            f"{url}/api/group/leave/{INSTANCE}", params={"identifier": IDENTIFIER},
            headers={"token": TOKEN},
        )
        body = response.json()
        if response.status_code != 200 or body.get("success") is not True:
            raise RuntimeError(f"raw httpx got HTTP {response.status_code}")
        return body

    def ryzeapi_sdk() -> object:
        return sdk.groups.leave(INSTANCE, identifier=IDENTIFIER)

    return {"raw httpx": raw_httpx, "ryzeapi": ryzeapi_sdk}


def run_for(operation: Callable[[], object], milliseconds: float) -> Dict[str, float]:
    """Calls ``operation`` back to back for ``milliseconds``: requests per second and CPU per request."""
    count = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    deadline = started + milliseconds / 1000
    while time.perf_counter() < deadline:
        operation()
        count += 1
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {"perSecond": count / elapsed, "cpuMicrosPerOperation": cpu / count * 1e6}


def main(url: str, warmup_ms: float, runs: int, run_ms: float) -> None:
    cases = contenders(url)
    for operation in cases.values():
        run_for(operation, warmup_ms)
    names = list(cases)
    results: Dict[str, List[Dict[str, float]]] = {name: [] for name in names}
    for run in range(runs):
        # Alternate and rotate the order, so that a slow moment does not fall on one contender.
        for name in names[run % len(names):] + names[: run % len(names)]:
            results[name].append(run_for(cases[name], run_ms))
    json.dump({"contenders": names, "runs": results}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))
