"""The identifier table every SDK's tests read (packages/contract-tests/tables)."""

import json
from pathlib import Path
from typing import Any, List, Tuple

_TABLE = json.loads(
    (Path(__file__).parents[2] / "contract-tests/tables/identifier-normalization.json").read_text("utf-8")
)


def _input(entry: Any) -> Any:
    return entry["given"] * entry["repeat"] if "repeat" in entry else entry["given"]


ACCEPTED: List[Tuple[str, dict]] = [(entry["given"], entry["want"]) for entry in _TABLE["accepted"]]
REJECTED: List[Tuple[str, Any]] = [(entry["why"], _input(entry)) for entry in _TABLE["rejected"]]
