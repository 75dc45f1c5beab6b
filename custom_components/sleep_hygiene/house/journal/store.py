"""The bedroom's night log: one record per night, kept in a versioned Store.

Writes are debounced so a busy night costs one write; a check-in is flushed at once. The history
is never trimmed, so the costly parts stay off the event loop: migrating and parsing run in the
executor, and a save hands the executor the records themselves, written as JSON there
(``night_json.py``). The log holds each night once, as a compact record: a change is made to a
copy that replaces the record, so a record a save is writing never changes under it.
A log that cannot be read is moved aside (never overwritten), and a Repairs issue says so; so
are the fields of a night, whole nights or restart states that are not in shape, the rest loading
as usual. Each such event raises its own issue (its id holds the time, as the set-aside file's
name does), so an issue once ignored never hides a later one.
Controllers keep their restart state (what they did tonight) through ``read_state`` and
``write_state``, each as the typed record ``model/stored_state.py`` describes.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from copy import deepcopy
from datetime import date
import json
import os
from typing import Any, Final, TypedDict, cast

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from ...const import DOMAIN, LOGGER
from ...model.night import NightRecord, night_of
from ...model.store_migration import MAJOR_VERSION, MINOR_VERSION, migrate
from ...model.stored_state import StoredState
from ...signals import signal_nights_changed
from .night_json import StoredNights, storable
from .reading import Parsed, StoredData, is_short, parse_log

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


class _Snapshot(TypedDict):
    """What a save hands the Store: as JSON, it is the StoredData above."""

    nights: StoredNights
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
        # What a newer version stored with a night and this one does not read: written back.
        self._unknown: dict[date, dict[str, Any]] = {}
        # Nights whose last change cannot be written: the version written instead (None: none).
        self._unsaved: dict[date, NightRecord | None] = {}
        # Each controller's restart state, as stored: read and written through the typed API.
        self._state: dict[str, Any] = {}

    async def async_load(self) -> None:
        """Read the stored nights; a log that cannot be read is set aside and reported."""
        # An earlier run's locked log: this run finds out afresh, and says so again if need be.
        _async_delete_issues(self._hass, self._entry_id, (ISSUE_LOCKED,))
        try:
            data = await self._store.async_load()
            if data is None:
                return
            # A short log is read at once: handing it to the executor costs more than reading it.
            if is_short(data):
                parsed = parse_log(data)
            else:
                parsed = await self._hass.async_add_executor_job(parse_log, data)
        except _UNREADABLE_ERRORS as err:
            await self._async_set_aside(err)
            return
        self._unknown = parsed.unknown
        self._sorted = parsed.records
        self._nights = {record.night: record for record in parsed.records}
        self._state = parsed.state
        if parsed.bad_nights or parsed.bad_fields or parsed.bad_state:
            await self._async_set_parts_aside(parsed)

    def get(self, night: date) -> NightRecord | None:
        """Return the record of ``night`` if there is one."""
        return self._nights.get(night)

    def records(self) -> list[NightRecord]:
        """Return every record, oldest night first."""
        return list(self._sorted)

    def update(self, night: date, change: Callable[[NightRecord], None]) -> NightRecord:
        """Apply ``change`` to the night's record (made if new), save soon and tell listeners."""
        old = self._nights.get(night)
        record = NightRecord(night=night) if old is None else old.copy()
        change(record)
        self._nights[night] = record
        if old is None:
            insort(self._sorted, record, key=night_of)
        else:
            self._sorted[bisect_left(self._sorted, night, key=night_of)] = record
        if storable(record):
            self._unsaved.pop(night, None)
        else:
            # One bad record must not stop every later save; its text is never logged.
            LOGGER.error(
                "The night of %s holds data that cannot be saved; it stays as saved", night
            )
            self._unsaved.setdefault(night, old)
        self.async_schedule_save()
        async_dispatcher_send(self._hass, signal_nights_changed(self._entry_id), night)
        return record

    def holds_anything(self) -> bool:
        """Return True when the log holds a night or any restart state (the bedroom ran before)."""
        return bool(self._nights or self._state)

    def state_as_stored(self) -> dict[str, Any]:
        """Return a copy of every restart state as it is stored, by kind (for diagnostics)."""
        return deepcopy(self._state)

    def read_state[S: StoredState](self, kind: type[S]) -> S | None:
        """Return a controller's restart state (checked when the log was loaded), if any."""
        raw = self._state.get(kind.KEY)
        return None if raw is None else kind.from_dict(raw)

    def write_state(self, kind: type[StoredState], value: StoredState | None) -> None:
        """Keep a controller's restart state (None forgets it); save soon if it changed."""
        new = None if value is None else value.as_dict()
        if self._state.get(kind.KEY) == new:
            return
        if new is None:
            del self._state[kind.KEY]
        else:
            self._state[kind.KEY] = new
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
        records = dict(self._nights)
        for night, saved in self._unsaved.items():
            if saved is None:
                del records[night]
            else:
                records[night] = saved
        nights = StoredNights(records, dict(self._unknown))
        snapshot: _Snapshot = {"nights": nights, "state": deepcopy(self._state)}
        # Written as JSON it is the stored form.
        return cast(StoredData, snapshot)

    async def _async_set_aside(self, err: Exception) -> None:
        """Move the unreadable log out of the way so the bedroom starts, and raise an issue."""
        # Only the kind of error: the message could quote the log, which holds health data.
        error = type(err.__cause__ or err).__name__
        path = self._store.path
        try:
            backup, stamp = await self._hass.async_add_executor_job(_move_aside, path)
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
            self._async_raise_issue(ISSUE_LOCKED, _stamp(), path=path, error=error)
            return
        LOGGER.error(
            "The night log %s could not be read (%s); it was moved to %s and the bedroom "
            "starts with an empty log",
            path,
            error,
            backup,
        )
        self._async_raise_issue(ISSUE_UNREADABLE, stamp, path=path, backup=backup, error=error)

    async def _async_set_parts_aside(self, parsed: Parsed) -> None:
        """Keep what is in shape; write the rest beside the log, and say so in Repairs."""
        path = self._store.path
        parts = {
            "nights": parsed.bad_nights,
            "fields": parsed.bad_fields,
            "state": parsed.bad_state,
        }
        try:
            aside, stamp = await self._hass.async_add_executor_job(_write_aside, path, parts)
        except OSError as err:
            # Never lose what could not be set aside: this run saves nothing.
            self._store.make_read_only()
            LOGGER.error(
                "Parts of the night log %s are not in shape and could not be moved aside (%s); "
                "nothing is saved until it is fixed",
                path,
                type(err).__name__,
            )
            self._async_raise_issue(ISSUE_LOCKED, _stamp(), path=path, error=type(err).__name__)
            return
        # Nights by date, fields by path, controllers by name: never what they held.
        fields = {
            night: f"{night} ({', '.join(paths)})" for night, paths in parsed.bad_fields.items()
        }
        nights = {night: night for night in parsed.bad_nights} | fields
        what = [nights[night] for night in sorted(nights)]
        what += [f"state {key}" for key in sorted(parsed.bad_state)]
        LOGGER.error(
            "Parts of the night log %s were not in shape and were moved to %s: %s",
            path,
            aside,
            ", ".join(what),
        )
        self._async_raise_issue(
            ISSUE_PARTS_SET_ASIDE,
            stamp,
            path=path,
            backup=aside,
            parts=", ".join(what),
            kept=str(len(parsed.records)),
        )
        # The log on disk no longer holds the parts set aside.
        self.async_schedule_save()

    def _async_raise_issue(self, key: str, stamp: str, **placeholders: str) -> None:
        """Raise an issue of this event: its own id, so one ignored before hides nothing new."""
        entry = self._hass.config_entries.async_get_entry(self._entry_id)
        name = self._entry_id if entry is None else entry.title
        ir.async_create_issue(
            self._hass,
            DOMAIN,
            f"{key}_{self._entry_id}_{stamp}",
            is_fixable=False,
            is_persistent=True,
            severity=ir.IssueSeverity.ERROR,
            translation_key=key,
            translation_placeholders={"name": name, **placeholders},
        )


