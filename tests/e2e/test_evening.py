"""A new user's first evening in the Sleep panel: the first-run card, a try of the dim, start,
skip and resume, a missed morning answered later, and the journal downloaded.

Each bedroom here has its lights-out three hours from now, so its detox is still ahead whatever
the time of day the tests run; they act on the demo bedroom's real (template) lights.
"""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
import io
import re
from zoneinfo import ZoneInfo

from playwright.async_api import expect
import pytest
import pytest_asyncio

from .api import HomeAssistantApi, wait_for
from .bedroom import add_bedroom_over_http, open_bedroom_device
from .panel import DESKTOP, PHONE, open_panel, show_as, tab
from .ui import Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

HOME_TZ = ZoneInfo("Europe/London")  # config/configuration.yaml
FIRST = "Attic room"
EVENING = "Study"
LAMP = "light.bed_lamp"
CEILING = "light.ceiling_light"


def evening_routine() -> dict[str, str]:
    """Lights-out three hours from now (on a five-minute mark), wake eight hours after it."""
    now = datetime.now(HOME_TZ)
    lights_out = (now + timedelta(hours=3)).replace(second=0, microsecond=0)
    lights_out -= timedelta(minutes=lights_out.minute % 5)
    wake = lights_out + timedelta(hours=8)
    return {"lights_out": f"{lights_out:%H:%M}:00", "wake": f"{wake:%H:%M}:00"}


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def first(api: HomeAssistantApi, bedroom: str) -> str:
    """A bedroom just added, with the demo's lights and no phone or thermostat: no night yet."""
    return await add_bedroom_over_http(api, FIRST, [], evening_routine(), lights=[LAMP, CEILING])


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def evening(api: HomeAssistantApi, bedroom: str) -> str:
    """A bedroom whose detox is still ahead tonight, on the demo's lights and TV."""
    return await add_bedroom_over_http(
        api,
        EVENING,
        [],
        evening_routine(),
        lights=[LAMP, CEILING],
        screens=["media_player.bedroom_tv"],
    )


async def brightness(api: HomeAssistantApi, entity_id: str) -> int:
    state = await api.state(entity_id)
    return int(state["attributes"].get("brightness") or 0) if state["state"] == "on" else 0


async def lights_on(api: HomeAssistantApi) -> None:
    """Switch the demo lamps on full, as a person does before the evening."""
    await api.post("/api/services/light/turn_on", {"entity_id": [LAMP, CEILING], "brightness": 255})
    for entity_id in (LAMP, CEILING):

        async def full(entity_id: str = entity_id) -> bool:
            return await brightness(api, entity_id) == 255

        await wait_for(full, f"{entity_id} to be full on")


async def test_a_new_bedroom_shows_its_first_evening_and_a_try(
    ui: Ui, api: HomeAssistantApi, first: str
) -> None:
    """No "did not run" for a new bedroom: when its first detox runs, a try, what to add next."""
    await lights_on(api)
    card = ui.page.locator("sleep-hygiene-first-run")
    for size in (PHONE, DESKTOP):
        await show_as(ui, size, "light")
        async with ui.step(f"first evening at {size['width']} px"):
            await open_panel(ui, FIRST, "Tonight")
            await expect(card.get_by_role("heading", name="Your first evening")).to_be_visible()
            await expect(card.locator(".when")).to_have_text(
                re.compile(r"Your first digital detox runs (today|tomorrow) at \d{1,2}:\d{2} [AP]M")
            )
            await expect(card).to_contain_text("Home Assistant companion app")
            await expect(card).to_contain_text("A thermostat")
            box = await card.bounding_box()
            assert box is not None
            assert box["x"] >= 0
            assert box["x"] + box["width"] <= size["width"], "the card is wider than the screen"
    assert "did not run" not in await ui.page.locator("sleep-hygiene-panel").inner_text()
    async with ui.step("try it now: the lamps dim warm"):
        await card.get_by_role("button", name="Try it now").click()
        await expect(card.get_by_role("status")).to_contain_text(
            "Dimmed for a try: back as they were at"
        )

        async def dimmed() -> bool:
            return await brightness(api, CEILING) == 102  # 40 %

        await wait_for(dimmed, "the ceiling light to dim to 40 % for the try", within=30)
        await expect(card.get_by_role("button", name="Try it now")).to_be_disabled()
    tonight = await api.command({"type": "sleep_hygiene/tonight", "entry_id": first})
    assert tonight["trying_until"] is not None
    assert tonight["detox"] == "planned"  # a try is not the night's detox


