"""The stateful sandbox (@ryzeapi/sandbox) started by its CLI on a free port of 127.0.0.1, with
its control API: reset, faults, clock."""

import re
import subprocess
import threading
from pathlib import Path
from typing import Any, List, Optional

import httpx

from .waiting import WAIT_DEADLINE_SECONDS

CLI = Path(__file__).parents[1] / "node_modules/@ryzeapi/sandbox/dist/cli.js"
LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")


class Sandbox:
    """``with Sandbox() as sandbox``: a sandbox process for the tests, stopped on exit."""

    def __init__(self, *options: str) -> None:
        if not CLI.exists():
            raise RuntimeError(f"{CLI} is missing: build the sandbox (pnpm build) first")
        self._process = subprocess.Popen(
            ["node", str(CLI), "--port", "0", *options],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.url = self._read_url()
        self._control = httpx.Client(base_url=f"{self.url}/__sandbox", timeout=WAIT_DEADLINE_SECONDS)

    def _read_url(self) -> str:
        printed: List[str] = []
        assert self._process.stdout is not None
        for line in self._process.stdout:
            printed.append(line)
            found = LISTENING.search(line)
            if found:
                # Keep reading what it prints, so that a full pipe never blocks it.
                threading.Thread(target=self._process.stdout.read, daemon=True).start()
                return found.group(1)
        self._process.wait()
        raise RuntimeError(f"The sandbox exited {self._process.returncode} before listening:\n{''.join(printed)}")

    def reset(self, settings: Optional[dict] = None) -> None:
        """Back to the fixtures; ``settings`` (rateLimit, rateWindowSeconds) for the new world."""
        self._control.post("/reset", json=settings or {}).raise_for_status()

    def control(self, method: str, path: str, body: Any = None) -> Any:
        """A call of the control API (``path`` under ``/__sandbox``), which must answer 2xx."""
        response = self._control.request(
            method, path[len("/__sandbox"):], json=body if body is not None else None
        )
        response.raise_for_status()
        return response.json() if response.content else None

    def fault(self, kind: str, when: str = "before", count: int = 1, delay_ms: Optional[int] = None) -> None:
        fault: dict = {"kind": kind, "when": when, "count": count}
        if delay_ms is not None:
            fault["delayMs"] = delay_ms
        self._control.post("/faults", json=fault).raise_for_status()

    def advance_clock(self, seconds: float) -> None:
        self._control.post("/clock", json={"advanceSeconds": seconds}).raise_for_status()

    def state(self) -> Any:
        return self._control.get("/state").json()

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *_: object) -> None:
        self._control.close()
        self._process.terminate()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
