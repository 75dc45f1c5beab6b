"""Sleep Hygiene: a bedroom that winds itself down, and a morning check-in that keeps score."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from .clock import RoutineClock
from .const import DOMAIN
from .models import SleepHygieneConfigEntry, SleepHygieneData
from .services import async_setup_services
from .settings import BedroomSettings
from .store import NightLog

PLATFORMS: list[Platform] = [Platform.EVENT, Platform.SENSOR]
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the services once, for every bedroom."""
    async_setup_services(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> bool:
    """Set up a bedroom."""
    settings = BedroomSettings.from_entry(entry.data, entry.options)
    log = NightLog(hass, entry.entry_id)
    await log.async_load()
    clock = RoutineClock(hass, settings.routine)
    entry.runtime_data = SleepHygieneData(settings=settings, clock=clock, log=log)
    entry.async_on_unload(clock.async_start())
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> bool:
    """Unload a bedroom, writing what is pending first."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        await entry.runtime_data.log.async_flush()
    return unloaded
