"""The night-time target temperature as a number entity, to change it from a dashboard.

It writes the entry's options (so the value survives restarts) without a reload, and tells the
bedroom's controllers through the settings signal so tonight follows at once.
"""

from __future__ import annotations

from homeassistant.components.number import NumberDeviceClass, NumberEntity, NumberMode
from homeassistant.const import EntityCategory, UnitOfTemperature
from homeassistant.core import HomeAssistant
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import (
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_UNIT,
    TARGET_RANGE_C,
    TARGET_RANGE_F,
)
from .entity import SleepHygieneEntity
from .model.settings import BedroomSettings, signal_settings_changed, temperatures_in
from .model.temperature import convert_temperature
from .runtime_data import SleepHygieneConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's number entities."""
    async_add_entities([TargetTemperatureNumber(entry)])


class TargetTemperatureNumber(SleepHygieneEntity, NumberEntity):
    """The bedroom's night-time target, shown in the house's unit system."""

    _attr_device_class = NumberDeviceClass.TEMPERATURE
    _attr_entity_category = EntityCategory.CONFIG
    _attr_mode = NumberMode.BOX
    _attr_native_step = 0.5

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the number."""
        super().__init__(entry, "target_temperature")

    @property
    def native_unit_of_measurement(self) -> str:
        """Return the house's unit: the value is stored in it, as the options flow does."""
        return self.hass.config.units.temperature_unit

    @property
    def native_min_value(self) -> float:
        """Return the lowest sane bedroom target."""
        return self._range[0]

    @property
    def native_max_value(self) -> float:
        """Return the highest sane bedroom target."""
        return self._range[1]

    @property
    def _range(self) -> tuple[float, float]:
        fahrenheit = self.native_unit_of_measurement == UnitOfTemperature.FAHRENHEIT
        return TARGET_RANGE_F if fahrenheit else TARGET_RANGE_C

    @property
    def native_value(self) -> float:
        """Return the stored target in the house's unit."""
        settings = self.entry.runtime_data.settings
        shown = convert_temperature(
            settings.target_temperature, settings.temperature_unit, self.native_unit_of_measurement
        )
        return round(shown, 1)

    async def async_set_native_value(self, value: float) -> None:
        """Store the new target and let tonight follow it."""
        entry = self.entry
        unit = self.native_unit_of_measurement
        # The band follows the target into the house's unit.
        options = temperatures_in(entry.options, unit)
        options |= {CONF_TARGET_TEMPERATURE: value, CONF_TEMPERATURE_UNIT: unit}
        self.hass.config_entries.async_update_entry(entry, options=options)
        entry.runtime_data.settings = BedroomSettings.from_entry(entry.data, entry.options)
        async_dispatcher_send(self.hass, signal_settings_changed(entry.entry_id))
        self.async_write_ha_state()
