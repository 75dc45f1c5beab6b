"""A person uses the Sleep panel: the morning check-in, tonight's plan, trends and the summary.

On a phone (412 x 915) and a desktop (1280 x 900), in the default theme's light and dark looks.
The photographs are the README's (docs/panel-*.png; written there by scripts/screenshots).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
import re
import shutil
import subprocess
from typing import Any

from playwright.async_api import expect
import pytest
import pytest_asyncio

from .api import HomeAssistantApi, wait_for
from .bedroom import NAME, add_bedroom_over_http
from .panel import DESKTOP, PHONE, open_panel, photograph, seed_journal, show_as, tab
from .ui import Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

FRESH = "Spare room"
SEEDED = "Main bedroom"
SEEDED_NIGHTS = 30
# One tap per question on a phone: question key -> the answer's label.
TAPS = {
    "twitches": "A few",
    "leg_sensations": "None",
    "awakenings": "Once or twice",
    "pain": "Cramps",
    "rested": "Somewhat",
    "caffeine": "In the afternoon",
    "alcohol": "One drink",
    "evening": "Calm",
}
ANSWERS = {
    "twitches": "few",
    "leg_sensations": "none",
    "awakenings": "one_two",
    "pain": "cramps",
    "rested": "somewhat",
    "caffeine": "afternoon",
    "alcohol": "one",
    "evening": "calm",
}


def figure(value: float) -> str:
    """Write a figure as the panel does in English: at most one decimal, no trailing zero."""
    return f"{value:.1f}".removesuffix(".0")


def alcohol_sentence(alcohol: dict[str, Any]) -> str:
    """Return the panel's sentence for a clear difference, from the factor's figures."""
    return (
        f"Alcohol goes with worse nights: on {alcohol['nights_with']} nights with it your burden"
        f" averaged {figure(alcohol['burden_with'])}, on {alcohol['nights_without']} nights"
        f" without it {figure(alcohol['burden_without'])}. The difference is"
        f" {figure(alcohol['difference'])} points (95 % interval"
        f" {figure(alcohol['difference_low'])} to {figure(alcohol['difference_high'])})."
    )


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def fresh(api: HomeAssistantApi, bedroom: str) -> str:
    """A bedroom with nothing in it and no journal yet (besides the demo bedroom)."""
    return await add_bedroom_over_http(api, FRESH, [])


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def seeded(api: HomeAssistantApi, bedroom: str) -> str:
    """A bedroom with 30 nights of check-ins before last night."""
    entry_id = await add_bedroom_over_http(api, SEEDED, [])
    await seed_journal(api, entry_id, SEEDED_NIGHTS)
    return entry_id


async def test_check_in_on_a_phone_in_nine_taps(ui: Ui, api: HomeAssistantApi, fresh: str) -> None:
    """The check-in is the first thing on a phone; 8 answers and Save are 9 taps."""
    page = ui.page
    morning = page.locator("sleep-hygiene-morning")
    await show_as(ui, PHONE, "light")
    async with ui.step("morning first on a phone"):
        await open_panel(ui, FRESH)
        await expect(tab(ui, "Morning")).to_have_attribute("aria-selected", "true")
        first = morning.locator("[data-question]").first
        await expect(first).to_contain_text("Did your legs twitch or jerk as you fell asleep?")
        box = await first.bounding_box()
        assert box is not None
        assert box["y"] < 400, f"the first question starts {box['y']} px down"
        await expect(morning.get_by_role("status").first).to_have_text("Nothing answered yet")
    await photograph(ui, "panel-morning-phone")
    taps = 0
    async with ui.step("answers tapped"):
        for question, label in TAPS.items():
            chip = morning.locator(f"[data-question={question}]").get_by_role("button", name=label)
            await chip.click()
            taps += 1
            await expect(chip).to_have_attribute("aria-pressed", "true")
        await expect(morning.get_by_text("Not saved yet: 8")).to_be_visible()
    async with ui.step("saved with its score"):
        await morning.get_by_role("button", name="Save check-in").click()
        taps += 1
        confirmation = morning.locator(".confirmation")
        await expect(confirmation).to_contain_text("out of 100")
    assert taps <= 9
    saved = await api.command({"type": "sleep_hygiene/morning", "entry_id": fresh})
    assert saved["answered"] is True
    assert saved["answers"] == ANSWERS
    assert saved["habits_and_bedroom"] is not None
    # What the person did and what they felt, side by side: never one mixed number.
    await expect(confirmation).to_contain_text(
        f"Saved. Habits & bedroom last night: {figure(saved['habits_and_bedroom'])} out of 100."
        f" Symptom burden: {figure(saved['symptom_burden'])} out of 100 (lower is better)."
    )
    await show_as(ui, DESKTOP, "dark")
    async with ui.step("saved answers shown again, desktop dark"):
        await open_panel(ui, FRESH, "Morning")
        for question, label in TAPS.items():
            chip = morning.locator(f"[data-question={question}]").get_by_role("button", name=label)
            await expect(chip).to_have_attribute("aria-pressed", "true")
        await expect(morning.locator(".mark.saved")).to_have_count(len(TAPS))
        await expect(morning.get_by_role("status").first).to_have_text("Saved")
    async with ui.step("a note, folded away under Add a note"):
        note = morning.locator("details.note")
        await expect(note.locator("textarea")).to_be_hidden()
        await note.get_by_text("Add a note").click()
        await note.locator("textarea").fill("Late dinner, a noisy street.")
        await expect(note).to_contain_text("28 of 500 characters")
        await expect(morning.get_by_text("Not saved yet: 1")).to_be_visible()
        await morning.get_by_role("button", name="Save check-in").click()
        await expect(morning.get_by_role("status").first).to_have_text("Saved")
    saved = await api.command({"type": "sleep_hygiene/morning", "entry_id": fresh})
    assert saved["notes"] == "Late dinner, a noisy street."


async def test_an_answered_morning_opens_on_tonights_plan(ui: Ui, fresh: str) -> None:
    """Once last night is answered (the test before), the panel opens on Tonight, plan shown."""
    tonight = ui.page.locator("sleep-hygiene-tonight")
    async with ui.step("opened after the check-in"):
        await open_panel(ui, FRESH)
        await expect(tab(ui, "Tonight")).to_have_attribute("aria-selected", "true")
        await expect(tonight.locator(".plan")).to_contain_text("wake-up and morning check-in")


async def test_tonight_names_the_real_lights_and_screens(
    ui: Ui, api: HomeAssistantApi, bedroom: str, fresh: str
) -> None:
    """Tonight's plan says what happens when, with the devices' names and live states."""
    page = ui.page
    tonight = page.locator("sleep-hygiene-tonight")
    async with ui.step("tonight's plan"):
        await open_panel(ui, NAME, "Tonight")
        plan = tonight.locator(".plan")
        await expect(plan).to_contain_text("dim Bed lamp and Ceiling light to 40 %")
        await expect(plan).to_contain_text("Bedroom TV and Games console plug off")
        await expect(plan).to_contain_text("thermostat to ")
        await expect(plan).to_contain_text("wake-up and morning check-in")
        devices = (("light.bed_lamp", "Bed lamp"), ("media_player.bedroom_tv", "Bedroom TV"))
        for entity_id, name in devices:
            state = (await api.state(entity_id))["state"]
            row = tonight.locator(f"[data-entity='{entity_id}']")
            await expect(row).to_contain_text(name)
            await expect(row.locator(".value")).to_contain_text(state.capitalize())
    await photograph(ui, "panel-tonight-desktop")
    score = (await api.entity_ids(bedroom))["score"]
    async with ui.step("the dashboard of built-in cards, for an administrator"):
        await page.get_by_role("button", name="Show the dashboard").click()
        yaml = page.locator("sleep-hygiene-dashboard-yaml textarea")
        await expect(yaml).to_have_value(re.compile(rf"views:[\s\S]*{re.escape(score)}"))


async def test_trends_show_a_bar_for_every_answered_night(ui: Ui, seeded: str) -> None:
    """Thirty answered nights are thirty bars; a tap shows a night's score in its parts."""
    page = ui.page
    trends = page.locator("sleep-hygiene-trends")
    await show_as(ui, DESKTOP, "dark")
    async with ui.step("90 nights"):
        await open_panel(ui, SEEDED, "Trends")
        await trends.get_by_role("button", name="90 nights").click()
        await expect(trends.locator(".score .bar")).to_have_count(SEEDED_NIGHTS)
        await expect(trends.locator(".symptom_burden .bar")).to_have_count(SEEDED_NIGHTS)
        await expect(trends.get_by_text("out of 100, higher is better")).to_be_visible()
        await expect(trends.get_by_text("0 to 100, lower is better")).to_be_visible()
    async with ui.step("a night in its parts"):
        await trends.locator(".score button.night:has(.bar)").last.click()
        breakdown = page.locator("sleep-hygiene-night-breakdown")
        await expect(breakdown.get_by_role("heading", level=3)).to_have_text(
            re.compile(r"^Night of .+: [\d.]+ out of 100$")
        )
        caffeine = breakdown.locator("[data-part=caffeine]")
        await expect(caffeine).to_contain_text("Caffeine")
        await expect(caffeine).to_contain_text("10 of 10 points")
        await expect(caffeine).to_contain_text(
            "Source: Drake et al. 2013: caffeine 6 hours before bed still disrupted sleep;"
            " the points per answer are ours"
        )
        await expect(breakdown.get_by_role("region", name="Your answers")).to_be_visible()
        await expect(breakdown.get_by_role("region", name="Measured")).to_be_visible()
    async with ui.step("the night before, fetched on its own"):
        shown = await breakdown.get_by_role("heading", level=3).text_content()
        await breakdown.get_by_role("button", name="Earlier night").click()
        await expect(breakdown.get_by_role("heading", level=3)).not_to_have_text(shown or "")
        await expect(breakdown.locator("[data-part=caffeine]")).to_contain_text("of 10 points")
        await breakdown.get_by_role("button", name="Later night").click()
        await expect(breakdown.get_by_role("heading", level=3)).to_have_text(shown or "")
        await expect(breakdown.locator("[data-part=caffeine]")).to_contain_text("10 of 10 points")
    await photograph(ui, "panel-trends-desktop-dark", full_page=True)
    await show_as(ui, PHONE, "dark")
    await expect(trends.locator(".score .bar")).to_have_count(SEEDED_NIGHTS)
    await photograph(ui, "panel-trends-phone-dark")


