"""A person adds the Sleep Hygiene card from the card picker; a wrong bedroom is said in words."""

from __future__ import annotations

from collections.abc import AsyncIterator
import json

from playwright.async_api import expect
import pytest
import pytest_asyncio

from .api import HomeAssistantApi, set_language, wait_for
from .server import ROOT
from .ui import Ui, readme_picture

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

URL_PATH = "sleep-cards"
VIEW = f"/{URL_PATH}/cards"
CARD = "custom:sleep-hygiene-card"
GERMAN = ROOT / "custom_components" / "sleep_hygiene" / "translations" / "de.json"


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def dashboard(api: HomeAssistantApi, bedroom: str) -> str:
    """An empty dashboard of our own to add cards to."""
    await api.command(
        {
            "type": "lovelace/dashboards/create",
            "url_path": URL_PATH,
            "title": "Sleep cards",
            "show_in_sidebar": False,
            "require_admin": False,
            "mode": "storage",
        }
    )
    return URL_PATH


async def save_cards(api: HomeAssistantApi, cards: list[dict[str, str]]) -> None:
    view = {"path": "cards", "title": "Cards", "cards": cards}
    await api.command(
        {"type": "lovelace/config/save", "url_path": URL_PATH, "config": {"views": [view]}}
    )


@pytest_asyncio.fixture(loop_scope="session")
async def german(api: HomeAssistantApi) -> AsyncIterator[None]:
    """The user reads German for one test; English again afterwards, for the others."""
    await set_language(api, "de")
    yield
    await set_language(api, "en")


async def test_card_from_the_card_picker(
    ui: Ui, api: HomeAssistantApi, bedroom: str, dashboard: str
) -> None:
    """Search the card picker, pick the card, choose the bedroom in its editor, save."""
    await save_cards(api, [])
    page = ui.page
    async with ui.step("card picker searched"):
        await ui.open(f"{VIEW}?edit=1")
        await page.get_by_role("button", name="Add card").first.click()
        await page.get_by_role("tab", name="By card").click()
        await page.get_by_placeholder("Search cards").fill("Sleep Hygiene")
        offered = page.locator("hui-card-picker div.card").filter(has_text="Open the Sleep panel")
        await expect(offered).to_be_visible()
    listed = await page.evaluate("() => window.customCards.map((card) => card.type)")
    assert listed.count("sleep-hygiene-card") == 1
    async with ui.step("editor: bedroom and mode chosen"):
        await offered.click()
        editor = page.locator("sleep-hygiene-card-editor")
        await editor.locator("select[name=entry_id]").select_option(label="Bedroom")
        await editor.locator("select[name=mode]").select_option("tonight")
        preview = page.locator("hui-dialog-edit-card sleep-hygiene-card")
        await expect(preview.get_by_text("Tonight's plan")).to_be_visible()
    await page.get_by_role("dialog").last.screenshot(path=readme_picture("card-editor"))
    async with ui.step("card saved on the dashboard"):
        await page.get_by_role("button", name="Save").click()
        await expect(page.locator("hui-dialog-edit-card sleep-hygiene-card")).to_be_hidden()
        await expect(
            page.locator("sleep-hygiene-card").get_by_text("Tonight's plan")
        ).to_be_visible()
    saved = {"type": CARD, "entry_id": bedroom, "mode": "tonight"}

    async def stored() -> bool:
        config = await api.command({"type": "lovelace/config", "url_path": URL_PATH})
        return bool(config["views"][0]["cards"] == [saved])

    await wait_for(stored, "the card to be saved in the dashboard")


async def test_card_says_a_missing_bedroom_in_the_users_language(
    ui: Ui, api: HomeAssistantApi, dashboard: str, german: None
) -> None:
    """A card for a bedroom that is not there says so in German; the picker describes it so."""
    await save_cards(api, [{"type": CARD, "entry_id": "no-such-bedroom"}])
    texts = json.loads(GERMAN.read_text(encoding="utf-8"))
    message = texts["exceptions"]["entry_not_found"]["message"].format(entry_id="no-such-bedroom")
    async with ui.step("card with a missing bedroom, in German"):
        await ui.open(VIEW)
        card = ui.page.locator("sleep-hygiene-card")
        await expect(card.get_by_role("alert")).to_have_text(message)
        await expect(card.get_by_role("link")).to_have_text(texts["common"]["panel_open_panel"])
    # The card picker lists the card before any text is loaded: its description is built in.
    described = await ui.page.evaluate(
        "() => window.customCards.find((card) => card.type === 'sleep-hygiene-card').description"
    )
    assert described == texts["common"]["panel_card_description"]
