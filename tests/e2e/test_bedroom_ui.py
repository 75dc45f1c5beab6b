"""A person adds a bedroom and changes its routine in the real frontend."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from playwright.async_api import expect
import pytest

from .api import HomeAssistantApi, wait_for
from .bedroom import NAME, bedroom_row, open_bedroom_device
from .ui import Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

HOME_TZ = ZoneInfo("Europe/London")  # config/configuration.yaml


async def test_added_bedroom_shows_its_device_and_entities(
    ui: Ui, api: HomeAssistantApi, bedroom: str
) -> None:
    """The new bedroom is a device whose page lists the routine sensors."""
    async with ui.step("integration page"):
        await ui.open("/config/integrations/integration/sleep_hygiene")
        await expect(bedroom_row(ui, NAME)).to_be_visible()
    async with ui.step("device page"):
        await open_bedroom_device(ui, NAME)
        names = ("Lights-out", "Check-in 1: leg twitches", "Check-in: submit answers")
        for name in (*names, "Sleep-hygiene score"):
            await expect(ui.page.get_by_text(name, exact=True).first).to_be_visible()
    entities = await api.entity_ids(bedroom)
    assert {"next_detox", "lights_out", "score"} <= entities.keys()
    # What was picked in the dialog, as the bedroom's "Download diagnostics" shows it.
    diagnostics = await api.get(f"/api/diagnostics/config_entry/{bedroom}")
    assert diagnostics["data"]["entry"]["data"] == {
        "lights": ["light.bed_lamp", "light.ceiling_light"],
        "screens": ["media_player.bedroom_tv", "switch.games_console_plug"],
        "climate": "climate.bedroom_thermostat",
        "temperature_sensor": "sensor.bedroom_temperature",
        "illuminance_sensor": "sensor.bedroom_illuminance",
        "phones": [],
    }


def _local(state: dict[str, str]) -> datetime:
    return datetime.fromisoformat(state["state"]).astimezone(HOME_TZ)


async def test_options_flow_moves_the_next_detox(
    ui: Ui, api: HomeAssistantApi, bedroom: str
) -> None:
    """Moving lights-out from 22:30 to 23:30 in the options dialog moves the detox to 23:00."""
    next_detox = (await api.entity_ids(bedroom))["next_detox"]
    assert _local(await api.state(next_detox)).time() == time(22, 0)
    page = ui.page
    async with ui.step("options dialog"):
        await ui.open("/config/integrations/integration/sleep_hygiene")
        await bedroom_row(ui, NAME).get_by_role("button", name="Configure").click()
        await expect(ui.flow_title("Evening routine")).to_be_visible()
    async with ui.step("lights-out changed"):
        await ui.set_time("Lights-out", 11, 30)
    async with ui.step("options saved"):
        await page.get_by_role("button", name="Submit").click()
        await expect(ui.flow_title("Evening routine")).to_be_hidden()

    async def detox_moved() -> bool:
        return _local(await api.state(next_detox)).time() == time(23, 0)

    await wait_for(detox_moved, "next_detox to move to 23:00")
    assert _local(await api.state(next_detox)) > datetime.now(HOME_TZ)
    async with ui.step("device page after the change"):
        await open_bedroom_device(ui, NAME)
