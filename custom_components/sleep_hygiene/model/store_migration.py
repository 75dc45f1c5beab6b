"""The night log's stored format, version by version, and the migrations between them.

Pure Python (no Home Assistant import); runs in the executor, so a long history never holds up
the event loop.

Version 1.1 (0.1.0): ``{"nights": {"YYYY-MM-DD": record}, "state": {...}}``; a record is
``NightRecord.as_dict()`` with ``check_in`` = ``{"answers", "notes", "source", "logged_at"}``
and ``edits`` = ``[]``.

Version 1.2: a check-in also has ``started_at`` (when its first answer came; a phone check-in
is answered one question at a time), and each item of ``edits`` is a replaced check-in with
``replaced_at``. Only keys were added, so 1.1 code can still read it: a minor version.
"""

from __future__ import annotations

from typing import Any, Final

MAJOR_VERSION: Final = 1
MINOR_VERSION: Final = 2


def migrate(major: int, minor: int, data: dict[str, Any]) -> dict[str, Any]:
    """Return ``data`` of version ``major.minor`` in the current format.

    A newer minor version is returned as it is (its extra keys are kept); a newer major version
    cannot be read and raises NotImplementedError, which is Home Assistant's Store contract.
    """
    if major != MAJOR_VERSION:
        raise NotImplementedError(f"night log version {major}.{minor} is not known")
    if minor < 2:
        data = _to_1_2(data)
    return data


def _to_1_2(data: dict[str, Any]) -> dict[str, Any]:
    nights: dict[str, dict[str, Any]] = {}
    for key, stored in data["nights"].items():
        record = {"night": key} | stored
        if (check_in := record.get("check_in")) is not None:
            # The first answer's time was not kept: the last one is the best known.
            record["check_in"] = {"started_at": check_in.get("logged_at")} | check_in
        record["edits"] = [{"replaced_at": None} | edit for edit in record.get("edits", [])]
        nights[key] = record
    return {"nights": nights, "state": dict(data.get("state", {}))}
