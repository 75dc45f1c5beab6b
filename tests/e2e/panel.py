"""The Sleep panel as a person uses it: a bedroom's tab, a view's tab, a phone or a desktop."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from playwright.async_api import Locator, ViewportSize, expect

from .api import HomeAssistantApi
from .ui import VIEWPORT, Ui, readme_picture

PANEL = "/sleep-hygiene"
PHONE: ViewportSize = {"width": 412, "height": 915}
DESKTOP = VIEWPORT
# The answers the seeded journal gives: every third night had two drinks and a worse night.
WORSE = {
    "twitches": "many",
    "leg_sensations": "some",
    "awakenings": "three_plus",
    "rested": "poorly",
    "alcohol": "two_plus",
}
BETTER = {
    "twitches": "none",
    "leg_sensations": "none",
    "awakenings": "one_two",
    "rested": "well",
    "alcohol": "none",
}


async def last_night(api: HomeAssistantApi, entry_id: str) -> date:
    """Return the night a check-in is due for now."""
    morning = await api.command({"type": "sleep_hygiene/morning", "entry_id": entry_id})
    return date.fromisoformat(morning["night"])


async def seed_journal(api: HomeAssistantApi, entry_id: str, nights: int) -> None:
    """Log a check-in for each of the ``nights`` nights before last night (the action's path)."""
    due = await last_night(api, entry_id)
    for back in range(1, nights + 1):
        answers = WORSE if back % 3 == 0 else BETTER
        await api.post(
            "/api/services/sleep_hygiene/log_check_in",
            {
                "config_entry_id": entry_id,
                "night": (due - timedelta(days=back)).isoformat(),
                "pain": "none",
                "caffeine": "none",
                "evening": "calm",
                **answers,
            },
        )


async def show_as(ui: Ui, size: ViewportSize, scheme: Literal["light", "dark"]) -> None:
    """Size the page as a phone or a desktop, in the default theme's light or dark look."""
    await ui.page.set_viewport_size(size)
    await ui.page.emulate_media(color_scheme=scheme)


def tab(ui: Ui, name: str) -> Locator:
    """Return a tab of the panel (a bedroom's or a view's)."""
    return ui.page.locator("sleep-hygiene-panel").get_by_role("tab", name=name, exact=True)


async def open_panel(ui: Ui, bedroom: str, view: str | None = None) -> None:
    """Open the Sleep panel on ``bedroom`` (and on ``view``: Morning, Tonight, ...).

    The bedrooms' tabs show once there are two bedrooms; with one, it is the one shown.
    """
    await ui.open(PANEL)
    await expect(tab(ui, "Tonight")).to_be_visible()
    if await tab(ui, bedroom).count():
        await tab(ui, bedroom).click()
        await expect(tab(ui, bedroom)).to_have_attribute("aria-selected", "true")
    if view is not None:
        await tab(ui, view).click()
        await expect(tab(ui, view)).to_have_attribute("aria-selected", "true")


async def photograph(ui: Ui, name: str, *, full_page: bool = False) -> None:
    """Save the page as the README's picture ``docs/<name>.png`` (see ``readme_picture``)."""
    await ui.page.screenshot(path=readme_picture(name), full_page=full_page)
