"""On a phone the Insights view hides no figure: each row is a card, the figure first.

At 360 and 412 px wide, every cell of the factor table and of the summary for a doctor (a card's
field once the rows are cards) shows whole, within the screen, and the page never scrolls
sideways. The summary covers the span chosen: its averages say how many nights they rest on, and
the Insights view shows the factor table once.
"""

from __future__ import annotations

import re
from typing import Any

from playwright.async_api import Locator, ViewportSize, expect
import pytest
import pytest_asyncio

from .api import HomeAssistantApi
from .bedroom import add_bedroom_over_http
from .panel import DESKTOP, open_panel, seed_journal, show_as
from .ui import Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

ROOM = "Narrow room"
EMPTY_ROOM = "New room"
NARROW: list[ViewportSize] = [{"width": 360, "height": 800}, {"width": 412, "height": 915}]
# A desktop, and one whose sidebar leaves the panel about 750 px.
WIDE: list[ViewportSize] = [DESKTOP, {"width": 1000, "height": 800}]
# Every shown table cell under an element, shadow roots included, that is cut off: wider inside
# than its box, or reaching past the screen's edges (half a pixel for rounding).
CLIPPED_CELLS = """(root) => {
  const cells = [];
  const walk = (node) => {
    for (const child of node.children) {
      if (child.matches("td, th")) cells.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  const shown = cells.filter((cell) => {
    const box = cell.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
  const clipped = shown
    .filter((cell) => {
      const box = cell.getBoundingClientRect();
      return cell.scrollWidth > cell.clientWidth || box.left < -0.5 || box.right > innerWidth + 0.5;
    })
    .map((cell) => {
      const box = cell.getBoundingClientRect();
      const text = cell.textContent.trim().replace(/\\s+/g, " ").slice(0, 40);
      return `${cell.tagName} "${text}": scroll ${cell.scrollWidth} > client ${cell.clientWidth}`
        + ` or ${Math.round(box.left)}..${Math.round(box.right)} beyond ${innerWidth}`;
    });
  return { shown: shown.length, clipped };
}"""
PAGE_WIDTH = "() => [document.scrollingElement.scrollWidth, innerWidth]"


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def narrow_room(api: HomeAssistantApi, bedroom: str) -> str:
    """A bedroom with 30 answered nights: a factor table with figures and a full summary."""
    entry_id = await add_bedroom_over_http(api, ROOM, [])
    await seed_journal(api, entry_id, 30)
    return entry_id


async def assert_nothing_clipped(ui: Ui, view: Locator, where: str) -> None:
    """Fail on any cell of ``view`` cut off or off the screen, and on a page wider than it."""
    found: dict[str, Any] = await view.evaluate(CLIPPED_CELLS)
    assert found["shown"] > 0, f"{where}: no cell shown"
    assert not found["clipped"], f"{where}: cut off: {found['clipped']}"
    scroll_width, inner_width = await ui.page.evaluate(PAGE_WIDTH)
    assert scroll_width <= inner_width, f"{where}: the page is {scroll_width} px wide"


@pytest.mark.parametrize("size", NARROW, ids=lambda size: f"{size['width']}px")
async def test_insights_and_summary_fit_a_phone(
    ui: Ui, narrow_room: str, size: ViewportSize
) -> None:
    await show_as(ui, size, "light")
    view = ui.page.locator("sleep-hygiene-insights")
    factors = view.locator("section.insights table.factors tr[data-factor]")
    nights = view.locator("sleep-hygiene-summary table.nights tbody tr")
    async with ui.step(f"insights at {size['width']} px"):
        await open_panel(ui, ROOM, "Insights")
        await expect(factors).to_have_count(8)
        await expect(nights).to_have_count(14)
    await assert_nothing_clipped(ui, view.locator("section.insights"), "factor table")
    await view.locator("sleep-hygiene-summary").scroll_into_view_if_needed()
    await ui.screenshot(f"summary at {size['width']} px")
    await assert_nothing_clipped(ui, view.locator("sleep-hygiene-summary"), "summary")
    # A card's figure comes first: the difference before the factor's name, the night's score
    # before its answers.
    alcohol = view.locator("section.insights tr[data-factor=alcohol]")
    figure = await alcohol.locator("td.figure").bounding_box()
    name = await alcohol.locator("td.title").bounding_box()
    assert figure is not None
    assert name is not None
    assert figure["x"] < name["x"]
    assert figure["y"] < name["y"] + name["height"]
    # The labels are the cards' own (the table's header row is not shown).
    difference = re.compile(r"^Difference .*\d+(\.\d)? \(")
    await expect(alcohol.locator("td.figure")).to_have_accessible_name(difference)
    first = nights.first
    await expect(first.locator("td.figure").first).to_have_accessible_name(re.compile(r"^Score "))
    await expect(first.locator("td[data-label='Leg twitches']")).to_be_visible()


