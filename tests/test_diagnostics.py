"""Diagnostics help debugging and never carry what the person answered."""

from __future__ import annotations

from datetime import date

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.night import CheckIn, NightRecord


async def test_diagnostics_redact_health_data(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    bedroom_entry: MockConfigEntry,
) -> None:
    assert await async_setup_component(hass, "diagnostics", {})
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()

    def answer(record: NightRecord) -> None:
        record.check_in = CheckIn(
            answers={"twitches": "many"}, notes="private note", source="service"
        )
        record.screen_on_minutes = 12.0

    bedroom_entry.runtime_data.log.update(date(2026, 11, 20), answer)

    diag = await get_diagnostics_for_config_entry(hass, hass_client, bedroom_entry)
    assert diag["entry"]["title"] == "Main bedroom"
    tonight = bedroom_entry.runtime_data.clock.times()
    assert diag["tonight"]["night"] == tonight.night.isoformat()
    assert diag["tonight"]["steps"]["lights_out"] == tonight.lights_out.isoformat()
    assert diag["night_log"]["nights"] == 1
    assert diag["night_log"]["nights_with_check_in"] == 1
    latest = diag["night_log"]["latest"]
    assert latest["screen_on_minutes"] == 12.0
    assert latest["check_in"] == "**REDACTED**"
    text = str(diag)
    assert "private note" not in text
    assert "many" not in text
