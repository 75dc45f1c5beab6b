"""The benchmarks' floor: a config entry that creates plain entities and does nothing else.

Its data says how many entities of each platform to make (``{"sensor": 14, ...}``), on one
device, so the bench compares a bedroom's setup with Home Assistant creating the same entities.
"""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant


async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Forward the entry to each platform it has entities of."""
    await hass.config_entries.async_forward_entry_setups(entry, list(entry.data["entities"]))
    return True


async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Unload the platforms."""
    return await hass.config_entries.async_unload_platforms(entry, list(entry.data["entities"]))