@pytest.mark.parametrize("size", WIDE, ids=lambda size: f"{size['width']}px")
async def test_insights_and_summary_fit_a_desktop(
    ui: Ui, narrow_room: str, size: ViewportSize
) -> None:
    """A desktop shows tables, or cards where the sidebar leaves the panel narrow: none cut off."""
    await show_as(ui, size, "light")
    view = ui.page.locator("sleep-hygiene-insights")
    async with ui.step(f"insights at {size['width']} px"):
        await open_panel(ui, ROOM, "Insights")
        await expect(view.locator("sleep-hygiene-summary table.nights tbody tr")).to_have_count(14)
    await assert_nothing_clipped(ui, view.locator("section.insights"), "factor table")
    await assert_nothing_clipped(ui, view.locator("sleep-hygiene-summary"), "summary")


async def test_the_summary_covers_its_span(ui: Ui, api: HomeAssistantApi, narrow_room: str) -> None:
    """14 nights: the averages say on how many; the insights table is shown once."""
    counted = {}
    for span in (14, 28):
        summary = await api.command(
            {"type": "sleep_hygiene/summary", "entry_id": narrow_room, "nights": span}
        )
        counted[span] = summary["average_nights"]
        assert len(summary["nights"]) == span
        # The nights before the one due were answered: the span's figures rest on those alone
        # (one fewer when the span ends with the night whose check-in is due).
        answered = sum(night["check_in"] is not None for night in summary["nights"])
        assert answered in (span - 1, span)
        assert summary["average_nights"]["score"] == answered
        assert summary["insights"]["nights"] == answered
    await show_as(ui, DESKTOP, "light")
    view = ui.page.locator("sleep-hygiene-insights")
    summary_view = view.locator("sleep-hygiene-summary")
    score = summary_view.locator("tr[data-average=score]")
    async with ui.step("the summary of 14 nights"):
        await open_panel(ui, ROOM, "Insights")
        await expect(score).to_contain_text(f"({counted[14]['score']} nights)")
    symptoms = summary_view.locator("tr[data-average=symptoms]")
    await expect(symptoms).to_contain_text(f"({counted[14]['symptoms']} nights)")
    await expect(summary_view).not_to_contain_text("last 28 nights")
    await expect(view.locator("table.factors")).to_have_count(1)
    await expect(summary_view).to_contain_text("Printed, the summary also lists")
    async with ui.step("the summary of 28 nights"):
        await view.get_by_role("button", name="28 nights", exact=True).click()
        await expect(score).to_contain_text(f"({counted[28]['score']} nights)")
        await expect(summary_view.locator("table.nights tr[data-night]")).to_have_count(28)


async def test_a_new_bedroom_lists_no_night_before_it_existed(
    ui: Ui, api: HomeAssistantApi, bedroom: str
) -> None:
    await add_bedroom_over_http(api, EMPTY_ROOM, [])
    await show_as(ui, DESKTOP, "light")
    summary = ui.page.locator("sleep-hygiene-insights sleep-hygiene-summary")
    async with ui.step("a bedroom set up today"):
        await open_panel(ui, EMPTY_ROOM, "Insights")
        await expect(summary).to_contain_text("No night of this bedroom has ended yet")
    await expect(summary.locator("table.nights tr[data-night]")).to_have_count(0)
    await expect(summary).not_to_contain_text("nothing recorded")
    await expect(summary.locator("tr[data-average=score]")).to_contain_text("no night to average")