async def test_start_skip_and_resume_from_the_panel_and_the_card(
    ui: Ui, api: HomeAssistantApi, evening: str
) -> None:
    """Start now: the plan shows it started; Skip puts the lamps back; Resume dims them again."""
    await lights_on(api)
    page = ui.page
    view = page.locator("sleep-hygiene-tonight")
    await show_as(ui, DESKTOP, "light")
    async with ui.step("tonight planned"):
        await open_panel(ui, EVENING, "Tonight")
        await expect(view.locator(".state.planned")).to_be_visible()
    async with ui.step("start now: the plan shows the detox started"):
        await view.get_by_role("button", name="Start now").click()
        await expect(view.locator(".state.running")).to_be_visible()
        started = view.locator(".plan li", has=page.locator(".mark.done"))
        await expect(started.first).to_contain_text("started")
        await expect(started.first).to_contain_text("dim")
    entities = await api.entity_ids(evening)
    assert (await api.state(entities["routine_step"]))["state"] == "digital_detox"

    async def dimmed() -> bool:
        return await brightness(api, CEILING) == 102

    await wait_for(dimmed, "the detox to dim the ceiling light", within=90)
    async with ui.step("skip: lamps back, resume offered"):
        await view.get_by_role("button", name="Skip tonight").click()
        await expect(view.get_by_role("status")).to_have_text(
            "Tonight is skipped: the house leaves the bedroom alone."
        )
        await expect(view.get_by_role("button", name="Resume tonight")).to_be_enabled()
        await expect(view.locator(".resume-hint")).to_contain_text(
            "Resume tonight until lights-out"
        )
        await expect(view.locator(".plan li.skipped").first).to_contain_text("skipped")

    async def restored() -> bool:
        return await brightness(api, CEILING) == 255

    await wait_for(restored, "the skip to put the ceiling light back", within=30)
    # The same notification as the device page's button.
    notices = await api.command({"type": "persistent_notification/get"})
    assert any(
        notice["message"] == "Skipped tonight: the house leaves the bedroom alone."
        for notice in notices
    ), notices
    calendar = await api.get(
        f"/api/calendars/{entities['evening_routine']}?start={date.today().isoformat()}T00:00:00Z"
        f"&end={(date.today() + timedelta(days=2)).isoformat()}T00:00:00Z"
    )
    summaries = [event["summary"] for event in calendar]
    assert "Digital detox (skipped)" in summaries
    assert "Wake" in summaries
    assert "Wake (skipped)" not in summaries
    async with ui.step("resume: the detox runs again"):
        await view.get_by_role("button", name="Resume tonight").click()
        await expect(view.get_by_role("status")).to_have_text(
            "Tonight is back on: the wind-down runs as planned."
        )
        await expect(view.locator(".state.running")).to_be_visible()
    await wait_for(dimmed, "resume to dim the ceiling light again", within=90)
    # The card says the same, and offers Resume there too once skipped again.
    await api.post("/api/services/sleep_hygiene/skip_tonight", {"config_entry_id": evening})
    await show_as(ui, PHONE, "light")
    await api.command(
        {
            "type": "lovelace/dashboards/create",
            "url_path": "sleep-evening",
            "title": "Evening",
            "show_in_sidebar": False,
            "require_admin": False,
            "mode": "storage",
        }
    )
    card = {"type": "custom:sleep-hygiene-card", "entry_id": evening, "mode": "tonight"}
    await api.command(
        {
            "type": "lovelace/config/save",
            "url_path": "sleep-evening",
            "config": {"views": [{"path": "cards", "title": "Cards", "cards": [card]}]},
        }
    )
    on_card = page.locator("sleep-hygiene-card sleep-hygiene-tonight")
    async with ui.step("the card offers Resume on a phone"):
        await ui.open("/sleep-evening/cards")
        await on_card.get_by_role("button", name="Resume tonight").click()
        await expect(on_card.locator(".state.running")).to_be_visible()
    # And the device page has the button, translated, with its icon.
    async with ui.step("the device page's Resume tonight"):
        await show_as(ui, DESKTOP, "light")
        await open_bedroom_device(ui, EVENING)
        await expect(page.get_by_text("Resume tonight", exact=True).first).to_be_visible()
    await api.post("/api/services/sleep_hygiene/skip_tonight", {"config_entry_id": evening})


