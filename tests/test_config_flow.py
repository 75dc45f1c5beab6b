"""The config, options and reconfigure flows, driven as the frontend drives them.

The routine form's checks, each shown refused and then recovered, are in test_routine_checks.py.
"""

from __future__ import annotations

from typing import Any

from homeassistant import config_entries
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.util.unit_system import METRIC_SYSTEM, US_CUSTOMARY_SYSTEM
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import (
    CONF_DETOX_BRIGHTNESS,
    CONF_DETOX_COLOR_TEMP,
    CONF_LIGHTS,
    CONF_LIGHTS_OUT,
    CONF_NIGHT_BRIGHTNESS,
    CONF_SCREEN_GRACE,
    CONF_SCREENS,
    CONF_SHOW_PANEL,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_UNIT,
    DOMAIN,
)

from .conftest import BEDROOM_OPTIONS
from .flow_helpers import (
    ADVANCED,
    DEFAULTS_C,
    SCHEDULE,
    flat,
    is_collapsed,
    start_routine,
    suggested,
    top_fields,
    untouched,
    with_advanced,
)

# Options the form fills with their defaults once saved: the sidebar page, the weekly question's
# morning and the measured night's age band.
SHOWN_OPTIONS = {CONF_SHOW_PANEL: True, "weekly_question": "sunday", "age_band": "adult"}


async def test_user_flow_creates_bedroom(hass: HomeAssistant) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_NAME: " Main bedroom ", CONF_LIGHTS: ["light.bed_lamp"], CONF_SCREENS: []},
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "schedule"
    # What most people change comes first; the rest waits in a collapsed section.
    assert top_fields(result) == ["lights_out", "wake", "target_temperature", ADVANCED]
    assert is_collapsed(result)

    result = await hass.config_entries.flow.async_configure(result["flow_id"], SCHEDULE)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Main bedroom"
    assert result["data"] == {CONF_LIGHTS: ["light.bed_lamp"], CONF_SCREENS: [], "phones": []}
    # Stored flat, every setting there.
    assert result["options"] == DEFAULTS_C | flat(SCHEDULE) | {CONF_TEMPERATURE_UNIT: "°C"}
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    assert entry.state is ConfigEntryState.LOADED
    assert entry.unique_id == "main_bedroom"


async def test_untouched_routine_keeps_the_defaults(hass: HomeAssistant) -> None:
    """Submitting the form as it opens (the section never opened) stores the defaults."""
    result = await start_routine(hass)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], untouched(result))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"] == DEFAULTS_C | {CONF_TEMPERATURE_UNIT: "°C"}
    await hass.async_block_till_done()


async def test_a_client_that_leaves_out_the_section_gets_the_defaults(
    hass: HomeAssistant,
) -> None:
    result = await start_routine(hass)
    form = {k: v for k, v in SCHEDULE.items() if k != ADVANCED}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"] == DEFAULTS_C | form | {CONF_TEMPERATURE_UNIT: "°C"}
    await hass.async_block_till_done()


@pytest.mark.parametrize(
    ("units", "target", "unit"),
    [(METRIC_SYSTEM, 18.0, "°C"), (US_CUSTOMARY_SYSTEM, 65.0, "°F")],
)
async def test_default_target_follows_unit_system(
    hass: HomeAssistant, units: Any, target: float, unit: str
) -> None:
    hass.config.units = units
    result = await start_routine(hass, "Guest room")
    assert suggested(result, CONF_TARGET_TEMPERATURE) == target
    selector = result["data_schema"].schema[CONF_TARGET_TEMPERATURE]
    assert selector.config["unit_of_measurement"] == unit
    # No bounds in the box: the form's own check names them (test_routine_checks.py).
    assert "min" not in selector.config
    assert "max" not in selector.config
    schedule = SCHEDULE | {CONF_TARGET_TEMPERATURE: target}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], schedule)
    assert result["options"][CONF_TARGET_TEMPERATURE] == target
    assert result["options"][CONF_TEMPERATURE_UNIT] == unit
    await hass.async_block_till_done()


async def test_duplicate_name_is_refused(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "main BEDROOM"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_NAME: "name_exists"}
    # The form keeps what was typed.
    assert suggested(result, CONF_NAME) == "main BEDROOM"
    # Another name goes on, and the new bedroom has its own unique id.
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Guest room"}
    )
    assert result["step_id"] == "schedule"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], SCHEDULE)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["result"].unique_id == "guest_room"
    await hass.async_block_till_done()


