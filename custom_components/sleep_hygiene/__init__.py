"""Sleep Hygiene: a bedroom that winds itself down, and a morning check-in that keeps score."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from .assist import async_setup_assist
from .blueprint_install import async_install_blueprints_once
from .config_flow import SleepHygieneConfigFlow, bedroom_unique_id
from .const import DOMAIN
from .coordinator import ScoreCoordinator
from .house.bedroom import async_load_bedroom
from .house.climate.control import ClimateControl
from .house.climate.thermometer import BedroomThermometer, temperature_source
from .house.detox.controller import DetoxController
from .house.experiment.control import ExperimentControl
from .house.issues.missing_entities import async_watch_missing_entities
from .house.issues.red_flags import RedFlagIssues, async_delete_red_flag_issues
from .house.journal.store import NightLog, async_delete_night_log_issues
from .house.parts import async_start_parts
from .house.routine.notices import async_clear_notices_at_each_step
from .panel import async_register_commands, async_update_panel
from .runtime_data import SleepHygieneConfigEntry, SleepHygieneData
from .sensors.routine_step import async_start_step_events
from .services import async_setup_services

PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.CALENDAR,
    Platform.EVENT,
    Platform.NUMBER,
    Platform.SELECT,
    Platform.SENSOR,
    Platform.SWITCH,
    Platform.TIME,
]
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the services and the panel's websocket commands once, for every bedroom."""
    async_setup_services(hass)
    async_register_commands(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> bool:
    """Set up a bedroom: what it is, in the order its parts start."""
    # The blueprints travel inside the integration: the first bedroom set up installs them.
    await async_install_blueprints_once(hass)
    # Settings, night log, experiment's arms, clock and setup hold: before anything acts.
    bedroom = await async_load_bedroom(hass, entry)
    detox = DetoxController(bedroom)
    scores = ScoreCoordinator(bedroom)
    experiments = ExperimentControl(bedroom)
    climate = ClimateControl(bedroom)
    source = temperature_source(bedroom.settings)
    thermometer = None if source is None else BedroomThermometer(bedroom, source)
    entry.runtime_data = SleepHygieneData(bedroom, detox, scores, experiments, climate, thermometer)
    entry.async_on_unload(bedroom.clock.async_start())
    entry.async_on_unload(experiments.async_start())
    entry.async_on_unload(async_clear_notices_at_each_step(hass, entry.entry_id, bedroom.clock))
    entry.async_on_unload(bedroom.hold.async_start())
    await scores.async_start()
    entry.async_on_unload(RedFlagIssues(bedroom, scores).async_start())
    entry.async_on_unload(climate.async_start())
    if thermometer is not None:
        entry.async_on_unload(thermometer.async_start())
    entry.async_on_unload(async_watch_missing_entities(bedroom))
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    # After the platforms, so a detox caught up on setup shows on the night-events entity.
    entry.async_on_unload(detox.async_start())
    # After the platforms, so the step sensor has moved on when the step event fires.
    entry.async_on_unload(async_start_step_events(hass, entry))
    # Phones, reminders, measured nights, light sensor, satellite: those the bedroom has.
    entry.async_on_unload(await async_start_parts(bedroom, detox))
    # Skip, resume, start now, "how did I sleep?" and "log my check-in" by voice.
    entry.async_on_unload(async_setup_assist(hass, entry))
    await async_update_panel(hass)
    return True


async def async_migrate_entry(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> bool:
    """Bring a bedroom's entry to this version; an entry of a newer version is not loaded."""
    if entry.version > SleepHygieneConfigFlow.VERSION:
        return False
    if entry.minor_version < 2:  # 1.2 gives each bedroom a unique id from its name
        unique_id = bedroom_unique_id(entry.title)
        taken = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, unique_id)
        hass.config_entries.async_update_entry(
            entry, unique_id=unique_id if taken is None else entry.unique_id, minor_version=2
        )
    return True


async def async_unload_entry(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> bool:
    """Unload a bedroom; the night log is written by its unload callback, after the others."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    # This bedroom no longer counts (it is unloading): the panel goes with the last one.
    await async_update_panel(hass)
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> None:
    """Delete a removed bedroom's journal and its Repairs issues."""
    await NightLog(hass, entry.entry_id).async_remove()
    async_delete_red_flag_issues(hass, entry.entry_id)
    async_delete_night_log_issues(hass, entry.entry_id)
