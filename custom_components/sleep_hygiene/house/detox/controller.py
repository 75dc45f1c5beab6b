"""The night controller: the bedroom's digital detox, run from the routine clock.

At detox time the lights dim warm and the screens go off; the lights ramp down to the night level
and switch off at lights-out; screens are watched until wake. A person who takes a light or screen
over keeps it for the night. What happened tonight lives in the night log, so a restart resumes
from the clock: nothing is replayed, and what was missed while down is caught up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from homeassistant.core import (
    CALLBACK_TYPE,
    Context,
    CoreState,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.start import async_at_started
from homeassistant.util import dt as dt_util

from ...const import (
    DOMAIN,
    EVENT_DETOX_STARTED,
    EVENT_LIGHTS_OUT,
    EVENT_NIGHT_RESUMED,
    EVENT_NIGHT_SKIPPED,
)
from ...model import detox_record
from ...model.detox_plan import (
    LIGHTS_OUT_CATCH_UP,
    DetoxAction,
    Phase,
    RampStep,
    Tonight,
    level_at,
    next_detox_action,
    ramp,
)
from ...model.schedule import NightTimes
from ...model.settings import BedroomSettings
from ...model.stored_state import DetoxState
from ...signals import fire_night_event
from ..bedroom import Bedroom
from ..own_calls import Call, OwnCalls, done_by
from .lights import DETOX_TRANSITION, RAMP_TRANSITION, DetoxLights
from .ramp import RampTimer
from .screens import DetoxScreens
from .trial import DetoxTry


class DetoxController:
    """Runs one bedroom's digital detox, night after night."""

    def __init__(self, bedroom: Bedroom) -> None:
        """Load tonight's state; call ``async_start`` to run."""
        self.hass = hass = bedroom.hass
        self._bedroom = bedroom
        self._clock = clock = bedroom.clock
        self._log = log = bedroom.log
        settings = bedroom.settings
        self._calls = OwnCalls(hass)
        self._lights = DetoxLights(hass, self, settings.lights, settings.detox_color_temp)
        self._screens = DetoxScreens(
            hass, self, settings.screens, settings.screen_policy, settings.screen_grace
        )
        stored = log.read_state(DetoxState) or DetoxState()
        self._enabled = stored.enabled
        night = clock.times().night
        self._tonight = Tonight(night=night)
        # A stored night that is over is left as it was: nothing is done for it any more.
        if stored.tonight is not None and stored.tonight.night == night:
            self._tonight = stored.tonight
        # The context of tonight's last night event: the calls it announced, and the ones that
        # follow (ramp, screens switched off again), carry it so the logbook names the bedroom.
        self._context: Context | None = None
        self._ramp_timer = RampTimer(hass, self._on_ramp_step)
        self.trial = DetoxTry(hass, settings, self._notify)
        self._unsub_state: CALLBACK_TYPE | None = None
        self._listeners: list[Callable[[], None]] = []

    @property
    def _settings(self) -> BedroomSettings:
        # The bedroom's settings now: a dashboard can change some without a reload.
        return self._bedroom.settings

    @property
    def tonight(self) -> Tonight:
        """Return tonight's state."""
        return self._tonight

    @property
    def enabled(self) -> bool:
        """Return True when the automation runs."""
        return self._enabled

    @property
    def listening(self) -> bool:
        """Return True while the lights and screens are followed (only the night needs them)."""
        return self._unsub_state is not None

    @property
    def detox_active(self) -> bool:
        """Return True between tonight's detox start and lights-out."""
        return self._enabled and self._tonight.phase is Phase.DETOX

    @callback
    def async_add_listener(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``listener`` whenever the controller's state changes; return the remover."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the clock (and the lights and screens while the night needs them)."""
        unsubs = [
            self._clock.async_add_listener(self._on_clock),
            self._bedroom.hold.async_add_listener(self._sync),
        ]
        if self.hass.state is CoreState.running:
            # Only the entities listen yet, drawn from this state a moment ago.
            self._sync(quiet=True)
        else:
            # Entities of other integrations may not be loaded yet while Home Assistant starts.
            unsubs.append(async_at_started(self.hass, self._on_started))

        @callback
        def stop() -> None:
            for unsub in unsubs:
                unsub()
            self.trial.stop()
            self._pause()
            self._follow(listen=False)

        return stop

    # -- controls ----------------------------------------------------------------------------

    @callback
    def set_enabled(self, enabled: bool) -> None:
        """Switch the automation on (catching up tonight) or off (leaving everything as it is)."""
        self._enabled = enabled
        self.save()
        if enabled:
            self._sync()
        else:
            self._pause()
        self._notify()

    async def async_start_now(self) -> None:
        """Start tonight's detox now (also after a skip); nothing happens if it already runs."""
        if not self._enabled:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="detox_disabled"
            )
        now, times = self._before_lights_out()
        if self._tonight.phase is not Phase.DETOX:
            self._start_detox(now, times, manual=True)

    async def async_try(self, minutes: int) -> None:
        """Dim the lights as the detox will, for ``minutes``, then put them back."""
        if self.detox_active:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="try_during_detox"
            )
        self.trial.start(minutes)

    async def async_skip_tonight(self) -> None:
        """Leave the bedroom alone tonight; lights the detox dimmed go back as they were.

        Screens it switched off stay off: the person switches on what they want.
        """
        _now, times = self._before_lights_out()
        if self._tonight.phase is Phase.SKIPPED:
            return
        self._pause()
        self._tonight.phase = Phase.SKIPPED
        calls = self._lights.restore(self._tonight)
        self.save()
        self._log.update(times.night, detox_record.skipped(times, **self._devices()))
        data = {
            "night": times.night.isoformat(),
            "restored": [e for c in calls for e in c.entity_ids],
        }
        self._context = fire_night_event(
            self.hass, self._bedroom.entry_id, EVENT_NIGHT_SKIPPED, data
        )
        self.run(calls)
        self._notify()

    async def async_resume_tonight(self) -> None:
        """Take back tonight's skip: the detox runs as planned, at once if its time has come.

        A detox that had already run before the skip (on time or started by hand) runs again
        at once, its lights where its ramp would be now.
        """
        now, times = self._before_lights_out()
        if self._tonight.phase is not Phase.SKIPPED:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="resume_not_skipped"
            )
        self._tonight.phase = Phase.WAITING
        self.save()
        self._log.update(times.night, detox_record.resumed())
        fire_night_event(
            self.hass,
            self._bedroom.entry_id,
            EVENT_NIGHT_RESUMED,
            {"night": times.night.isoformat(), "detox": now >= times.detox},
        )
        record = self._log.get(times.night)
        if record is not None and record.detox_started is not None:
            # It had run (on time, or started by hand): it runs again now.
            self._start_detox(now, times, manual=True)
        else:
            self._sync()
        self._notify()

    def _before_lights_out(self) -> tuple[datetime, NightTimes]:
        """Return now and tonight's times, refusing once tonight's lights-out has passed."""
        now, times = dt_util.utcnow(), self._clock.times()
        if now >= times.lights_out:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="lights_out_passed"
            )
        self._roll_over(times.night, now)
        return now, times

    # -- what the lights and screens use -----------------------------------------------------

    @callback
    def run(
        self, calls: list[Call], then: Callable[[], None] | None = None, *, durable: bool = False
    ) -> None:
        """Make the calls in a task of the bedroom's entry, then call ``then``.

        ``durable``: the night log is written first, so a crash at any moment neither loses
        nor replays the step (a detox start, lights-out).
        """
        if calls or durable:
            self._bedroom.create_task(
                self._async_run(calls, then, durable, self._context),
                "sleep_hygiene detox calls",
            )
        elif then is not None:
            then()

    async def _async_run(
        self,
        calls: list[Call],
        then: Callable[[], None] | None,
        durable: bool,
        context: Context | None,
    ) -> None:
        if durable:
            await self._log.async_flush()
        await self._calls.async_call_all(calls, context)
        if then is not None:
            then()

    @callback
    def save(self) -> None:
        """Keep the automation switch and tonight's state for a restart (debounced)."""
        self._log.write_state(DetoxState, DetoxState(self._enabled, self._tonight))

    @callback
    def add_screen_minutes(self, minutes: float) -> None:
        """Add screen-on minutes to tonight's record."""
        self._log.update(self._tonight.night, detox_record.screen_minutes(minutes))

    @callback
    def record_override(self, entity_id: str) -> None:
        """Record that a person took ``entity_id`` over tonight."""
        self._log.update(self._tonight.night, detox_record.override(entity_id))

    def ramp_level(self, now: datetime) -> int:
        """Return the level (percent) the lights should be at now."""
        return level_at(self._ramp(), now, self._settings.detox_brightness)

    def lights_out_owed(self, now: datetime) -> bool:
        """Return True while a light missed at lights-out is still switched off."""
        return now < self._clock.times().lights_out + LIGHTS_OUT_CATCH_UP

    def _devices(self) -> dict[str, bool]:
        """Return whether the bedroom has lights and screens, for the night's record."""
        return {"lights": bool(self._lights.entity_ids), "screens": bool(self._screens.entity_ids)}

    # -- the night ---------------------------------------------------------------------------

    @callback
    def _on_started(self, _hass: HomeAssistant) -> None:
        self._sync()

    @callback
    def _on_clock(self, _boundary: str, _times: NightTimes) -> None:
        # Any boundary, not only ours: a timer that fired late (a suspended host) still catches up.
        self._sync()

    def _state(self) -> dict[str, Any]:
        return DetoxState(self._enabled, self._tonight).as_dict()

    @callback
    def _sync(self, *, quiet: bool = False) -> None:
        """Do what the clock says should happen now, given what tonight already did.

        ``quiet``: tell the listeners only if tonight changed.
        """
        before = self._state() if quiet else None
        now, times = dt_util.utcnow(), self._clock.times()
        self._roll_over(times.night, now)
        # Set up or changed in the night: nothing is done until the next step.
        if self._enabled and not self._bedroom.hold.waiting:
            action = next_detox_action(now, times, self._tonight.phase)
            if action is DetoxAction.START_DETOX:
                self._start_detox(now, times, manual=False)
            elif action is DetoxAction.RESUME_DETOX:
                self._screens.resume(now)
                self._ramp_timer.schedule(self._ramp(), now)
            elif action is DetoxAction.LIGHTS_OUT:
                self._lights_out(now, times)
            elif action is DetoxAction.RESUME_NIGHT:
                self._enter_night(now)
        if before is None or self._state() != before:
            self._notify()
        else:
            self._follow(listen=self._listening())

    @callback
    def _roll_over(self, night: date, now: datetime) -> None:
        """Close the night that ended (at wake) and start a fresh one."""
        if night == self._tonight.night:
            return
        self._pause(now)
        self._lights.forget()
        self._context = None
        self._tonight = Tonight(night=night)
        self.save()

    @callback
    def _pause(self, now: datetime | None = None) -> None:
        """Stop acting: cancel the ramp and stop watching the screens (counted up to now)."""
        self._ramp_timer.cancel()
        if self._screens.watching:
            self._screens.stop(now or dt_util.utcnow())
            self.save()

    @callback
    def _start_detox(self, now: datetime, times: NightTimes, *, manual: bool) -> None:
        self._tonight.phase = Phase.DETOX
        # The first start of the night counts: one resumed after a skip goes on with its ramp.
        self._log.update(times.night, detox_record.detox_started(times, now, **self._devices()))
        # A try under way hands its lights over: a skip puts them back as they were before it.
        for entity_id, before in self.trial.hand_over().items():
            self._tonight.before.setdefault(entity_id, before)
        brightness = self.ramp_level(now)
        # Screens first: a few entities each, so the lights' call is dispatched without waiting.
        calls = [
            *self._screens.start(now),
            *self._lights.dim(self._tonight, brightness, now, DETOX_TRANSITION),
        ]
        self.save()
        data = {
            "night": times.night.isoformat(),
            "planned": times.detox.isoformat(),
            "started": now.isoformat(),
            "manual": manual,
            "brightness_pct": brightness,
            **done_by(calls),
        }
        # The event first: the calls carry its context, and the logbook credits them to it.
        self._context = fire_night_event(
            self.hass, self._bedroom.entry_id, EVENT_DETOX_STARTED, data
        )
        self.run(calls, durable=True)
        self._ramp_timer.schedule(self._ramp(), now)
        self._notify()

    def _ramp(self) -> list[RampStep]:
        record = self._log.get(self._tonight.night)
        assert record is not None, "the detox has started"
        assert record.detox_started is not None, "the detox has started"
        settings = self._settings
        return ramp(
            record.detox_started,
            self._clock.times().lights_out,
            settings.detox_brightness,
            settings.night_brightness,
        )

    @callback
    def _on_ramp_step(self, now: datetime) -> None:
        self.run(self._lights.dim(self._tonight, self.ramp_level(now), now, RAMP_TRANSITION))
        self.save()
        self._ramp_timer.schedule(self._ramp(), now)

    @callback
    def _lights_out(self, now: datetime, times: NightTimes) -> None:
        calls = self._lights.switch_off(self._tonight, now)
        self._enter_night(now)
        self._log.update(times.night, detox_record.lights_out(times))
        data = {
            "night": times.night.isoformat(),
            "planned": times.lights_out.isoformat(),
            **done_by(calls),
        }
        self._context = fire_night_event(self.hass, self._bedroom.entry_id, EVENT_LIGHTS_OUT, data)
        self.run(calls, then=self._note_dark, durable=True)

    @callback
    def _enter_night(self, now: datetime) -> None:
        """From lights-out to wake only the screens are watched (a ramp has nothing left)."""
        self._ramp_timer.cancel()
        self._tonight.phase = Phase.NIGHT
        self.save()
        self._screens.resume(now)

    @callback
    def _note_dark(self) -> None:
        """Record when the room went dark: the first moment after lights-out with no light on.

        Only lights can tell: without any, no time is recorded (the schedule alone says nothing).
        """
        if not self._lights.entity_ids:
            return
        record = self._log.get(self._tonight.night)
        if record is None or record.lights_out_at is not None or not self._lights.all_off():
            return
        self._log.update(self._tonight.night, detox_record.dark(dt_util.utcnow()))

    @callback
    def _on_state(self, event: Event[EventStateChangedData]) -> None:
        if not self._enabled:
            return
        now = dt_util.utcnow()
        ours = self._calls.is_ours(event.context)
        if event.data["entity_id"] in self._screens.entity_ids:
            self._screens.on_change(event, now, ours)
        if event.data["entity_id"] in self._lights.entity_ids:
            if self._tonight.phase is Phase.NIGHT:
                self._note_dark()
            if not ours:
                self._lights.on_change(event, now)

    @callback
    def _notify(self) -> None:
        # Every change of tonight's phase ends here: follow the entities only while it matters.
        self._follow(listen=self._listening())
        for listener in list(self._listeners):
            listener()

    def _listening(self) -> bool:
        return self._enabled and self._tonight.phase in (Phase.DETOX, Phase.NIGHT)

    @callback
    def _follow(self, *, listen: bool) -> None:
        """Listen to the lights and screens from the detox until wake, and not in the daytime."""
        if listen and self._unsub_state is None:
            self._unsub_state = async_track_state_change_event(
                self.hass, [*self._lights.entity_ids, *self._screens.entity_ids], self._on_state
            )
        elif not listen and self._unsub_state is not None:
            self._unsub_state()
            self._unsub_state = None
