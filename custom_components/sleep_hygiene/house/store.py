"""The bedroom's night log: one record per night, kept in a versioned Store.

Writes are debounced so a busy night costs one write; a check-in is flushed at once. The history
is never trimmed, so the costly parts stay off the event loop: migrating and parsing run in the
executor, and a save hands the executor a snapshot of records encoded when they changed.
A log that cannot be read is moved aside (never overwritten), and a Repairs issue says so; so
are single nights or restart states that are not in shape, the rest loading as usual.
Controllers keep their restart state (what they did tonight) through ``read_state`` and
``write_state``, each as the typed record ``model/stored_state.py`` describes.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
import json
import os
from typing import Any, Final, TypedDict, cast

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.json import json_bytes
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, LOGGER
from ..model.night import NightRecord, night_of
from ..model.store_migration import MAJOR_VERSION, MINOR_VERSION, migrate
from ..model.stored_state import SHAPE_ERRORS, StoredState, split_state
from ..signals import signal_nights_changed

STORAGE_VERSION: Final = MAJOR_VERSION
STORAGE_MINOR_VERSION: Final = MINOR_VERSION
SAVE_DELAY: Final = 10  # seconds
ISSUE_UNREADABLE: Final = "night_log_unreadable"
ISSUE_LOCKED: Final = "night_log_locked"
ISSUE_PARTS_SET_ASIDE: Final = "night_log_parts_set_aside"
# What a stored log that is not in the shape we wrote raises while it is migrated or parsed.
_UNREADABLE_ERRORS: Final = (
    HomeAssistantError,
    NotImplementedError,
    AttributeError,
    KeyError,
    TypeError,
    ValueError,
)


class StoredData(TypedDict):
    """What is written to disk."""

    nights: dict[str, dict[str, Any]]
    state: dict[str, Any]


class _NightStore(Store[StoredData]):
    """The Store, with the night log's migrations."""

    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: dict[str, Any]
    ) -> StoredData:
        migrated = await self.hass.async_add_executor_job(
            migrate, old_major_version, old_minor_version, old_data
        )
        return cast(StoredData, migrated)


