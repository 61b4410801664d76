"""Prints a wheel's or an sdist's files and core metadata as JSON, read with Python's own
zipfile, tarfile and email parser (the formats are Python's; Node has no reader for zip)."""

import base64
import email
import json
import sys
import tarfile
import zipfile


def members(path):
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as wheel:
            for info in wheel.infolist():
                if not info.is_dir():
                    yield info.filename, wheel.read(info)
    else:
        with tarfile.open(path, "r:gz") as sdist:
            for info in sdist.getmembers():
                if info.isfile():
                    # Without the sdist's top folder (name-version/), as a package's files are shown.
                    yield info.name.split("/", 1)[1], sdist.extractfile(info).read()


files = sorted(members(sys.argv[1]))
metadata_text = next(
    data for name, data in files if name.endswith(".dist-info/METADATA") or name == "PKG-INFO"
).decode("utf-8")
message = email.message_from_string(metadata_text)
metadata = {}
for key, value in message.items():
    metadata.setdefault(key, []).append(value)
json.dump(
    {
        "files": [{"path": name, "data": base64.b64encode(data).decode()} for name, data in files],
        "metadata": metadata,
        "description": message.get_payload(),
    },
    sys.stdout,
)
