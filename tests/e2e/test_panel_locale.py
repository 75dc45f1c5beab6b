"""The panel on a phone in the dark theme: the profile's 12 or 24 hours, and no label cut off."""

from __future__ import annotations

import re

from playwright.async_api import expect
import pytest

from .api import LOCALE, HomeAssistantApi
from .panel import PANEL, PHONE, show_as, tab
from .ui import Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

# Buttons, chips, tabs and labels whose text is wider than their box (cut off, or an ellipsis).
CUT_OFF = """
(root) => {
  const cut = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll("button, [role=tab], summary, label, dt, dd, .time")) {
      if (el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1) {
        cut.push(`${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 40)}`);
      }
    }
    for (const el of node.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root.shadowRoot ?? root);
  return cut;
}
"""


async def set_time_format(api: HomeAssistantApi, time_format: str) -> None:
    """Choose 12 or 24 hours (or the language's) as the profile page does."""
    await api.command(
        {
            "type": "frontend/set_user_data",
            "key": "language",
            "value": LOCALE | {"language": "en", "time_format": time_format},
        }
    )


@pytest.mark.parametrize(
    ("time_format", "written"),
    [("24", r"^\d{2}:\d{2}$"), ("12", r"^\d{1,2}:\d{2}\s?[AP]M$")],
)
async def test_times_follow_the_profile_and_nothing_is_cut_off(
    ui: Ui, api: HomeAssistantApi, bedroom: str, time_format: str, written: str
) -> None:
    """Tonight's times as the profile says; every tab's labels fit a phone in the dark."""
    panel = ui.page.locator("sleep-hygiene-panel")
    await set_time_format(api, time_format)
    try:
        await show_as(ui, PHONE, "dark")
        async with ui.step(f"tonight in {time_format} hours"):
            # Whichever bedroom the panel shows first: every plan has its times.
            await ui.open(PANEL)
            await tab(ui, "Tonight").click()
            times = panel.locator("sleep-hygiene-tonight .plan .time")
            await expect(times.first).to_have_text(re.compile(written))
            for text in await times.all_inner_texts():
                assert re.match(written, text.strip()), f"{text!r} is not in {time_format} hours"
        for view in ("Morning", "Tonight", "Trends", "Insights"):
            async with ui.step(f"{view} on a phone, dark"):
                await tab(ui, view).click()
                await expect(tab(ui, view)).to_have_attribute("aria-selected", "true")
                await ui.page.wait_for_timeout(300)  # the view's data arrives
                cut = await panel.evaluate(CUT_OFF)
                assert not cut, f"cut off on {view} at 412 px: {cut}"
    finally:
        await set_time_format(api, "language")
