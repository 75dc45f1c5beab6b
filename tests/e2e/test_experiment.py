"""A person runs experiments from the Sleep panel on a real Home Assistant, in a real Chromium.

A Home Assistant of this test's own: its house clock is set to a time zone where it is morning
now, so an experiment started now begins tonight (each day's part is known from the morning
before). A finished two-week caffeine experiment is written into the journal while Home Assistant
is stopped (it ran over the past weeks), and its nights are answered through ``log_check_in``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
import json
from pathlib import Path
from random import Random
from typing import Any

import aiohttp
from playwright.async_api import BrowserContext, async_playwright, expect
import pytest

from custom_components.sleep_hygiene.model.experiment import Experiment, draw_arms

from .api import HomeAssistantApi, onboard, wait_for
from .bedroom import add_bedroom_over_http
from .panel import DESKTOP, PHONE, last_night, open_panel, show_as, tab
from .server import HomeAssistantProcess
from .ui import CHROMIUM_ARGS, SCREENSHOTS, Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

WITH_CHANGE = {"caffeine": "none", "twitches": "none", "leg_sensations": "none", "rested": "well"}
AS_USUAL = {"caffeine": "evening", "leg_sensations": "some", "rested": "poorly"}
CARDS = "experiment-cards"


def morning_zone() -> str:
    """Return a fixed-offset time zone in which it is about nine in the morning now."""
    offset = 9 - datetime.now(UTC).hour
    offset = offset + 24 if offset < -12 else offset - 24 if offset > 14 else offset
    return "Etc/UTC" if offset == 0 else f"Etc/GMT{-offset:+d}"


async def _answer(api: HomeAssistantApi, entry_id: str, experiment: Experiment) -> None:
    """Answer each night of the experiment: fewer symptoms on nights with the change."""
    for offset, arm in enumerate(experiment.arms):
        night = experiment.first_night + timedelta(days=offset)
        answers = WITH_CHANGE if arm == "change" else AS_USUAL
        # The usual nights differ among themselves, as nights do.
        twitches = "many" if offset % 3 == 0 else "few"
        await api.post(
            "/api/services/sleep_hygiene/log_check_in",
            {
                "config_entry_id": entry_id,
                "night": night.isoformat(),
                "twitches": twitches,
                "awakenings": "one_two",
                "pain": "none",
                "alcohol": "none",
                "evening": "calm",
                **answers,
            },
        )


def _store_finished(config_dir: Path, entry_id: str, experiment: Experiment) -> None:
    """Write the experiment into the stopped Home Assistant's night log, as it kept it."""
    path = config_dir / ".storage" / f"sleep_hygiene.{entry_id}"
    stored: dict[str, Any] = json.loads(path.read_text("utf-8"))
    run = {"experiment": experiment.as_dict(), "result": None}
    stored["data"]["state"]["experiments"] = {"runs": [run]}
    path.write_text(json.dumps(stored), "utf-8")


async def _browser(chromium: str, tmp_path: Path) -> AsyncIterator[BrowserContext]:
    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            tmp_path / "chromium", executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        yield context
        await context.close()


async def test_experiments_from_the_panel(tmp_path: Path, chromium: str) -> None:
    (tmp_path / "config").mkdir()
    ha = HomeAssistantProcess(tmp_path / "config")
    await asyncio.to_thread(ha.start)
    try:
        async with aiohttp.ClientSession() as session:
            api = await onboard(session, ha.url)
            await api.command({"type": "config/core/update", "time_zone": morning_zone()})
            first = await add_bedroom_over_http(api, "Bedroom", [], lights=["light.bed_lamp"])
            second = await add_bedroom_over_http(
                api, "Guest room", [], climate="climate.bedroom_thermostat"
            )
            due = await last_night(api, first)
            token = api.token
        finished = Experiment(
            change="no_caffeine_after_cutoff",
            first_night=due - timedelta(days=20),
            arms=draw_arms(14, Random(20261126)),
        )
        await asyncio.to_thread(ha.stop)
        _store_finished(ha.config_dir, first, finished)
        await asyncio.to_thread(ha.start)
        async with aiohttp.ClientSession() as session:
            api = HomeAssistantApi(session, ha.url, token)
            await wait_for(lambda: _loaded(api), "the bedrooms to load again", within=60)
            # configuration.yaml's zone holds again after the restart: the morning's is set anew.
            await api.command({"type": "config/core/update", "time_zone": morning_zone()})
            await _answer(api, first, finished)
            # A bedroom target tried in the guest room: 17 °C against its usual 18 °C.
            await api.post(
                "/api/services/sleep_hygiene/start_experiment",
                {
                    "config_entry_id": second,
                    "change": "bedroom_target",
                    "target_temperature": 17,
                    "nights": 10,
                },
            )
            guest = await api.command({"type": "sleep_hygiene/tonight", "entry_id": second})
            await _walk(api, chromium, tmp_path, first, guest, due)
    finally:
        await asyncio.to_thread(ha.stop)


