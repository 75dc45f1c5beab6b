"""Pain or swelling shows the signs that need care today; every user reaches the red flags.

The panel and the card show the signs at once beside the saved answers; a person who is not an
administrator opens the Sleep panel's Insights view (as a red-flag notice links to it) and finds
every red flag and the summary to print for a doctor, with no administrator's page named.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

from playwright.async_api import BrowserContext, async_playwright, expect
import pytest
import pytest_asyncio

from .api import HomeAssistantApi, wait_for
from .bedroom import add_bedroom_over_http
from .panel import PANEL, last_night, open_panel, tab
from .ui import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, VIEWPORT, Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

PROMPT_CARE = (
    "If one leg is suddenly swollen, warm, red and painful, get medical care today. If that"
    " comes with chest pain or sudden breathlessness, call emergency services now."
)
CARDS = "care-cards"
MEMBER = ("household", "sleep-well-2026")
# Every text on the page, shadow roots included (the panel's views are web components).
DEEP_TEXT = """() => {
  const walk = (node) => {
    let text = node.shadowRoot ? walk(node.shadowRoot) : "";
    for (const child of node.childNodes) {
      text += child.nodeType === Node.TEXT_NODE ? child.textContent : walk(child);
    }
    return text;
  };
  return walk(document.body);
}"""


async def test_pain_on_the_panel_shows_the_signs_that_need_care_at_once(
    ui: Ui, api: HomeAssistantApi, bedroom: str
) -> None:
    await add_bedroom_over_http(api, "Care room", [])
    morning = ui.page.locator("sleep-hygiene-morning")
    async with ui.step("pain, numbness or swelling answered on the panel"):
        await open_panel(ui, "Care room", "Morning")
        pain = morning.locator("[data-question=pain]")
        await pain.get_by_role("button", name="Pain, numbness or swelling").click()
        await expect(morning.locator(".prompt-care")).to_be_hidden()
        await morning.get_by_role("button", name="Save check-in").click()
        care = morning.get_by_role("alert")
        await expect(care).to_contain_text(PROMPT_CARE)
    # Opened again later the same morning, the signs are still beside the answers.
    async with ui.step("still there when the panel is opened again"):
        await open_panel(ui, "Care room", "Morning")
        await expect(morning.get_by_role("alert")).to_contain_text(PROMPT_CARE)


async def test_pain_on_the_card_shows_the_signs_that_need_care_at_once(
    ui: Ui, api: HomeAssistantApi, bedroom: str
) -> None:
    entry_id = await add_bedroom_over_http(api, "Card room", [])
    await api.command(
        {
            "type": "lovelace/dashboards/create",
            "url_path": CARDS,
            "title": "Care cards",
            "show_in_sidebar": False,
            "require_admin": False,
            "mode": "storage",
        }
    )
    card = {"type": "custom:sleep-hygiene-card", "entry_id": entry_id, "mode": "morning"}
    view = {"path": "cards", "title": "Cards", "cards": [card]}
    await api.command(
        {"type": "lovelace/config/save", "url_path": CARDS, "config": {"views": [view]}}
    )
    morning = ui.page.locator("sleep-hygiene-card sleep-hygiene-morning")
    async with ui.step("pain, numbness or swelling answered on the card"):
        await ui.open(f"/{CARDS}/cards")
        pain = morning.locator("[data-question=pain]")
        await pain.get_by_role("button", name="Pain, numbness or swelling").click()
        await morning.get_by_role("button", name="Save check-in").click()
        await expect(morning.get_by_role("alert")).to_contain_text(PROMPT_CARE)


async def _seed_red_flags(api: HomeAssistantApi, entry_id: str) -> None:
    """Many twitches on 3 of the last 7 nights; pain and a weekly "yes" last night."""
    due = await last_night(api, entry_id)
    for back in range(7):
        answers = {"twitches": "many" if back < 3 else "few", "rested": "well"}
        if back == 0:
            answers |= {"pain": "pain_numbness_swelling", "doctor_signs": "yes"}
        await api.post(
            "/api/services/sleep_hygiene/log_check_in",
            {
                "config_entry_id": entry_id,
                "night": (due - timedelta(days=back)).isoformat(),
                **answers,
            },
        )


@pytest_asyncio.fixture(loop_scope="session")
async def member(api: HomeAssistantApi) -> AsyncIterator[BrowserContext]:
    """A browser logged in as a household member who is not an administrator."""
    user = await api.command(
        {"type": "config/auth/create", "name": "Household", "group_ids": ["system-users"]}
    )
    username, password = MEMBER
    await api.command(
        {
            "type": "config/auth_provider/homeassistant/create",
            "user_id": user["user"]["id"],
            "username": username,
            "password": password,
        }
    )
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        context = await browser.new_context(viewport=VIEWPORT)
        page = await context.new_page()
        await page.goto(f"{api.url}/")
        await page.get_by_role("textbox", name="Username").fill(username)
        await page.get_by_role("textbox", name="Password").fill(password)
        await page.get_by_role("button", name="Log in").click()
        await page.wait_for_url(f"{api.url}/home/**")
        await page.close()
        yield context
        await browser.close()


async def test_a_household_member_reaches_every_red_flag_and_the_summary(
    request: pytest.FixtureRequest, api: HomeAssistantApi, bedroom: str, member: BrowserContext
) -> None:
    entry_id = await add_bedroom_over_http(api, "Flag room", [])
    await _seed_red_flags(api, entry_id)

    async def raised() -> bool:
        insights = await api.command({"type": "sleep_hygiene/insights", "entry_id": entry_id})
        return len(insights["red_flags"]) >= 3

    await wait_for(raised, "the red flags to be raised")
    page = await member.new_page()
    ui = Ui(page, api.url, SCREENSHOTS / request.node.name, [])
    async with ui.step("a red-flag notice's link opens Insights"):
        await ui.open(f"{PANEL}?view=insights")
        await expect(tab(ui, "Insights")).to_have_attribute("aria-selected", "true")
    panel = page.locator("sleep-hygiene-panel")
    async with ui.step("the bedroom's red flags and summary, as a household member"):
        await open_panel(ui, "Flag room", "Insights")
        for text in (
            "Many leg twitches on 3 or more of the last 7 nights.",
            "Pain, numbness or swelling in the legs in last night's check-in.",
            "You said this week that something worth telling a doctor happened",
        ):
            await expect(panel.get_by_text(text).first).to_be_visible()
        await expect(panel.get_by_role("button", name="Print")).to_be_visible()
        summary = panel.locator("sleep-hygiene-summary")
        await expect(summary.get_by_role("heading", level=2)).to_contain_text("Flag room")
    shown = await page.evaluate(DEEP_TEXT)
    assert "Flag room" in shown
    for admin_only in ("Developer tools", "Settings → Repairs", "Get summary"):
        assert admin_only not in shown
    await page.close()
