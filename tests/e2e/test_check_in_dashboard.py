"""A person answers the morning check-in on the ready dashboard and sees the score."""

from __future__ import annotations

from playwright.async_api import expect
import pytest
import yaml

from .api import HomeAssistantApi, wait_for
from .bedroom import NAME
from .panel import DESKTOP, PHONE, open_panel, show_as
from .ui import Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

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


async def dashboard_from_the_panel(ui: Ui, api: HomeAssistantApi) -> str:
    """Copy the bedroom's dashboard from the Sleep panel and add it, as the README says.

    Made from the bedroom's real entities (no dashboard with fixed ids is shipped).
    """
    async with ui.step("the bedroom's dashboard on the panel"):
        await open_panel(ui, NAME, "Tonight")
        made = ui.page.locator("sleep-hygiene-dashboard-yaml")
        await made.get_by_role("button", name="Show the dashboard").click()
        text = await made.locator("textarea").input_value()
    config = yaml.safe_load(text)
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
    await api.command({"type": "lovelace/config/save", "url_path": URL_PATH, "config": config})
    return f"/{URL_PATH}/{config['views'][0]['path']}"


async def test_dashboard_check_in_changes_the_score(
    ui: Ui, api: HomeAssistantApi, bedroom: str
) -> None:
    """Choosing every answer and pressing Submit check-in records the night and scores it."""
    entities = await api.entity_ids(bedroom)
    score = entities["score"]
    before = (await api.state(score))["state"]
    page = ui.page
    dashboard = await dashboard_from_the_panel(ui, api)
    async with ui.step("dashboard on a phone"):
        await show_as(ui, PHONE, "light")
        await ui.open(dashboard)
        await expect(page.get_by_text("Morning check-in", exact=True)).to_be_visible()
        # Nothing wider than the phone's screen.
        width = await page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
    async with ui.step("dashboard on a desktop"):
        await show_as(ui, DESKTOP, "light")
        await ui.open(dashboard)
        await expect(page.get_by_text("Morning check-in", exact=True)).to_be_visible()
        # The bedroom's own entities, whatever they are called: its resume button too.
        resume = page.locator("hui-button-entity-row").filter(has_text="Resume tonight")
        await expect(resume).to_have_count(1)
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
