"""The bundled spec's response examples, read from the @ryzeapi/openapi workspace package."""

import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

_SPEC = Path(__file__).parent.parent / "node_modules/@ryzeapi/openapi/dist/openapi.dereferenced.json"


def leave_group_examples() -> List[Tuple[int, str, Dict[str, Any]]]:
    """(status, example name, body) of every documented response of leaveGroup."""
    spec = json.loads(_SPEC.read_text(encoding="utf-8"))
    responses = spec["paths"]["/api/group/leave/{instance}"]["delete"]["responses"]
    return [
        (int(status), name, example["value"])
        for status, response in responses.items()
        for name, example in response["content"]["application/json"]["examples"].items()
    ]
