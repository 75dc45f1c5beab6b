"""A person adds a bedroom in English and in German: the integration page, then the routine form.

The form asks three things and keeps the rest in a collapsed section; its photographs are the
README's (docs/setup-routine-en.png and docs/setup-routine-de.png, written by scripts/screenshots).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
import re
from typing import Any

from playwright.async_api import Locator, Page, expect
import pytest
import pytest_asyncio

from .api import HomeAssistantApi, set_language, wait_for
from .ui import Ui, readme_picture

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]


@dataclass(frozen=True)
class Language:
    """What a person reading the form in one language sees."""

    code: str
    bedroom: str
    add_bedroom: str
    title: str
    fields: tuple[str, ...]
    section: str
    inside_section: str


ENGLISH = Language(
    "en",
    "Attic bedroom",
    "Add bedroom",
    "Evening routine",
    ("Lights-out", "Wake", "Night-time bedroom temperature"),
    "More settings",
    "Digital detox before lights-out",
)
GERMAN = Language(
    "de",
    "Gästezimmer",
    "Schlafzimmer hinzufügen",
    "Abendroutine",
    ("Schlafenszeit", "Aufstehzeit", "Nachttemperatur im Schlafzimmer"),
    "Weitere Einstellungen",
    "Digitale Auszeit vor der Schlafenszeit",
)


@pytest_asyncio.fixture(loop_scope="session")
async def speaks(api: HomeAssistantApi) -> AsyncIterator[None]:
    """Let a test set the user's language; English again afterwards, for the other tests."""
    yield
    await set_language(api, "en")
    await api.command({"type": "config/core/update", "language": "en"})


def _submit(page: Page) -> Locator:
    """Return the flow dialog's main button ("Submit", "OK", ...)."""
    return page.locator("dialog-data-entry-flow [slot=primaryAction]").first


async def _delete_bedroom(api: HomeAssistantApi, name: str) -> Any:
    """Return the diagnostics of the bedroom ``name`` once it runs, then delete it (the other
    tests' bedrooms stay as they were)."""

    async def loaded() -> bool:
        entries = await api.get("/api/config/config_entries/entry?domain=sleep_hygiene")
        return [entry["state"] for entry in entries if entry["title"] == name] == ["loaded"]

    await wait_for(loaded, f"{name} to be set up")
    entries = await api.get("/api/config/config_entries/entry?domain=sleep_hygiene")
    (entry_id,) = [entry["entry_id"] for entry in entries if entry["title"] == name]
    diagnostics = await api.get(f"/api/diagnostics/config_entry/{entry_id}")
    url = f"{api.url}/api/config/config_entries/entry/{entry_id}"
    async with api.session.delete(url, headers=api.headers) as response:
        response.raise_for_status()
    return diagnostics


async def _open_routine_form(ui: Ui, language: Language) -> None:
    page = ui.page
    async with ui.step(f"{language.code} integration page"):
        await ui.open("/config/integrations/integration/sleep_hygiene")
        add = page.get_by_role("button", name=language.add_bedroom)
        await expect(add).to_be_visible()
        # Our own icon, from the integration's brand/ folder.
        icon = page.locator("img[src*='/api/brands/integration/sleep_hygiene/']").first
        await expect(icon).to_be_visible()
        assert await icon.evaluate("img => img.complete && img.naturalWidth") > 0
    async with ui.step(f"{language.code} bedroom named"):
        await add.click()
        await page.get_by_role("textbox", name="Name").fill(language.bedroom)
        await _submit(page).click()
    async with ui.step(f"{language.code} routine form"):
        await expect(ui.flow_title(language.title)).to_be_visible()
        for label in language.fields:
            # Required fields carry an asterisk.
            field = page.get_by_text(re.compile(rf"^{re.escape(label)}\s*\*?$")).first
            await expect(field).to_be_visible()
        section = page.locator("ha-expansion-panel").filter(has_text=language.section)
        await expect(section).to_be_visible()
        assert await section.evaluate("panel => panel.expanded") is False
        await expect(page.get_by_text(language.inside_section, exact=True)).to_be_hidden()
    await page.get_by_role("dialog").screenshot(
        path=readme_picture(f"setup-routine-{language.code}")
    )


async def _finish(ui: Ui, api: HomeAssistantApi, language: Language) -> None:
    async with ui.step(f"{language.code} bedroom added"):
        await _submit(ui.page).click()
        await expect(ui.flow_title(language.title)).to_be_hidden()
        await ui.page.keyboard.press("Escape")
    diagnostics = await _delete_bedroom(api, language.bedroom)
    options = diagnostics["data"]["entry"]["options"]
    # The collapsed section's defaults came along, stored flat.
    assert options["detox_lead"] == 30
    assert "advanced" not in options


async def test_adding_a_bedroom_in_english(ui: Ui, api: HomeAssistantApi, speaks: None) -> None:
    await set_language(api, "en")
    await _open_routine_form(ui, ENGLISH)
    await _finish(ui, api, ENGLISH)
    # The blueprints come inside the integration: a bedroom set up installed them, and Home
    # Assistant lists them for a new automation.
    listed = await api.command({"type": "blueprint/list", "domain": "automation"})
    names = ("caffeine_cutoff_reminder", "lights_out_announcement", "morning_check_in")
    assert {f"sleep_hygiene/{name}.yaml" for name in names} <= set(listed)


async def test_adding_a_bedroom_in_german(ui: Ui, api: HomeAssistantApi, speaks: None) -> None:
    # A German household: the person reads German, and Home Assistant speaks it, so the times
    # the form's messages quote are written the German way (the backend knows only its own).
    await set_language(api, "de")
    await api.command({"type": "config/core/update", "language": "de"})
    await _open_routine_form(ui, GERMAN)
    page = ui.page
    async with ui.step("de wake typed for the evening"):
        await ui.set_time(GERMAN.fields[1], 18, 30)
        await _submit(page).click()
        slip = "Mit Aufstehzeit 18:30 dauert die Nacht 20 Std. \N{EN DASH} meintest du 06:30?"
        await expect(page.get_by_text(slip)).to_be_visible()
    async with ui.step("de wake put right"):
        await ui.set_time(GERMAN.fields[1], 6, 30)
    await _finish(ui, api, GERMAN)