async def test_a_missed_morning_is_answered_from_the_panel(
    ui: Ui, api: HomeAssistantApi, evening: str
) -> None:
    """The night picker offers the last 7 nights; the saved one is marked; the thanks shows."""
    morning = ui.page.locator("sleep-hygiene-morning")
    due = await api.command({"type": "sleep_hygiene/morning", "entry_id": evening})
    missed = date.fromisoformat(due["night"]) - timedelta(days=2)
    await show_as(ui, PHONE, "light")
    async with ui.step("night picker"):
        await open_panel(ui, EVENING, "Morning")
        picker = morning.locator(".night-picker select")
        await expect(picker.locator("option")).to_have_count(7)
        await picker.select_option(missed.isoformat())
        await expect(morning.locator("h2")).to_contain_text(f"{missed.day}")
    async with ui.step("answers for the missed night"):
        for question in ("twitches", "leg_sensations", "awakenings", "pain", "rested"):
            await morning.locator(f"[data-question={question}] [data-option]").first.click()
        for question, option in (("caffeine", "none"), ("alcohol", "none"), ("evening", "calm")):
            await morning.locator(f"[data-question={question}] [data-option={option}]").click()
        await morning.get_by_role("button", name="Save check-in").click()
        confirmation = morning.locator(".confirmation")
        await expect(confirmation).to_contain_text("out of 100")
        # Brought into view: the whole confirmation is on the phone's screen.
        await expect(confirmation).to_be_in_viewport(ratio=1)
    async with ui.step("the night is marked answered"):
        option = picker.locator(f"option[value='{missed.isoformat()}']")
        await expect(option).to_contain_text("answered")
    saved = await api.command(
        {"type": "sleep_hygiene/morning", "entry_id": evening, "night": missed.isoformat()}
    )
    assert saved["answered"] is True


async def test_the_journal_downloads_as_csv(ui: Ui, api: HomeAssistantApi, evening: str) -> None:
    """Your journal on Trends: the CSV has a row for the night answered, with its score."""
    page = ui.page
    await show_as(ui, DESKTOP, "light")
    async with ui.step("your journal"):
        await open_panel(ui, EVENING, "Trends")
        export = page.locator("sleep-hygiene-journal-export")
        await export.scroll_into_view_if_needed()
        await expect(export.get_by_role("heading", name="Your journal")).to_be_visible()
    async with page.expect_download() as waiting:
        await export.get_by_role("button", name="Download CSV").click()
    download = await waiting.value
    assert download.suggested_filename.startswith("sleep-journal-study-")
    assert download.suggested_filename.endswith(".csv")
    path = await download.path()
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    answered = [row for row in rows if row["evening"] == "calm"]
    assert answered, rows
    assert answered[-1]["score"] != ""
    assert "twitches_points" in answered[-1]
    await expect(tab(ui, "Trends")).to_have_attribute("aria-selected", "true")


async def test_the_setup_form_says_how_to_get_a_phone(ui: Ui, bedroom: str) -> None:
    """With no phone in Home Assistant, the phone picker says how to get one and what it adds."""
    page = ui.page
    for size in (PHONE, DESKTOP):
        await show_as(ui, size, "light")
        async with ui.step(f"add a bedroom: the phones field at {size['width']} px"):
            await ui.open("/config/integrations/dashboard")
            await page.get_by_role("button", name="Add integration").click()
            await page.get_by_placeholder("Search for a brand name").fill("Sleep Hygiene")
            await page.get_by_role("button", name="Sleep Hygiene", exact=True).click()
            phones = ui.selector("device", "Phones")
            await phones.scroll_into_view_if_needed()
            dialog = page.locator("dialog-data-entry-flow")
            help_text = dialog.get_by_text(re.compile("Home Assistant companion app"))
            await expect(help_text).to_be_visible()
            await expect(help_text).to_contain_text("None listed? Install the app and log in")
            await expect(help_text).to_contain_text("morning check-in")
        await page.keyboard.press("Escape")
