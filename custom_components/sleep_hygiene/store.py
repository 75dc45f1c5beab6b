"""The bedroom's night log: one record per night, kept in a versioned Store.

Writes are debounced so a busy night costs one write; a check-in is flushed at once.
Controllers keep their restart state (what they did tonight) in ``state``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypedDict

from homeassistant.core import HomeAssistant
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.storage import Store

from .const import DOMAIN
from .events import signal_nights_changed
from .night import NightRecord

STORAGE_VERSION = 1
STORAGE_MINOR_VERSION = 1
SAVE_DELAY = 10  # seconds


class StoredData(TypedDict):
    """What is written to disk."""

    nights: dict[str, dict[str, Any]]
    state: dict[str, Any]


class NightLog:
    """Nights keyed by the evening's ISO date, loaded once and saved with a delay."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Prepare the store for one bedroom."""
        self._hass = hass
        self._entry_id = entry_id
        self._store: Store[StoredData] = Store(
            hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{entry_id}",
            minor_version=STORAGE_MINOR_VERSION,
        )
        self._nights: dict[date, NightRecord] = {}
        self.state: dict[str, Any] = {}

    async def async_load(self) -> None:
        """Read the stored nights."""
        data = await self._store.async_load()
        if data is None:
            return
        self._nights = {
            record.night: record
            for record in (NightRecord.from_dict(raw) for raw in data["nights"].values())
        }
        self.state = dict(data.get("state", {}))

    def get(self, night: date) -> NightRecord | None:
        """Return the record of ``night`` if there is one."""
        return self._nights.get(night)

    def records(self) -> list[NightRecord]:
        """Return every record, oldest night first."""
        return [self._nights[night] for night in sorted(self._nights)]

    def update(self, night: date, change: Callable[[NightRecord], None]) -> NightRecord:
        """Apply ``change`` to the night's record (made if new), save soon and tell listeners."""
        record = self._nights.get(night) or NightRecord(night=night)
        change(record)
        self._nights[night] = record
        self.async_schedule_save()
        async_dispatcher_send(self._hass, signal_nights_changed(self._entry_id), night)
        return record

    def async_schedule_save(self) -> None:
        """Save within SAVE_DELAY seconds; many changes make one write."""
        self._store.async_delay_save(self._data, SAVE_DELAY)

    async def async_flush(self) -> None:
        """Write now (a check-in must not wait for the debounce)."""
        await self._store.async_save(self._data())

    def _data(self) -> StoredData:
        return {
            "nights": {
                night.isoformat(): record.as_dict() for night, record in self._nights.items()
            },
            "state": self.state,
        }
