"""The digital detox on the dashboard.

The automation switch, the start-now and skip-tonight buttons, and the "detox active" and
"night mode" binary sensors.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.button import ButtonEntity
from homeassistant.components.switch import SwitchEntity
from homeassistant.const import EntityCategory
from homeassistant.util import dt as dt_util

from .entity import SleepHygieneEntity
from .house.detox import DetoxController
from .house.notices import async_show_notice
from .house.routine_texts import async_routine_texts
from .runtime_data import SleepHygieneConfigEntry


def detox_switches(entry: SleepHygieneConfigEntry) -> list[SwitchEntity]:
    """Return the automation switch."""
    return [DetoxSwitch(entry)]


def detox_buttons(entry: SleepHygieneConfigEntry) -> list[ButtonEntity]:
    """Return the start-now and skip-tonight buttons."""
    return [StartDetoxButton(entry), SkipTonightButton(entry)]


def detox_binary_sensors(entry: SleepHygieneConfigEntry) -> list[BinarySensorEntity]:
    """Return the detox-active and night-mode binary sensors."""
    return [DetoxActiveSensor(entry), NightModeSensor(entry)]


class _DetoxEntity(SleepHygieneEntity):
    """An entity that shows the controller's state."""

    @property
    def _detox(self) -> DetoxController:
        return self.entry.runtime_data.detox

    async def async_added_to_hass(self) -> None:
        """Follow the controller."""
        self.async_on_remove(self._detox.async_add_listener(self.async_write_ha_state))


class DetoxSwitch(_DetoxEntity, SwitchEntity):
    """Runs the bedroom's detox automation, or leaves the bedroom alone."""

    _attr_entity_category = EntityCategory.CONFIG

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the switch."""
        super().__init__(entry, "detox_automation")

    @property
    def is_on(self) -> bool:
        """Return True when the automation runs."""
        return self._detox.enabled

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Run the automation, catching up tonight."""
        self._detox.set_enabled(True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Stop the automation; lights and screens stay as they are."""
        self._detox.set_enabled(False)


class StartDetoxButton(_DetoxEntity, ButtonEntity):
    """Starts tonight's digital detox now."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the button."""
        super().__init__(entry, "start_detox")

    async def async_press(self) -> None:
        """Start the detox."""
        await self._detox.async_start_now()


class SkipTonightButton(_DetoxEntity, ButtonEntity):
    """Leaves the bedroom alone tonight."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the button."""
        super().__init__(entry, "skip_tonight")

    async def async_press(self) -> None:
        """Skip tonight, and say so until the next step."""
        await self._detox.async_skip_tonight()
        texts = await async_routine_texts(self.hass)
        await async_show_notice(self.hass, self.entry, texts.skipped_description)


class DetoxActiveSensor(_DetoxEntity, BinarySensorEntity):
    """On from tonight's detox start to lights-out."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor."""
        super().__init__(entry, "detox_active")

    @property
    def is_on(self) -> bool:
        """Return True while the detox runs."""
        return self._detox.detox_active


class NightModeSensor(SleepHygieneEntity, BinarySensorEntity):
    """On from lights-out to wake, by the routine's clock."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor."""
        super().__init__(entry, "night_mode")

    async def async_added_to_hass(self) -> None:
        """Follow the clock."""
        self.redraw_at_every_boundary()

    @property
    def is_on(self) -> bool:
        """Return True between tonight's lights-out and wake."""
        times = self.entry.runtime_data.clock.times()
        return times.lights_out <= dt_util.utcnow() < times.wake
