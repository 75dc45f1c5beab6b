"""A person answers the morning check-in on the ready dashboard and sees the score."""

from __future__ import annotations

import asyncio

from homeassistant.util.yaml import load_yaml_dict
from playwright.async_api import expect
import pytest
import pytest_asyncio

from .api import HomeAssistantApi, wait_for
from .server import ROOT
from .ui import Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

DASHBOARD = ROOT / "dashboards" / "sleep_hygiene.yaml"
# Not "sleep-hygiene": that is the Sleep panel's own path.
URL_PATH = "sleep-dashboard"
# The dashboard names each row after its question; the person picks these answers.
ANSWERS = {
    "Leg twitches": "Many",
    "Leg sensations": "Some",
    "Awakenings": "Three times or more",
    "Pain or cramps": "Cramps",
    "Rested": "Poorly",
    "Last caffeine": "In the evening",
    "Alcohol": "Two or more",
    "Evening": "Stressed",
}


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def dashboard(api: HomeAssistantApi, bedroom: str) -> str:
    """Add the ready dashboard (dashboards/sleep_hygiene.yaml) as the README says."""
    await api.command(
        {
            "type": "lovelace/dashboards/create",
            "url_path": URL_PATH,
            "title": "Sleep",
            "icon": "mdi:bed-clock",
            "show_in_sidebar": True,
            "require_admin": False,
            "mode": "storage",
        }
    )
    config = await asyncio.to_thread(load_yaml_dict, DASHBOARD)
    await api.command({"type": "lovelace/config/save", "url_path": URL_PATH, "config": config})
    return f"/{URL_PATH}/{config['views'][0]['path']}"


async def test_dashboard_check_in_changes_the_score(
    ui: Ui, api: HomeAssistantApi, bedroom: str, dashboard: str
) -> None:
    """Choosing every answer and pressing Submit check-in records the night and scores it."""
    score = (await api.entity_ids(bedroom))["score"]
    before = (await api.state(score))["state"]
    page = ui.page
    async with ui.step("dashboard"):
        await ui.open(dashboard)
        await expect(page.get_by_text("Morning check-in", exact=True)).to_be_visible()
    async with ui.step("answers chosen"):
        for question, answer in ANSWERS.items():
            row = page.locator("hui-select-entity-row").filter(
                has=page.get_by_text(question, exact=True)
            )
            await row.locator("ha-select").click()
            # The open list's entries are options up to 2026.10 and menu items from 2026.11.
            await row.get_by_text(answer, exact=True).click()
            await expect(row.locator("ha-select")).to_contain_text(answer)
    async with ui.step("check-in submitted"):
        submit = page.locator("hui-button-entity-row").filter(has_text="Submit check-in")
        await submit.get_by_role("button", name="Press").click()

    async def scored() -> bool:
        return (await api.state(score))["state"] not in (before, "unknown", "unavailable")

    await wait_for(scored, "the sleep-hygiene score to change")
    state = await api.state(score)
    assert 0 <= float(state["state"]) <= 100
    async with ui.step("score shown"):
        tile = page.locator("hui-tile-card").filter(has_text="Sleep-hygiene score").first
        await tile.scroll_into_view_if_needed()
        await expect(tile).to_contain_text(str(round(float(state["state"]))))
