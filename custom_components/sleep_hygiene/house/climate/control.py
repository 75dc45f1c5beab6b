"""The bedroom thermostat: the night target ahead of lights-out, the day setting back at wake.

What was done tonight lives in the night log's ``state["climate"]``, so a restart at 03:00 still
restores at wake and a restart after wake restores at once. A change whose context is not one of
ours is a person's: it wins until wake. The thermostat is listened to only while there is
something to wait for (it to come back, or a person's change).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from homeassistant.components.climate.const import (
    ATTR_HVAC_MODES,
    ATTR_MAX_TEMP,
    ATTR_MIN_TEMP,
    ATTR_TARGET_TEMP_STEP,
    DOMAIN as CLIMATE_DOMAIN,
)
from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import (
    CALLBACK_TYPE,
    CoreState,
    Event,
    EventStateChangedData,
    State,
    callback,
)
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util

from ...const import LOGGER
from ...model.climate_plan import (
    SETPOINT_KEYS,
    WATCHED_PHASES,
    ClimatePhase,
    NightClimate,
    NightPlan,
    Reading,
    Skip,
    ThermostatCall,
    is_changed,
    restore_plan,
    thermostat_plan,
)
from ...model.night import NightRecord
from ...model.schedule import NightTimes
from ...model.temperature import convert_temperature_delta
from ...signals import signal_nights_changed
from ..bedroom import Bedroom
from ..night_window import NightWindow
from ..own_calls import Call, OwnCalls
from ..routine.clock import CLIMATE_START


def reading_from_state(state: State | None, unit: str) -> Reading | None:
    """Return the thermostat as its state shows it, or None while it is unavailable."""
    if state is None or state.state in (STATE_UNAVAILABLE, STATE_UNKNOWN):
        return None
    attributes = state.attributes
    return Reading(
        hvac_mode=state.state,
        unit=str(unit),
        hvac_modes=tuple(attributes.get(ATTR_HVAC_MODES, ())),
        # The climate component writes a setpoint attribute only when the entity supports it.
        setpoints={key: attributes[key] for key in SETPOINT_KEYS if key in attributes},
        min_temp=attributes.get(ATTR_MIN_TEMP),
        max_temp=attributes.get(ATTR_MAX_TEMP),
        step=attributes.get(ATTR_TARGET_TEMP_STEP),
    )


class ClimateControl(NightWindow):
    """Sets, holds and restores one bedroom's thermostat."""

    begins_at = CLIMATE_START

    def __init__(self, bedroom: Bedroom) -> None:
        """Prepare; ``async_start`` attaches it to the clock."""
        super().__init__(bedroom)
        self._calls = OwnCalls(bedroom.hass)
        self._watched: str | None = None
        self._unsub_state: CALLBACK_TYPE | None = None
        # What tonight's thermostat was set to and from: read once, kept here and in the log.
        self._stored = bedroom.log.read_state(NightClimate)

    @property
    def listening(self) -> bool:
        """Return True while the thermostat is followed (only the night needs it)."""
        return self._unsub_state is not None

    def _listen(self) -> list[CALLBACK_TYPE]:
        return [
            async_dispatcher_connect(
                self.hass, signal_nights_changed(self.bedroom.entry_id), self._on_night_changed
            )
        ]

    @callback
    def _stop(self) -> None:
        self._follow(None)

    @callback
    def _catch_up(self) -> None:
        """Do what the clock would have done while Home Assistant was down or starting."""
        if self.bedroom.hold.waiting:
            return  # set up or changed in the night: nothing until the next step
        times = self.bedroom.clock.times()
        night = self._load()
        if night is not None and night.night != times.night:
            self._end()  # that night's wake has passed
            night = self._load()
        if night is None:
            if times.climate_start <= dt_util.utcnow() < times.wake:
                self._begin(times)
        elif night.phase is ClimatePhase.WAITING:
            self._begin(times)
        else:
            self._follow(night)
            if night.phase is ClimatePhase.HOLDING:
                # What the thermostat shows after a restart is its own restore, not a person's.
                self._hold(night)

    @callback
    def _begin(self, times: NightTimes) -> None:
        """Set the night target, or note why not (nothing while the bedroom waits for a step)."""
        settings = self.bedroom.settings
        entity_id = settings.climate
        if entity_id is None or self.bedroom.hold.waiting:
            return
        previous = self._load()
        tonight = previous if previous is not None and previous.night == times.night else None
        if tonight is not None and tonight.phase is not ClimatePhase.WAITING:
            return  # already done tonight: the thermostat now shows the night setting
        # A day setting still owed: the thermostat was unavailable at an earlier wake.
        owed = previous.snapshot if previous is not None else None
        record = self.bedroom.log.get(times.night)
        if record is not None and record.skipped:
            self._save(NightClimate(times.night, entity_id, ClimatePhase.LEFT_ALONE, snapshot=owed))
            return
        reading = self._reading(entity_id)
        if reading is None:
            if tonight is None:  # once a night, not at every retry
                LOGGER.warning(
                    "%s is unavailable; the night target will be set if it returns before wake",
                    entity_id,
                )
            self._save(NightClimate(times.night, entity_id, ClimatePhase.WAITING, snapshot=owed))
            return
        plan = self._thermostat_plan(reading, times.night)
        if isinstance(plan, Skip):
            LOGGER.debug("Leaving %s alone tonight (%s)", entity_id, plan)
            self._save(NightClimate(times.night, entity_id, ClimatePhase.LEFT_ALONE, snapshot=owed))
            return
        night = NightClimate(
            times.night,
            entity_id,
            ClimatePhase.HOLDING,
            snapshot=owed or reading.setting,
            expected=plan.expected,
        )
        self._save(night)
        self._send(night, plan.calls)

    @callback
    def _end(self) -> None:
        """Put the day setting back (at wake, or as soon as the thermostat returns)."""
        night = self._load()
        if night is None:
            return
        if night.snapshot is None:
            self._save(None)
            return
        reading = self._reading(night.entity_id)
        if reading is None:
            if night.phase is not ClimatePhase.RESTORING:
                LOGGER.warning(
                    "%s is unavailable at wake; its day setting will be restored when it returns",
                    night.entity_id,
                )
            self._save(replace(night, phase=ClimatePhase.RESTORING))
            return
        self._save(None)
        if calls := restore_plan(night.snapshot, reading):
            self._send(night, calls)

    @callback
    def _on_state(self, event: Event[EventStateChangedData]) -> None:
        night = self._load()
        assert night is not None  # listened to only while there is work stored
        if night.phase is not ClimatePhase.HOLDING:
            # Unavailable at the switch time or at wake: try again now it has changed.
            self._catch_up()
            return
        new_state, old_state = event.data["new_state"], event.data["old_state"]
        reading = reading_from_state(new_state, self.hass.config.units.temperature_unit)
        if new_state is None or reading is None or self._calls.is_ours(new_state.context):
            return
        came_back = old_state is None or old_state.state in (STATE_UNAVAILABLE, STATE_UNKNOWN)
        if came_back or self.hass.state is not CoreState.running:
            # Back from unavailable, or restored while Home Assistant starts: not a person.
            self._hold(night)
            return
        assert night.expected is not None
        if is_changed(night.expected, reading):
            LOGGER.info("%s was changed by hand; leaving it as set until wake", night.entity_id)
            self._save(replace(night, phase=ClimatePhase.LET_GO))
            self.bedroom.log.update(night.night, _mark_override)

    @callback
    def _on_night_changed(self, changed: date) -> None:
        """Give the day setting back when tonight is skipped; set the night's again on a resume."""
        night = self._load()
        if night is None or night.night != changed:
            return
        record = self.bedroom.log.get(changed)
        if night.phase is ClimatePhase.LEFT_ALONE and record is not None and not record.skipped:
            self._resume(night)
            return
        if night.phase is not ClimatePhase.HOLDING or record is None or not record.skipped:
            return
        assert night.snapshot is not None
        reading = self._reading(night.entity_id)
        if reading is None:  # restored at wake instead
            self._save(replace(night, phase=ClimatePhase.LEFT_ALONE))
            return
        self._save(replace(night, phase=ClimatePhase.LEFT_ALONE, snapshot=None))
        if calls := restore_plan(night.snapshot, reading):
            self._send(night, calls)

    @callback
    def _resume(self, night: NightClimate) -> None:
        """Tonight's skip taken back before wake: the night target as if it was never skipped."""
        times = self.bedroom.clock.times()
        if times.night != night.night or not times.climate_start <= dt_util.utcnow() < times.wake:
            return
        self._save(replace(night, phase=ClimatePhase.WAITING))
        self._begin(times)

    @callback
    def _on_settings(self) -> None:
        """Follow a new target from the dashboard while holding the night setting."""
        night = self._load()
        if night is not None and night.phase is ClimatePhase.HOLDING:
            self._hold(night, always=True)

    @callback
    def _hold(self, night: NightClimate, *, always: bool = False) -> None:
        """Send the night setting again where the thermostat no longer shows it (or ``always``)."""
        reading = self._reading(night.entity_id)
        if reading is None:
            return
        if not always and night.expected is not None and not is_changed(night.expected, reading):
            return
        plan = self._thermostat_plan(reading, night.night)
        if isinstance(plan, Skip):
            return
        night = replace(night, expected=plan.expected)
        self._save(night)
        self._send(night, plan.calls)

    def _send(self, night: NightClimate, calls: Iterable[ThermostatCall]) -> None:
        self.bedroom.create_task(self._async_send(night, tuple(calls)), "sleep_hygiene climate")

    async def _async_send(self, night: NightClimate, calls: tuple[ThermostatCall, ...]) -> None:
        """Send ``calls`` in order (mode before setpoint); stop holding on a failure.

        What was saved is written first: a crash then neither loses the day setting to restore
        nor sends the night setting twice.
        """
        await self.bedroom.log.async_flush()
        for call in calls:
            sent = await self._calls.async_call(
                Call(CLIMATE_DOMAIN, call.service, (night.entity_id,), call.data)
            )
            if not sent:
                current = self._load()
                if current is not None and current.phase is ClimatePhase.HOLDING:
                    self._save(replace(current, phase=ClimatePhase.LET_GO))
                return

    def _thermostat_plan(self, reading: Reading, night: date) -> NightPlan | Skip:
        settings = self.bedroom.settings
        # An experiment on the bedroom's target sets the night's own (in °C).
        target, unit = self.bedroom.arms.night_target(night, self.bedroom.settings)
        band = convert_temperature_delta(settings.climate_band, settings.temperature_unit, unit)
        return thermostat_plan(reading, target, unit, band, settings.night_hvac_mode)

    def _reading(self, entity_id: str) -> Reading | None:
        return reading_from_state(
            self.hass.states.get(entity_id), self.hass.config.units.temperature_unit
        )

    def _load(self) -> NightClimate | None:
        return self._stored

    @callback
    def _save(self, night: NightClimate | None) -> None:
        self._stored = night
        self.bedroom.log.write_state(NightClimate, night)
        self._follow(night)

    @callback
    def _follow(self, night: NightClimate | None) -> None:
        """Listen to the thermostat only while its changes matter."""
        wanted = night.entity_id if night and night.phase in WATCHED_PHASES else None
        if wanted == self._watched:
            return
        if self._unsub_state:
            self._unsub_state()
            self._unsub_state = None
        self._watched = wanted
        if wanted:
            self._unsub_state = async_track_state_change_event(self.hass, wanted, self._on_state)


def _mark_override(record: NightRecord) -> None:
    record.climate_override = True
