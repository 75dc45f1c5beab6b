"""Sleep Hygiene: a bedroom that winds itself down, and a morning check-in that keeps score."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.importlib import async_import_module
from homeassistant.helpers.typing import ConfigType

from .blueprint_install import async_install_blueprints_once
from .config_flow import SleepHygieneConfigFlow, bedroom_unique_id
from .const import DOMAIN
from .coordinator import ScoreCoordinator
from .house.climate.control import ClimateControl
from .house.climate.thermometer import BedroomThermometer, temperature_source
from .house.detox.controller import DetoxController
from .house.experiment.control import ExperimentControl
from .house.issues.missing_entities import async_watch_missing_entities
from .house.issues.red_flags import async_delete_red_flag_issues, async_setup_red_flag_issues
from .house.journal.store import NightLog, async_delete_night_log_issues
from .house.measures.start import async_start_measuring
from .house.routine.clock import RoutineClock
from .house.routine.notices import async_clear_notices_at_each_step
from .house.routine.setup_hold import SetupHold
from .house.voice.assist import async_setup_assist
from .model.settings import BedroomSettings
from .model.stored_state import PhoneChain, VoiceChain
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
    """Set up a bedroom."""
    # The blueprints travel inside the integration: the first bedroom set up installs them.
    await async_install_blueprints_once(hass)
    settings = BedroomSettings.from_entry(entry.data, entry.options)
    log = NightLog(hass, entry.entry_id)
    await log.async_load()
    # Unload callbacks run last-registered first: this one writes what the others saved on stopping.
    entry.async_on_unload(log.async_flush)
    # Before the clock: an experiment's earlier detox moves its nights' times.
    experiments = ExperimentControl(hass, entry, log)
    clock = RoutineClock(hass, settings.routine, experiments.detox_lead_on)
    # Before anything acts: whether the bedroom, set up or changed in the night, waits a step.
    hold = SetupHold(hass, entry, settings, clock, log)
    scores = ScoreCoordinator(hass, entry, log, clock, settings.age_band)
    detox = DetoxController(hass, entry, settings, clock, log)
    entry.runtime_data = SleepHygieneData(
        settings=settings,
        clock=clock,
        log=log,
        detox=detox,
        scores=scores,
        hold=hold,
        experiments=experiments,
    )
    entry.async_on_unload(clock.async_start())
    entry.async_on_unload(experiments.async_start())
    entry.async_on_unload(async_clear_notices_at_each_step(hass, entry))
    entry.async_on_unload(hold.async_start())
    await scores.async_start()
    async_setup_red_flag_issues(hass, entry)
    entry.async_on_unload(ClimateControl(hass, entry).async_start())
    if source := temperature_source(settings):
        entry.async_on_unload(BedroomThermometer(hass, entry, source).async_start())
    entry.async_on_unload(async_watch_missing_entities(hass, entry))
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    # After the platforms, so a detox caught up on setup shows on the night-events entity.
    entry.async_on_unload(detox.async_start())
    entry.async_on_unload(await async_start_measuring(hass, entry))
    if settings.illuminance_sensor:
        # Memory: only a bedroom with a light sensor imports what measures the wind-down's light
        # (in the executor, as Home Assistant imports: an import reads files).
        await async_import_module(hass, f"{__package__}.house.measures.illuminance")
        from .house.measures.illuminance import IlluminanceTracker  # noqa: PLC0415

        tracker = IlluminanceTracker(hass, entry, settings.illuminance_sensor)
        entry.async_on_unload(tracker.async_start())
    # After the platforms, so the step sensor has moved on when the step event fires.
    entry.async_on_unload(async_start_step_events(hass, entry))
    if settings.phones and settings.reminders:
        # Memory: only a bedroom with phones and chosen reminders imports them.
        await async_import_module(hass, f"{__package__}.house.routine.reminders")
        from .house.routine.reminders import RoutineReminders  # noqa: PLC0415

        entry.async_on_unload(RoutineReminders(hass, entry).async_start())
    if settings.phones or _check_in_under_way(log):
        # Memory: only a bedroom with phones (or a check-in still answerable) imports the chain.
        await async_import_module(hass, f"{__package__}.house.phones.check_in")
        from .house.phones.check_in import PhoneCheckIn  # noqa: PLC0415

        entry.async_on_unload(PhoneCheckIn(hass, entry).async_start())
    if settings.satellite or _check_in_under_way(log, VoiceChain):
        # Memory: only a bedroom with a satellite (or a voice check-in to go on with) imports it.
        await async_import_module(hass, f"{__package__}.house.voice.check_in")
        from .house.voice.check_in import VoiceCheckIn  # noqa: PLC0415

        entry.async_on_unload(VoiceCheckIn(hass, entry).async_start())
    # Skip, resume, start now, "how did I sleep?" and "log my check-in" by voice.
    entry.async_on_unload(async_setup_assist(hass, entry))
    await async_update_panel(hass)
    return True


def _check_in_under_way(log: NightLog, kind: type[PhoneChain | VoiceChain] = PhoneChain) -> bool:
    """Return True while a check-in waits for an answer (its phones or satellite may be gone)."""
    chain = log.read_state(kind)
    return chain is not None and chain.step is not None


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
