"""The dashboard's buttons answer: a notice until the next step, the night-events entity."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.sleep_hygiene.const import EVENT_NIGHT_SKIPPED
from custom_components.sleep_hygiene.model.score import score_night

from .bedroom_fixtures import advance, start_bedroom
from .notice_helpers import Notices

LONDON = ZoneInfo("Europe/London")
TITLE = "Sleep Hygiene: Main bedroom"
NEXT_DETOX = "sensor.main_bedroom_next_digital_detox"
NIGHT_EVENTS = "event.main_bedroom_night_events"


def at(hour: int, minute: int, day: int = 20) -> datetime:
    """Return a London time in November 2026 (GMT, so also UTC)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


async def _press(hass: HomeAssistant, button: str) -> None:
    await hass.services.async_call("button", "press", {"entity_id": button}, blocking=True)
    await hass.async_block_till_done()


async def test_skip_tonight_says_so_until_the_next_step(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    notices = Notices(hass)
    skipped = async_capture_events(hass, EVENT_NIGHT_SKIPPED)
    await start_bedroom(hass, freezer, at(21, 0))
    assert hass.states.get(NEXT_DETOX).state == "2026-11-20T22:00:00+00:00"

    await _press(hass, "button.main_bedroom_skip_tonight")
    assert notices.of() == (TITLE, "Skipped tonight: the house leaves the bedroom alone.")
    # Before the detox: no light to put back.
    assert [event.data for event in skipped] == [
        {"config_entry_id": "bedroom1", "night": "2026-11-20", "restored": []}
    ]
    assert hass.states.get(NIGHT_EVENTS).attributes["event_type"] == "night_skipped"
    # No detox tonight: the next one is tomorrow's.
    assert hass.states.get(NEXT_DETOX).state == "2026-11-21T22:00:00+00:00"

    await advance(hass, freezer, at(21, 29))
    assert notices.of() is not None
    await advance(hass, freezer, at(21, 30))  # the warm bath, the next step
    assert notices.of() is None


async def test_a_check_in_submitted_on_the_dashboard_thanks_with_both_figures(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The thanks shows habits & bedroom beside the symptom burden, never one mixed number."""
    notices = Notices(hass)
    entry, _log = await start_bedroom(hass, freezer, at(21, 0))
    await advance(hass, freezer, at(7, 0, day=21))
    await hass.services.async_call(
        "select",
        "select_option",
        {"entity_id": "select.main_bedroom_leg_twitches", "option": "few"},
        blocking=True,
    )
    await _press(hass, "button.main_bedroom_submit_check_in")
    scored = score_night(entry.runtime_data.log.records(), date(2026, 11, 20), LONDON)
    assert scored is not None
    # The detox ran on time with nothing changed by hand: the bedroom is full marks; a few
    # twitches are half the twitch points, the only symptom answered.
    assert (scored.hygiene, scored.burden) == (100.0, 50.0)
    assert notices.of() == (
        TITLE,
        "Thanks, all saved. Habits & bedroom: 100/100. Symptom burden: 50/100 (lower is better).",
    )
    assert hass.states.get(NIGHT_EVENTS).attributes["event_type"] == "check_in_logged"