async def test_insights_and_the_printed_summary(
    ui: Ui, api: HomeAssistantApi, seeded: str, tmp_path: Path
) -> None:
    """The trigger comparison reads as a sentence; the summary prints without the app around it."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is missing: run scripts/setup as root (poppler-utils)")
    page = ui.page
    alcohol: dict[str, Any] = {}

    async def alcohol_found() -> bool:
        # The scores catch up a moment after the last seeded night.
        insights = await api.command({"type": "sleep_hygiene/insights", "entry_id": seeded})
        alcohol.update(next(f for f in insights["factors"] if f["key"] == "alcohol"))
        return bool(alcohol["verdict"] == "worse")

    # Two drinks on every third night, each a much worse one: clearly worse, with its interval.
    await wait_for(alcohol_found, "alcohol to go clearly with worse nights")
    sentence = alcohol_sentence(alcohol)
    # The summary's insights are over its own 14 nights, not the sensor's last 28: four or five
    # drink nights there, too few to tell.
    summary = await api.command({"type": "sleep_hygiene/summary", "entry_id": seeded})
    printed = summary["insights"]["factors"]["alcohol"]
    assert printed["verdict"] == "too_few_nights"
    more = printed["more_nights_with"]
    printed_sentence = (
        f"Alcohol: too few nights to tell yet. It needs {more} more night{'s' if more > 1 else ''}"
        " with it."
    )
    async with ui.step("insights"):
        await open_panel(ui, SEEDED, "Insights")
        view = page.locator("sleep-hygiene-insights")
        await expect(view.locator("section.insights").get_by_text(sentence)).to_be_visible()
        await expect(
            view.get_by_text("Goes clearly with worse nights: Alcohol.").first
        ).to_be_visible()
        await expect(view.get_by_text("not what causes them").first).to_be_visible()
        await expect(view.locator("sleep-hygiene-summary")).to_contain_text(
            f"Sleep journal: {SEEDED}"
        )
    await photograph(ui, "panel-insights-desktop")
    pdf = tmp_path / "summary.pdf"
    await page.pdf(path=pdf, format="A4")
    printed = await asyncio.to_thread(
        subprocess.run, [pdftotext, "-layout", pdf, "-"], capture_output=True, text=True, check=True
    )
    text = printed.stdout
    wanted = (
        f"Sleep journal: {SEEDED}",
        "It is not a diagnosis.",
        "Night by night",
        printed_sentence,
    )
    for words in wanted:
        assert words in " ".join(text.split()), f"{words!r} is not in the printed summary"
    # Only the summary: no sidebar, no tabs, no buttons.
    for app in ("Overview", "To-do lists", "Trends", "Print"):
        assert app not in text, f"{app!r} was printed"


async def test_skip_tonight_says_what_it_did(ui: Ui, api: HomeAssistantApi, seeded: str) -> None:
    """Skip tonight answers in words: done, or why not (the night is under way)."""
    page = ui.page
    view = page.locator("sleep-hygiene-tonight")
    await show_as(ui, PHONE, "dark")
    tonight = await api.command({"type": "sleep_hygiene/tonight", "entry_id": seeded})
    async with ui.step("tonight on a phone"):
        await open_panel(ui, SEEDED, "Tonight")
        skip = view.get_by_role("button", name="Skip tonight")
    if tonight["lights_out_passed"] or tonight["detox"] in ("done", "missed", "off"):
        # Too late, or nothing to skip: no button that could only be refused.
        await expect(skip).to_have_count(0)
        if tonight["lights_out_passed"] and tonight["detox"] != "off":
            await expect(view.locator(".over")).to_contain_text("Lights-out has passed")
        return
    if tonight["detox"] == "skipped":  # skipped already: Resume in Skip's place
        await expect(view.get_by_role("button", name="Resume tonight")).to_be_enabled()
        return
    await expect(skip).to_be_visible()
    async with ui.step("skip tonight pressed"):
        await skip.click()
        await expect(view.get_by_role("status")).to_have_text(
            "Tonight is skipped: the house leaves the bedroom alone."
        )
        await expect(view.locator(".state.skipped")).to_be_visible()
        await expect(view.get_by_role("button", name="Start now")).to_be_disabled()
        await expect(view.get_by_role("button", name="Resume tonight")).to_be_enabled()
