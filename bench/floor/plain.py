"""Plain entities, one class per platform: a fixed state, no listener, no polling."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime, time
from typing import Any

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.button import ButtonEntity
from homeassistant.components.calendar import CalendarEntity, CalendarEvent
from homeassistant.components.event import EventEntity
from homeassistant.components.number import NumberEntity
from homeassistant.components.select import SelectEntity
from homeassistant.components.sensor import SensorEntity
from homeassistant.components.switch import SwitchEntity
from homeassistant.components.time import TimeEntity
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback


class _Plain(Entity):
    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, entry: ConfigEntry, platform: str, number: int) -> None:
        self._attr_name = f"{platform} {number}"
        self._attr_unique_id = f"{entry.entry_id}_{platform}_{number}"
        self._attr_device_info = DeviceInfo(
            identifiers={("bench_floor", entry.entry_id)}, name=entry.title
        )


class _Sensor(_Plain, SensorEntity):
    _attr_native_value = 1


class _BinarySensor(_Plain, BinarySensorEntity):
    _attr_is_on = False


class _Button(_Plain, ButtonEntity):
    async def async_press(self) -> None:
        """Do nothing."""


class _Calendar(_Plain, CalendarEntity):
    @property
    def event(self) -> CalendarEvent | None:
        return None

    async def async_get_events(
        self, hass: HomeAssistant, start_date: datetime, end_date: datetime
    ) -> list[CalendarEvent]:
        return []


class _Event(_Plain, EventEntity):
    def __init__(self, entry: ConfigEntry, platform: str, number: int) -> None:
        super().__init__(entry, platform, number)
        self._attr_event_types = ["happened"]


class _Number(_Plain, NumberEntity):
    _attr_native_value = 0


class _Select(_Plain, SelectEntity):
    _attr_current_option = "one"

    def __init__(self, entry: ConfigEntry, platform: str, number: int) -> None:
        super().__init__(entry, platform, number)
        self._attr_options = ["one", "two"]


class _Switch(_Plain, SwitchEntity):
    _attr_is_on = False


class _Time(_Plain, TimeEntity):
    _attr_native_value = time(22, 30)


KINDS: dict[str, type[_Plain]] = {
    "sensor": _Sensor,
    "binary_sensor": _BinarySensor,
    "button": _Button,
    "calendar": _Calendar,
    "event": _Event,
    "number": _Number,
    "select": _Select,
    "switch": _Switch,
    "time": _Time,
}

type PlatformSetup = Callable[
    [HomeAssistant, ConfigEntry, AddConfigEntryEntitiesCallback], Coroutine[Any, Any, None]
]


def setup_of(platform: str) -> PlatformSetup:
    """Return the ``async_setup_entry`` of ``platform``: as many entities as the entry says."""

    async def async_setup_entry(
        hass: HomeAssistant, entry: ConfigEntry, add: AddConfigEntryEntitiesCallback
    ) -> None:
        kind = KINDS[platform]
        add([kind(entry, platform, n) for n in range(entry.data["entities"][platform])])

    return async_setup_entry
