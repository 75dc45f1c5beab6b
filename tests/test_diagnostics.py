"""Diagnostics help debugging and never carry what the person answered."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.const import CONF_PHONES, DOMAIN
from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord
from custom_components.sleep_hygiene.model.red_flags import RULES
from custom_components.sleep_hygiene.model.stored_state import PhoneChain, RedFlagEpisodes

from .journal_fixtures import LAST_NIGHT, TZ, settle, start_bedroom, write_month


async def test_diagnostics_redact_health_data(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    bedroom_entry: MockConfigEntry,
) -> None:
    assert await async_setup_component(hass, "diagnostics", {})
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()

    def answer(record: NightRecord) -> None:
        record.check_in = CheckIn(
            answers={"twitches": "many"}, notes="private note", source="service"
        )
        record.screen_on_minutes = 12.0

    bedroom_entry.runtime_data.log.update(date(2026, 11, 20), answer)

    diag = await get_diagnostics_for_config_entry(hass, hass_client, bedroom_entry)
    assert diag["entry"]["title"] == "Main bedroom"
    tonight = bedroom_entry.runtime_data.clock.times()
    assert diag["tonight"]["night"] == tonight.night.isoformat()
    assert diag["tonight"]["steps"]["lights_out"] == tonight.lights_out.isoformat()
    assert diag["night_log"]["nights"] == 1
    assert diag["night_log"]["nights_with_check_in"] == 1
    latest = diag["night_log"]["latest"]
    assert latest["screen_on_minutes"] == 12.0
    assert latest["check_in"] == "**REDACTED**"
    text = str(diag)
    assert "private note" not in text
    assert "many" not in text


# Answers that say something about a person's health or habits, and every red-flag rule; words
# as common as "none", "one" or "well" would also match Home Assistant's own text.
HEALTH_WORDS = {
    "many",
    "severe",
    "one_two",
    "three_plus",
    "cramps",
    "pain_numbness_swelling",
    "poorly",
    "somewhat",
    "before_cutoff",
    "two_plus",
    "stressed",
    "hard_exercise",
    *RULES,
    # The habit a person tries in an experiment.
    "no_caffeine_after_cutoff",
    "no_alcohol",
    "no_late_exercise",
    "no_screens_after_detox",
}
NOTE = "Legs burned after the wine"
MORNING = datetime(2026, 3, 1, 9, 0, tzinfo=TZ)
ANSWERED = LAST_NIGHT - timedelta(days=1)  # last night itself is still to be answered


def _walk(value: Any, path: str = "$") -> list[tuple[str, Any]]:
    """Return every key and leaf of a diagnostics download, with where it stands."""
    if isinstance(value, dict):
        found: list[tuple[str, Any]] = []
        for key, item in value.items():
            found.append((f"{path}.{key}", key))
            found.extend(_walk(item, f"{path}.{key}"))
        return found
    if isinstance(value, list):
        return [
            leaf for index, item in enumerate(value) for leaf in _walk(item, f"{path}[{index}]")
        ]
    return [(path, value)]


async def _download(
    hass: HomeAssistant, client: ClientSessionGenerator, user: MockUser, entry_id: str
) -> dict[str, Any]:
    """Download diagnostics as the frontend does, with a token made at the test's own time."""
    refresh = await hass.auth.async_create_refresh_token(user, "https://example.com/app")
    token = hass.auth.async_create_access_token(refresh)
    response = await (await client()).get(
        f"/api/diagnostics/config_entry/{entry_id}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status == 200
    download: dict[str, Any] = await response.json()
    return download


async def test_no_health_datum_anywhere_in_a_full_bedroom(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    hass_admin_user: MockUser,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    registered_phone: str,
) -> None:
    """A month of answers, active red flags, a phone check-in under way, a dashboard draft."""
    hass.config_entries.async_update_entry(
        bedroom_entry, data=bedroom_entry.data | {CONF_PHONES: [registered_phone]}
    )
    assert await async_setup_component(hass, "diagnostics", {})
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(
        bedroom_entry,
        last=ANSWERED,
        answers=lambda back: {
            "twitches": "many",
            "pain": "pain_numbness_swelling",
            "leg_sensations": "severe",
            "rested": "poorly",
            "alcohol": "two_plus",
            "evening": "stressed",
            "caffeine": "evening",
        },
    )
    bedroom_entry.runtime_data.log.update(
        ANSWERED, lambda record: setattr(record.check_in, "notes", NOTE)
    )
    await settle(hass, freezer)
    # A phone check-in under way (a question asked) and a draft answer on the dashboard.
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": bedroom_entry.entry_id}, blocking=True
    )
    await hass.services.async_call(
        "select",
        "select_option",
        {"entity_id": "select.main_bedroom_leg_twitches", "option": "many"},
        blocking=True,
    )
    # An experiment with one of those habits.
    await hass.services.async_call(
        DOMAIN,
        "start_experiment",
        {"config_entry_id": bedroom_entry.entry_id, "change": "no_alcohol"},
        blocking=True,
    )
    await hass.async_block_till_done()
    log = bedroom_entry.runtime_data.log
    assert log.read_state(PhoneChain) is not None
    episodes = log.read_state(RedFlagEpisodes)
    assert episodes is not None
    assert any(rule in episodes.episodes for rule in RULES)

    download = await _download(hass, hass_client_no_auth, hass_admin_user, bedroom_entry.entry_id)
    diag = download["data"]
    leaks = [
        (path, value)
        for path, value in _walk(download)
        if isinstance(value, str) and (NOTE in value or any(word in value for word in HEALTH_WORDS))
    ]
    assert leaks == []
    assert diag["night_log"]["nights_with_check_in"] == 28
    # Where each controller stands is still there to debug with.
    assert diag["night_log"]["state"]["phone_check_in"]["night"] == LAST_NIGHT.isoformat()
    (experiment,) = diag["experiments"]
    assert experiment == {
        "change": "**REDACTED**",
        "first_night": (LAST_NIGHT + timedelta(days=1)).isoformat(),
        "stopped_at": None,
        "status": "running",
        "nights": 14,
        "worked_out": False,
    }


async def test_an_experiment_on_the_bedrooms_settings_shows_each_nights_part(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    hass_admin_user: MockUser,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
) -> None:
    """Another target is the house's own doing: its nights' parts help to debug the thermostat."""
    assert await async_setup_component(hass, "diagnostics", {})
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    await hass.services.async_call(
        DOMAIN,
        "start_experiment",
        {
            "config_entry_id": bedroom_entry.entry_id,
            "change": "bedroom_target",
            "target_temperature": 16,
            "nights": 10,
        },
        blocking=True,
    )
    experiment = bedroom_entry.runtime_data.experiments.current
    assert experiment is not None
    download = await _download(hass, hass_client_no_auth, hass_admin_user, bedroom_entry.entry_id)
    (shown,) = download["data"]["experiments"]
    assert shown["change"] == "bedroom_target"
    assert shown["arms"] == list(experiment.arms)
    assert (shown["target_c"], shown["usual_target_c"]) == (16.0, 18.0)
    assert (shown["status"], shown["nights"]) == ("running", 10)
