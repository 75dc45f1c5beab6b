"""The routine form's checks: each error shown, read as a person reads it, then put right.

A night of 4 to 14 hours, a target in the bedroom's range, a night level at most the detox level,
and notifications only for a bedroom with a phone.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import translation
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import (
    CONF_LIGHTS_OUT,
    CONF_PHONES,
    CONF_TARGET_TEMPERATURE,
    CONF_WAKE,
    DOMAIN,
)
from custom_components.sleep_hygiene.model.clock_text import format_clock

from .conftest import BEDROOM_OPTIONS
from .flow_helpers import ADVANCED, SCHEDULE, start_routine, suggested, with_advanced


async def _message(hass: HomeAssistant, result: Any, field: str, language: str = "en") -> str:
    """Return the error on ``field`` as the frontend shows it, placeholders filled in."""
    category = "options" if result["handler"] != DOMAIN else "config"
    texts = await translation.async_get_translations(hass, language, category, [DOMAIN])
    text = texts[f"component.{DOMAIN}.{category}.error.{result['errors'][field]}"]
    return text.format(**result["description_placeholders"])


@pytest.mark.parametrize(
    ("lights_out", "wake", "field", "message", "suggestion"),
    [
        # The example of issue #17: wake typed PM for AM. English writes 12-hour times.
        ("22:30:00", "18:30:00", CONF_WAKE, "Wake at 6:30 PM makes a night of 20 h", "06:30"),
        ("23:00:00", "19:15:00", CONF_WAKE, "Wake at 7:15 PM makes a night of 20¼ h", "07:15"),
        # Lights-out typed AM for PM: the wake time reads right, lights-out does not.
        (
            "10:30:00",
            "06:30:00",
            CONF_LIGHTS_OUT,
            "Lights-out at 10:30 AM makes a night of 20 h",
            "22:30",
        ),
        # The same time twice is a night of nothing.
        ("22:30:00", "22:30:00", CONF_WAKE, "Wake at 10:30 PM makes a night of 0 h", "10:30"),
    ],
)
async def test_a_twelve_hour_slip_is_named(
    hass: HomeAssistant, lights_out: str, wake: str, field: str, message: str, suggestion: str
) -> None:
    result = await start_routine(hass)
    bad = SCHEDULE | {CONF_LIGHTS_OUT: lights_out, CONF_WAKE: wake}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], bad)
    assert result["type"] is FlowResultType.FORM
    assert list(result["errors"]) == [field]
    written = format_clock(time.fromisoformat(suggestion), "en")
    assert result["description_placeholders"]["suggestion"] == written
    assert await _message(hass, result, field) == f"{message} — did you mean {written}?"
    # The form keeps what was typed; the suggestion put in makes a likely night.
    assert suggested(result, CONF_LIGHTS_OUT) == lights_out
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], bad | {field: f"{suggestion}:00"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()


async def test_the_slip_is_named_in_the_users_language(hass: HomeAssistant) -> None:
    # The backend knows Home Assistant's language: German writes 24-hour times.
    hass.config.language = "de"
    result = await start_routine(hass)
    bad = SCHEDULE | {CONF_LIGHTS_OUT: "22:30:00", CONF_WAKE: "18:30:00"}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], bad)
    assert await _message(hass, result, CONF_WAKE, "de") == (
        "Mit Aufstehzeit 18:30 dauert die Nacht 20 Std. \N{EN DASH} meintest du 06:30?"
    )


@pytest.mark.parametrize(
    ("wake", "written", "hours"), [("01:30:00", "1:30 AM", "3"), ("13:45:00", "1:45 PM", "15¼")]
)
async def test_a_night_no_slip_explains_is_refused(
    hass: HomeAssistant, wake: str, written: str, hours: str
) -> None:
    """3 or 15 hours: 12 hours off is no likelier, so the form says what a night may be."""
    result = await start_routine(hass)
    bad = SCHEDULE | {CONF_LIGHTS_OUT: "22:30:00", CONF_WAKE: wake}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], bad)
    assert result["errors"] == {CONF_WAKE: "night_length"}
    assert await _message(hass, result, CONF_WAKE) == (
        f"Lights-out at 10:30 PM and wake at {written} make a night of {hours} h. "
        "Choose times that leave 4 to 14 h for the night."
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], bad | {CONF_WAKE: "06:30:00"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()


@pytest.mark.parametrize(
    ("metric", "bad", "good", "message"),
    [
        (True, 35.0, 19.0, "Choose a night-time temperature from 13 to 27 °C."),
        (False, 95.0, 66.0, "Choose a night-time temperature from 55 to 80 °F."),
    ],
)
async def test_a_target_out_of_range_names_the_range(
    hass: HomeAssistant, metric: bool, bad: float, good: float, message: str
) -> None:
    if not metric:
        hass.config.units = US_CUSTOMARY_SYSTEM
    result = await start_routine(hass)
    form = SCHEDULE | {CONF_TARGET_TEMPERATURE: bad}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], form)
    assert result["errors"] == {CONF_TARGET_TEMPERATURE: "target_out_of_range"}
    assert await _message(hass, result, CONF_TARGET_TEMPERATURE) == message
    assert suggested(result, CONF_TARGET_TEMPERATURE) == bad
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], form | {CONF_TARGET_TEMPERATURE: good}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"][CONF_TARGET_TEMPERATURE] == good
    await hass.async_block_till_done()


async def test_night_level_above_detox_level_is_refused(hass: HomeAssistant) -> None:
    """The error shows above the collapsed section, where both levels are."""
    result = await start_routine(hass)
    assert suggested(result, "detox_brightness") == 40
    bad = with_advanced(SCHEDULE, detox_brightness=20, night_brightness=25)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], bad)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {ADVANCED: "night_above_detox"}
    assert suggested(result, "night_brightness") == 25
    assert not hass.config_entries.async_entries(DOMAIN)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], with_advanced(bad, night_brightness=20)
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()


async def test_every_problem_shows_at_once(hass: HomeAssistant) -> None:
    result = await start_routine(hass)
    bad = SCHEDULE | {CONF_WAKE: "18:00:00", CONF_TARGET_TEMPERATURE: 5.0}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], bad)
    assert result["errors"] == {
        CONF_WAKE: "night_wake_slip",
        CONF_TARGET_TEMPERATURE: "target_out_of_range",
    }
    result = await hass.config_entries.flow.async_configure(result["flow_id"], SCHEDULE)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()


async def test_options_refuse_a_slip_and_keep_the_options(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    bad = SCHEDULE | {CONF_LIGHTS_OUT: "23:00:00", CONF_WAKE: "19:00:00"}
    result = await hass.config_entries.options.async_configure(result["flow_id"], bad)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_WAKE: "night_wake_slip"}
    assert await _message(hass, result, CONF_WAKE) == (
        "Wake at 7:00 PM makes a night of 20 h — did you mean 7:00 AM?"
    )
    assert bedroom_entry.options == BEDROOM_OPTIONS
    result = await hass.config_entries.options.async_configure(result["flow_id"], SCHEDULE)
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert bedroom_entry.options[CONF_WAKE] == "07:00:00"


@pytest.mark.parametrize("notify", [{"reminders": ["caffeine_cutoff"]}, {"red_flag_notify": True}])
async def test_notifications_without_a_phone_are_refused(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry, notify: dict[str, Any]
) -> None:
    assert not bedroom_entry.data.get(CONF_PHONES)
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], with_advanced(SCHEDULE, **notify)
    )
    assert result["errors"] == {"base": "notify_without_phone"}
    assert await _message(hass, result, "base") == (
        "Reminders and red-flag notices go to the bedroom's phones, and it has none yet. "
        "Add a phone with Reconfigure, or turn them off under “More settings”."
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], with_advanced(SCHEDULE, reminders=[], red_flag_notify=False)
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert bedroom_entry.runtime_data.settings.reminders == ()


async def test_notifications_go_ahead_with_a_phone(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry, registered_phone: str
) -> None:
    hass.config_entries.async_update_entry(
        bedroom_entry, data=bedroom_entry.data | {CONF_PHONES: [registered_phone]}
    )
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        with_advanced(SCHEDULE, reminders=["caffeine_cutoff"], red_flag_notify=True),
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert bedroom_entry.runtime_data.settings.reminders == ("caffeine_cutoff",)
