"""The SDK's version, as installed (or as the workspace's package.json says, from a checkout)."""

import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    try:
        return version("ryzeapi")
    except PackageNotFoundError:
        # Run from the source tree (the tests): the version is the one package.json holds.
        package_json = Path(__file__).resolve().parents[2] / "package.json"
        return str(json.loads(package_json.read_text(encoding="utf-8"))["version"])


__version__ = _version()
