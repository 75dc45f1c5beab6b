"""Moving a test's clock: set a bedroom up at a moment, and step time on from there."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed


async def set_up_at(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry: MockConfigEntry, at: datetime
) -> None:
    """Set ``entry`` up at ``at``, with Home Assistant in ``at``'s time zone."""
    assert isinstance(at.tzinfo, ZoneInfo)
    await hass.config.async_set_time_zone(at.tzinfo.key)
    freezer.move_to(at)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def advance(hass: HomeAssistant, freezer: FrozenDateTimeFactory, to: datetime) -> None:
    """Move the clock to ``to`` and fire the timers that are due."""
    freezer.move_to(to)
    async_fire_time_changed(hass, to)
    await hass.async_block_till_done()