def async_delete_night_log_issues(hass: HomeAssistant, entry_id: str) -> None:
    """Forget a removed bedroom's night-log issues, every event's."""
    _async_delete_issues(hass, entry_id, (ISSUE_UNREADABLE, ISSUE_LOCKED, ISSUE_PARTS_SET_ASIDE))


def _async_delete_issues(hass: HomeAssistant, entry_id: str, keys: tuple[str, ...]) -> None:
    """Delete the bedroom's issues of these kinds: each event's, and the one id of old."""
    ours = tuple(f"{key}_{entry_id}" for key in keys)
    found = [
        issue_id
        for domain, issue_id in ir.async_get(hass).issues
        if domain == DOMAIN and (issue_id in ours or issue_id.startswith(_with_stamp(ours)))
    ]
    for issue_id in found:
        ir.async_delete_issue(hass, DOMAIN, issue_id)


def _with_stamp(ids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{issue_id}_" for issue_id in ids)


def _stamp() -> str:
    """Return the time of an event, as the names of its file and its issue hold it."""
    return dt_util.utcnow().strftime("%Y%m%dT%H%M%SZ")


def _free_name(path: str, kind: str) -> tuple[str, str]:
    """Return a name beside the log no file has, and its stamp (numbered on within a second)."""
    stamp = base = _stamp()
    number = 1
    while os.path.lexists(name := f"{path}.{kind}.{stamp}"):
        number += 1
        stamp = f"{base}_{number}"
    return name, stamp


def _move_aside(path: str) -> tuple[str, str]:
    """Move the unreadable log to a name of its own (never over another); return it and stamp."""
    backup, stamp = _free_name(path, "unreadable")
    os.replace(path, backup)
    return backup, stamp


def _write_aside(path: str, parts: dict[str, Any]) -> tuple[str, str]:
    """Write what was set aside beside the log as JSON; return the file's name and stamp.

    Escaped, so any text in it can be written; never over another file.
    """
    aside, stamp = _free_name(path, "set_aside")
    with open(aside, "x", encoding="ascii") as file:
        json.dump(parts, file, ensure_ascii=True, indent=1)
    return aside, stamp