async def test_empty_name_is_refused(hass: HomeAssistant) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_NAME: "  "})
    assert result["errors"] == {CONF_NAME: "name_empty"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Nursery"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "schedule"


async def test_options_change_reloads_entry(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    before = bedroom_entry.runtime_data

    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert top_fields(result) == ["lights_out", "wake", "target_temperature", ADVANCED]
    assert is_collapsed(result)
    assert suggested(result, CONF_LIGHTS_OUT) == "22:30:00"
    result = await hass.config_entries.options.async_configure(result["flow_id"], SCHEDULE)
    await hass.async_block_till_done()

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert bedroom_entry.options == (
        DEFAULTS_C | SHOWN_OPTIONS | flat(SCHEDULE) | {CONF_TEMPERATURE_UNIT: "°C"}
    )
    assert ADVANCED not in bedroom_entry.options
    assert bedroom_entry.state is ConfigEntryState.LOADED
    assert bedroom_entry.runtime_data is not before
    assert bedroom_entry.runtime_data.settings.routine.lights_out.hour == 23


async def test_an_entry_stored_before_the_section_opens_with_its_values(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    """Flat options from before the section show inside it, and saving keeps them flat."""
    options = BEDROOM_OPTIONS | {"detox_lead": 50, "reminders": ["warm_bath"]}
    hass.config_entries.async_update_entry(bedroom_entry, options=options)
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    assert suggested(result, "detox_lead") == 50
    assert suggested(result, "reminders") == ["warm_bath"]
    # Untouched, the bedroom keeps what it had, now with every default written out.
    form = untouched(result)
    assert form[ADVANCED]["reminders"] == ["warm_bath"]
    form[ADVANCED]["reminders"] = []  # no phone: the reminder has to go (test_routine_checks)
    result = await hass.config_entries.options.async_configure(result["flow_id"], form)
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert bedroom_entry.options == (DEFAULTS_C | SHOWN_OPTIONS | options | {"reminders": []})


async def test_options_show_target_in_current_unit(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    """A bedroom set up in °C shows 64.4 °F once the house switches to US units."""
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    hass.config.units = US_CUSTOMARY_SYSTEM
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    assert suggested(result, CONF_TARGET_TEMPERATURE) == 64.4
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], SCHEDULE | {CONF_TARGET_TEMPERATURE: 66.0}
    )
    await hass.async_block_till_done()
    assert bedroom_entry.options[CONF_TARGET_TEMPERATURE] == 66.0
    assert bedroom_entry.options[CONF_TEMPERATURE_UNIT] == "°F"
    assert bedroom_entry.state is ConfigEntryState.LOADED


async def test_the_sidebar_page_is_on_until_turned_off(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    assert bedroom_entry.runtime_data.settings.show_panel is True
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    assert suggested(result, CONF_SHOW_PANEL) is True
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], with_advanced(untouched(result), show_panel=False)
    )
    await hass.async_block_till_done()
    assert bedroom_entry.options[CONF_SHOW_PANEL] is False
    assert bedroom_entry.runtime_data.settings.show_panel is False


async def test_reconfigure_changes_contents(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    result = await bedroom_entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "reconfigure"
    assert suggested(result, CONF_NAME) == "Main bedroom"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_NAME: "Loft", CONF_LIGHTS: ["light.loft"], CONF_SCREENS: []},
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert bedroom_entry.title == "Loft"
    assert bedroom_entry.unique_id == "loft"
    assert bedroom_entry.data == {CONF_LIGHTS: ["light.loft"], CONF_SCREENS: [], "phones": []}
    assert bedroom_entry.options == BEDROOM_OPTIONS
    assert bedroom_entry.runtime_data.settings.lights == ("light.loft",)


async def test_reconfigure_refuses_other_bedrooms_name(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    other = MockConfigEntry(domain=DOMAIN, title="Loft", data={}, options=BEDROOM_OPTIONS)
    other.add_to_hass(hass)
    result = await bedroom_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_NAME: "loft"})
    assert result["errors"] == {CONF_NAME: "name_exists"}
    # Keeping its own name is fine.
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Main bedroom"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert bedroom_entry.title == "Main bedroom"
    # Starting the flow set the bedrooms up: let that finish before the test ends.
    await hass.async_block_till_done()


DETOX = {
    CONF_DETOX_BRIGHTNESS: 30,
    CONF_DETOX_COLOR_TEMP: 2700,
    CONF_NIGHT_BRIGHTNESS: 3,
    CONF_SCREEN_GRACE: 5,
}


async def test_detox_levels_default_then_follow_the_options(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    """An entry made before the detox levels existed shows the defaults, and keeps new ones."""
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    assert [suggested(result, key) for key in DETOX] == [40, 2200, 5, 2]

    result = await hass.config_entries.options.async_configure(
        result["flow_id"], with_advanced(SCHEDULE, **{k: float(v) for k, v in DETOX.items()})
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert {key: bedroom_entry.options[key] for key in DETOX} == DETOX
    settings = bedroom_entry.runtime_data.settings
    assert (settings.detox_brightness, settings.detox_color_temp) == (30, 2700)
    assert settings.night_brightness == 3
    assert settings.screen_grace.total_seconds() == 300


@pytest.mark.parametrize(
    ("units", "target", "band"), [(METRIC_SYSTEM, 18.0, 2.0), (US_CUSTOMARY_SYSTEM, 65.0, 4.0)]
)
async def test_thermostat_band_and_night_mode(
    hass: HomeAssistant, units: Any, target: float, band: float
) -> None:
    """The heat/cool band defaults to the comfort band's width; an off thermostat stays off."""
    hass.config.units = units
    result = await start_routine(hass)
    assert suggested(result, "climate_band") == band
    assert suggested(result, "night_hvac_mode") == "stay_off"
    form = SCHEDULE | {CONF_TARGET_TEMPERATURE: target}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], with_advanced(form, climate_band=band + 1, night_hvac_mode="heat")
    )
    await hass.async_block_till_done()
    settings = result["result"].runtime_data.settings
    assert settings.climate_band == band + 1
    assert settings.night_hvac_mode == "heat"


async def test_options_show_the_band_in_the_current_unit(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    """A 2 °C band shows as 3.6 °F once the house is in °F; "stay off" means no night mode."""
    hass.config_entries.async_update_entry(
        bedroom_entry, options=BEDROOM_OPTIONS | {"climate_band": 2.0}
    )
    hass.config.units = US_CUSTOMARY_SYSTEM
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    assert suggested(result, "climate_band") == 3.6
    assert suggested(result, "night_hvac_mode") == "stay_off"
    form = SCHEDULE | {CONF_TARGET_TEMPERATURE: 64.5}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], with_advanced(form, climate_band=3.6, night_hvac_mode="stay_off")
    )
    await hass.async_block_till_done()
    assert bedroom_entry.options["climate_band"] == 3.6
    settings = bedroom_entry.runtime_data.settings
    assert settings.night_hvac_mode is None
    assert settings.temperature_unit == "°F"
