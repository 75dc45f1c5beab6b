"""The bedroom's personal experiment: started, stopped, applied by the house, and its result kept.

The experiments live in the night log's restart state (``model/experiment_state.py``), so they
survive restarts and reloads. The house applies the bedroom's own arms: the clock asks
``detox_lead_on`` for each night's detox (an earlier detox), and the thermostat and the bedroom's
thermometer ask ``target_on`` for the night's target. Each experiment's result is worked out
again (in the executor: every swap of its pairs is counted) whenever one of its nights changes
or another night has been slept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from random import SystemRandom
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.dispatcher import async_dispatcher_connect, async_dispatcher_send
from homeassistant.util import dt as dt_util

from ...const import DOMAIN, TARGET_RANGE_C, TARGET_RANGE_F
from ...model.check_in import FieldError
from ...model.experiment import (
    CHANGE_BEDROOM_TARGET,
    CHANGE_EARLIER_DETOX,
    CHANGE_NO_SCREENS,
    CHANGES,
    ERROR_TARGET_INVALID,
    ERROR_TARGET_TOO_CLOSE,
    FIELD_CHANGE,
    FIELD_TARGET,
    MIN_TARGET_DIFFERENCE_C,
    Experiment,
    InvalidExperiment,
    earliest_first_night,
    stop_experiment,
)
from ...model.experiment_analysis import analyse_experiment
from ...model.experiment_day import ArmOfNight, status, stop_before
from ...model.experiment_request import parse_experiment
from ...model.experiment_state import ExperimentRun, Experiments
from ...model.json_values import is_number
from ...model.night import NightRecord
from ...model.schedule import STEP_LIGHTS_OUT, NightTimes
from ...model.settings import BedroomSettings, signal_settings_changed
from ...model.temperature import CELSIUS, FAHRENHEIT, convert_temperature, convert_temperature_delta
from ...signals import signal_nights_changed
from ..bedroom import Bedroom

# The changes the house applies itself, and what follows their start or stop.
_TIMES: Final = (CHANGE_EARLIER_DETOX,)
_TARGETS: Final = (CHANGE_BEDROOM_TARGET,)
# What a change needs in the bedroom, and the error without it: another target needs a thermostat
# to hold it; no screens needs a screen or a phone to tell whether the screens stayed off.
_NEEDS: Final[dict[str, tuple[Callable[[BedroomSettings], bool], str]]] = {
    CHANGE_BEDROOM_TARGET: (lambda settings: settings.climate is not None, "experiment_no_climate"),
    CHANGE_NO_SCREENS: (
        lambda settings: bool(settings.screens or settings.phones),
        "experiment_no_screens",
    ),
}


def offered_changes(settings: BedroomSettings) -> list[str]:
    """Return the changes this bedroom can try, in the order they are listed."""
    return [change for change in CHANGES if change not in _NEEDS or _NEEDS[change][0](settings)]


def signal_experiment_changed(entry_id: str) -> str:
    """Return the dispatcher signal sent when an experiment starts, stops or its result moves."""
    return f"sleep_hygiene_experiment_changed_{entry_id}"


class ExperimentControl:
    """Starts and stops a bedroom's experiments and keeps their results current."""

    def __init__(self, bedroom: Bedroom) -> None:
        """Prepare; ``async_start`` keeps the results current."""
        self.hass = bedroom.hass
        self._bedroom = bedroom
        self._log = bedroom.log
        self._arms = bedroom.arms
        # Nights whose record changed since the results were last worked out.
        self._changed: set[date] = set()
        self._working = False

    @property
    def runs(self) -> tuple[ExperimentRun, ...]:
        """Return every experiment with its result, oldest first."""
        return self._arms.state.runs

    @property
    def current(self) -> Experiment | None:
        """Return the latest experiment (running, not begun, or over), if any."""
        return self._arms.state.current

    def arm_of(self, times: NightTimes) -> ArmOfNight | None:
        """Return what the experiment asks of the night of ``times``, if it is in one."""
        return self._arms.arm_of(times)

    def status_of(self, experiment: Experiment) -> str:
        """Return where an experiment stands now: planned, running or finished."""
        clock = self._bedroom.clock
        return status(experiment, clock.times().night, clock.last_night())

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Keep the results current as nights change and pass; return the stopper."""
        removers = [
            async_dispatcher_connect(
                self.hass, signal_nights_changed(self._bedroom.entry_id), self._on_night_changed
            ),
            self._bedroom.clock.async_add_listener(self._on_clock),
        ]
        self._update_results()

        @callback
        def stop() -> None:
            for remove in removers:
                remove()

        return stop

    async def async_start_experiment(self, fields: Mapping[str, Any]) -> Experiment:
        """Start an experiment from a request's fields; raise a translated error if one is bad.

        ``target_temperature`` is in the bedroom's unit; nothing is stored unless all is good.
        """
        settings = self._bedroom.settings
        change = fields.get(FIELD_CHANGE)
        # Any other value, a list among them, is the model's to refuse.
        if isinstance(change, str) and change in _NEEDS and change not in offered_changes(settings):
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key=_NEEDS[change][1],
                translation_placeholders={"name": self._bedroom.title},
            )
        unit = settings.temperature_unit
        now = dt_util.now()
        try:
            experiment = parse_experiment(
                _target_in_celsius(fields, unit),
                earliest=earliest_first_night(now, now.date()),
                usual_target_c=_usual_target_c(self._bedroom.settings),
                usual_detox_minutes=int(settings.routine.detox_lead.total_seconds() // 60),
                current=self.current,
                rng=SystemRandom(),
            )
        except InvalidExperiment as err:
            error = err.errors[0]
            if error.key in (ERROR_TARGET_INVALID, ERROR_TARGET_TOO_CLOSE):
                error = _in_unit(error, fields, _usual_target_c(self._bedroom.settings), unit)
            raise _translated(error) from None
        self._arms.state = Experiments((*self._arms.state.runs, ExperimentRun(experiment)))
        await self._async_save(experiment)
        return experiment

    async def async_stop_experiment(self) -> ExperimentRun | None:
        """Stop the experiment (tonight stays in it once begun); return it with its result.

        None when it had not begun: nothing of it is kept.
        """
        clock = self._bedroom.clock
        try:
            stopped = stop_experiment(self.current, stop_before(dt_util.utcnow(), clock.times()))
        except InvalidExperiment as err:
            raise _translated(err.errors[0]) from None
        if stopped.end == stopped.first_night:
            self._arms.state = Experiments(self._arms.state.runs[:-1])
            await self._async_save(stopped)
            return None
        run = ExperimentRun(stopped, await self._async_result(stopped))
        self._arms.state = Experiments((*self._arms.state.runs[:-1], run))
        await self._async_save(stopped)
        return run

    async def _async_save(self, experiment: Experiment) -> None:
        """Write the experiments now, then let the parts it changes follow it."""
        self._log.write_state(Experiments, self._arms.state if self._arms.state.runs else None)
        await self._log.async_flush()
        entry_id = self._bedroom.entry_id
        if experiment.change in _TIMES:
            self._bedroom.clock.async_times_changed()
        if experiment.change in _TARGETS:
            async_dispatcher_send(self.hass, signal_settings_changed(entry_id))
        async_dispatcher_send(self.hass, signal_experiment_changed(entry_id))

    @callback
    def _on_night_changed(self, night: date) -> None:
        if self._arms.state.covering(night) is not None:
            self._changed.add(night)
            self._update_results()

    @callback
    def _on_clock(self, boundary: str, _times: NightTimes) -> None:
        # At lights-out another night has been slept: a running experiment's result moves on.
        if boundary == STEP_LIGHTS_OUT:
            self._update_results()

    @callback
    def _update_results(self) -> None:
        """Work the stale results out again, one pass at a time (never two at once)."""
        if self._working or not any(self._stale(run) for run in self._arms.state.runs):
            return
        self._working = True
        # A tracked task: a few milliseconds of work, and what waits for the house waits for it.
        self._bedroom.create_task(self._async_update_results(), f"{DOMAIN} experiment results")

    def _stale(self, run: ExperimentRun) -> bool:
        experiment = run.experiment
        if run.result is None or any(experiment.running(night) for night in self._changed):
            return True
        as_of = date.fromisoformat(run.result["as_of"])
        return as_of < self._as_of(experiment)

    def _as_of(self, experiment: Experiment) -> date:
        return min(self._bedroom.clock.last_night(), experiment.last_night)

    async def _async_update_results(self) -> None:
        try:
            while stale := [run for run in self._arms.state.runs if self._stale(run)]:
                self._changed.clear()
                for run in stale:
                    result = await self._async_result(run.experiment)
                    # The experiment may have been stopped meanwhile: the next pass sees it.
                    self._arms.state = Experiments(
                        tuple(
                            ExperimentRun(r.experiment, result) if r == run else r
                            for r in self._arms.state.runs
                        )
                    )
                self._log.write_state(Experiments, self._arms.state)
                async_dispatcher_send(self.hass, signal_experiment_changed(self._bedroom.entry_id))
        finally:
            self._working = False

    async def _async_result(self, experiment: Experiment) -> dict[str, Any]:
        records: list[NightRecord] = self._log.records()
        as_of = self._as_of(experiment)
        result = await self.hass.async_add_executor_job(
            analyse_experiment, experiment, records, as_of
        )
        return result.as_dict()


def _usual_target_c(settings: BedroomSettings) -> float:
    return convert_temperature(settings.target_temperature, settings.temperature_unit, CELSIUS)


def _target_in_celsius(fields: Mapping[str, Any], unit: str) -> dict[str, Any]:
    """Return the fields with the target in °C, as the model takes it.

    A target outside the bedroom's range in its own unit is passed as text, so the model refuses
    it (its message then names the range in that unit). One within it is kept within the °C
    range (55 °F is 12.8 °C: the edge of the same range).
    """
    value = fields.get(FIELD_TARGET)
    if value is None or not is_number(value):
        return dict(fields)
    low, high = TARGET_RANGE_F if unit == FAHRENHEIT else TARGET_RANGE_C
    if not low <= value <= high:
        return {**fields, FIELD_TARGET: str(value)}
    celsius = convert_temperature(float(value), unit, CELSIUS)
    return {**fields, FIELD_TARGET: min(max(celsius, TARGET_RANGE_C[0]), TARGET_RANGE_C[1])}


def _in_unit(error: FieldError, fields: Mapping[str, Any], usual_c: float, unit: str) -> FieldError:
    """Return a target's error with its figures in the bedroom's unit, as the person gave it."""
    low, high = TARGET_RANGE_F if unit == FAHRENHEIT else TARGET_RANGE_C
    difference = convert_temperature_delta(MIN_TARGET_DIFFERENCE_C, CELSIUS, unit)
    placeholders = {
        "value": str(fields.get(FIELD_TARGET)),
        "min": _figure(low),
        "max": _figure(high),
        "usual": _figure(convert_temperature(usual_c, CELSIUS, unit)),
        "difference": _figure(difference),
        "unit": unit,
    }
    return FieldError(error.field, error.key, placeholders)


def _figure(value: float) -> str:
    return f"{round(value, 1):g}"


def _translated(error: FieldError) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=error.key,
        translation_placeholders=error.placeholders,
    )