class NightLog:
    """Nights keyed by the evening's ISO date, loaded once and saved with a delay."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Prepare the store for one bedroom."""
        self._hass = hass
        self._entry_id = entry_id
        self._store = _NightStore(
            hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{entry_id}",
            minor_version=STORAGE_MINOR_VERSION,
            # Saves hand over snapshots nothing mutates, so they are serialised off the loop.
            serialize_in_event_loop=False,
        )
        self._nights: dict[date, NightRecord] = {}
        self._sorted: list[NightRecord] = []
        # Each night as stored; replaced (never changed in place) when the night changes.
        self._encoded: dict[str, dict[str, Any]] = {}
        self.state: dict[str, Any] = {}

    async def async_load(self) -> None:
        """Read the stored nights; a log that cannot be read is set aside and reported."""
        try:
            data = await self._store.async_load()
            if data is None:
                return
            parsed = await self._hass.async_add_executor_job(_parse, data)
        except _UNREADABLE_ERRORS as err:
            await self._async_set_aside(err)
            return
        self._encoded = parsed.encoded
        self._sorted = parsed.records
        self._nights = {record.night: record for record in parsed.records}
        self.state = parsed.state
        if parsed.bad_nights or parsed.bad_state:
            await self._async_set_parts_aside(parsed)

    def get(self, night: date) -> NightRecord | None:
        """Return the record of ``night`` if there is one."""
        return self._nights.get(night)

    def records(self) -> list[NightRecord]:
        """Return every record, oldest night first."""
        return list(self._sorted)

    def update(self, night: date, change: Callable[[NightRecord], None]) -> NightRecord:
        """Apply ``change`` to the night's record (made if new), save soon and tell listeners."""
        record = self._nights.get(night)
        if record is None:
            record = NightRecord(night=night)
            change(record)
            self._nights[night] = record
            insort(self._sorted, record, key=night_of)
        else:
            change(record)
        key = night.isoformat()
        # Keys a newer version added are kept.
        encoded = self._encoded.get(key, {}) | record.as_dict()
        if _storable(encoded):
            self._encoded[key] = encoded
        else:
            # One bad record must not stop every later save; its text is never logged.
            LOGGER.error("The night of %s holds data that cannot be saved; it stays as saved", key)
        self.async_schedule_save()
        async_dispatcher_send(self._hass, signal_nights_changed(self._entry_id), night)
        return record

    def read_state[S: StoredState](self, kind: type[S]) -> S | None:
        """Return a controller's restart state (checked when the log was loaded), if any."""
        raw = self.state.get(kind.KEY)
        return None if raw is None else kind.from_dict(raw)

    def write_state(self, kind: type[StoredState], value: StoredState | None) -> None:
        """Keep a controller's restart state (None forgets it); save soon."""
        if value is None:
            self.state.pop(kind.KEY, None)
        else:
            self.state[kind.KEY] = value.as_dict()
        self.async_schedule_save()

    def async_schedule_save(self) -> None:
        """Save within SAVE_DELAY seconds; many changes make one write."""
        snapshot = self._snapshot()
        self._store.async_delay_save(lambda: snapshot, SAVE_DELAY)

    async def async_flush(self) -> None:
        """Write now (a check-in must not wait for the debounce)."""
        await self._store.async_save(self._snapshot())

    async def async_remove(self) -> None:
        """Delete the stored journal (the bedroom was removed)."""
        await self._store.async_remove()

    def _snapshot(self) -> StoredData:
        return {"nights": dict(self._encoded), "state": deepcopy(self.state)}

    async def _async_set_aside(self, err: Exception) -> None:
        """Move the unreadable log out of the way so the bedroom starts, and raise an issue."""
        # Only the kind of error: the message could quote the log, which holds health data.
        error = type(err.__cause__ or err).__name__
        path = self._store.path
        backup = f"{path}.unreadable.{dt_util.utcnow().strftime('%Y%m%dT%H%M%SZ')}"
        try:
            await self._hass.async_add_executor_job(os.replace, path, backup)
        except OSError as move_err:
            # Never overwrite what could not be read: this run saves nothing.
            self._store.make_read_only()
            LOGGER.error(
                "The night log %s could not be read (%s) nor moved aside (%s); "
                "nothing is saved until it is fixed",
                path,
                error,
                type(move_err).__name__,
            )
            self._async_raise_issue(ISSUE_LOCKED, path=path, error=error)
            return
        LOGGER.error(
            "The night log %s could not be read (%s); it was moved to %s and the bedroom "
            "starts with an empty log",
            path,
            error,
            backup,
        )
        self._async_raise_issue(ISSUE_UNREADABLE, path=path, backup=backup, error=error)

    async def _async_set_parts_aside(self, parsed: Parsed) -> None:
        """Keep what is in shape; write the rest beside the log, and say so in Repairs."""
        path = self._store.path
        aside = f"{path}.set_aside.{dt_util.utcnow().strftime('%Y%m%dT%H%M%SZ')}"
        parts = {"nights": parsed.bad_nights, "state": parsed.bad_state}
        try:
            await self._hass.async_add_executor_job(_write_aside, aside, parts)
        except OSError as err:
            # Never lose what could not be set aside: this run saves nothing.
            self._store.make_read_only()
            LOGGER.error(
                "Parts of the night log %s are not in shape and could not be moved aside (%s); "
                "nothing is saved until it is fixed",
                path,
                type(err).__name__,
            )
            self._async_raise_issue(ISSUE_LOCKED, path=path, error=type(err).__name__)
            return
        # Nights by date and controllers by name: what was set aside, never what it held.
        what = [*sorted(parsed.bad_nights), *(f"state {key}" for key in sorted(parsed.bad_state))]
        LOGGER.error(
            "Parts of the night log %s were not in shape and were moved to %s: %s",
            path,
            aside,
            ", ".join(what),
        )
        self._async_raise_issue(
            ISSUE_PARTS_SET_ASIDE,
            path=path,
            backup=aside,
            parts=", ".join(what),
            kept=str(len(parsed.records)),
        )
        # The log on disk no longer holds the parts set aside.
        self.async_schedule_save()

    def _async_raise_issue(self, key: str, **placeholders: str) -> None:
        entry = self._hass.config_entries.async_get_entry(self._entry_id)
        name = self._entry_id if entry is None else entry.title
        ir.async_create_issue(
            self._hass,
            DOMAIN,
            f"{key}_{self._entry_id}",
            is_fixable=False,
            is_persistent=True,
            severity=ir.IssueSeverity.ERROR,
            translation_key=key,
            translation_placeholders={"name": name, **placeholders},
        )


def async_delete_night_log_issues(hass: HomeAssistant, entry_id: str) -> None:
    """Forget a removed bedroom's night-log issues."""
    for key in (ISSUE_UNREADABLE, ISSUE_LOCKED, ISSUE_PARTS_SET_ASIDE):
        ir.async_delete_issue(hass, DOMAIN, f"{key}_{entry_id}")


def _storable(encoded: dict[str, Any]) -> bool:
    """Return True when ``encoded`` can be written as JSON (no lone surrogate, say)."""
    try:
        json_bytes(encoded)
    except (TypeError, ValueError):
        return False
    return True


@dataclass(slots=True)
class Parsed:
    """A stored log, read: what is in shape, and what is set aside."""

    encoded: dict[str, dict[str, Any]]
    records: list[NightRecord]
    state: dict[str, Any]
    bad_nights: dict[str, Any]
    bad_state: dict[str, Any]


def _parse(data: StoredData) -> Parsed:
    """Read every night and each controller's state on its own: one bad part spoils no other."""
    stored = data["nights"]
    if not isinstance(stored, dict):
        raise TypeError("nights must be an object")
    pairs: list[tuple[NightRecord, dict[str, Any]]] = []
    bad_nights: dict[str, Any] = {}
    for key, raw in stored.items():
        try:
            pairs.append((NightRecord.from_dict(raw), raw))
        except SHAPE_ERRORS:
            bad_nights[str(key)] = raw
    pairs.sort(key=lambda pair: pair[0].night)
    state, bad_state = split_state(data.get("state", {}))
    return Parsed(
        encoded={record.night.isoformat(): raw for record, raw in pairs},
        records=[record for record, _raw in pairs],
        state=state,
        bad_nights=bad_nights,
        bad_state=bad_state,
    )


def _write_aside(path: str, parts: dict[str, Any]) -> None:
    """Write what was set aside as JSON (escaped, so any text in it can be written)."""
    with open(path, "x", encoding="ascii") as file:
        json.dump(parts, file, ensure_ascii=True, indent=1)