async def _loaded(api: HomeAssistantApi) -> bool:
    entries = await api.get("/api/config/config_entries/entry?domain=sleep_hygiene")
    return bool(entries) and all(entry["state"] == "loaded" for entry in entries)


async def _walk(
    api: HomeAssistantApi,
    chromium: str,
    tmp_path: Path,
    entry_id: str,
    guest: dict[str, Any],
    due: date,
) -> None:
    del due
    async for context in _browser(chromium, tmp_path):
        ui = Ui(await context.new_page(), api.url, SCREENSHOTS / "experiment", [])
        page = ui.page
        await ui.log_in()
        await show_as(ui, PHONE, "light")
        panel = page.locator("sleep-hygiene-panel")

        async with ui.step("a finished experiment's result, in words"):
            await open_panel(ui, "Bedroom", "Insights")
            result = panel.locator("sleep-hygiene-experiment article.result")
            await expect(result).to_have_count(1)
            await expect(result.locator(".verdict")).to_have_text(
                "Symptom burden was clearly lower on nights with the change."
            )
            await expect(result).to_contain_text("90 % interval")
            await expect(result).to_contain_text("over 7 pairs of nights as the draw assigned them")
            await expect(result).to_contain_text("Per protocol")
            await expect(result.locator("svg[role=img] rect.change")).to_have_count(7)
            await expect(result.locator("svg[role=img] rect.usual")).to_have_count(7)

        async with ui.step("a 14-night caffeine experiment started"):
            view = panel.locator("sleep-hygiene-experiment")
            await view.locator("select[name=change]").select_option("no_caffeine_after_cutoff")
            await expect(view.locator("input[name=nights]")).to_have_value("14")
            await view.get_by_role("button", name="Start the experiment").click()
            await expect(view.locator(".status")).to_contain_text(
                "No caffeine after the cut-off: night 1 of 14"
            )
            arm = view.locator("sleep-hygiene-experiment-arm .arm")
            await expect(arm).to_contain_text("(night 1 of 14 of your experiment).")
            line = await arm.inner_text()
        await show_as(ui, PHONE, "dark")
        await ui.screenshot("insights-dark-phone")

        async with ui.step("tonight's part on Tonight"):
            await tab(ui, "Tonight").click()
            shown = panel.locator("sleep-hygiene-tonight sleep-hygiene-experiment-arm .arm")
            await expect(shown).to_have_text(line)

        async with ui.step("and on the card"):
            await api.command(
                {
                    "type": "lovelace/dashboards/create",
                    "url_path": CARDS,
                    "title": "Cards",
                    "show_in_sidebar": False,
                    "require_admin": False,
                    "mode": "storage",
                }
            )
            card = {"type": "custom:sleep-hygiene-card", "entry_id": entry_id, "mode": "tonight"}
            views = [{"path": "cards", "title": "Cards", "cards": [card]}]
            await api.command(
                {"type": "lovelace/config/save", "url_path": CARDS, "config": {"views": views}}
            )
            await show_as(ui, DESKTOP, "light")
            await ui.open(f"/{CARDS}/cards")
            on_card = page.locator("sleep-hygiene-card sleep-hygiene-experiment-arm .arm")
            await expect(on_card).to_have_text(line)

        async with ui.step("the guest room's own target tonight"):
            await open_panel(ui, "Guest room", "Tonight")
            target = "17 °C" if guest["experiment"]["arm"] == "change" else "its usual 18 °C"
            guest_arm = panel.locator("sleep-hygiene-tonight sleep-hygiene-experiment-arm .arm")
            await expect(guest_arm).to_have_text(
                f"Today: the bedroom at {target} (night 1 of 10 of your experiment)."
            )
            wanted = 17.0 if guest["experiment"]["arm"] == "change" else 18.0
            assert guest["climate"]["target"] == wanted
