"""The bedroom's lights during the detox: dimmed warm, ramped down, switched off at lights-out.

Lights are only ever dimmed, never brightened or switched on, and each step is one grouped call.
A light a person takes over is theirs until wake; one that was unavailable is caught up when it
comes back.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Final, Protocol

from homeassistant.components.light.const import DOMAIN as LIGHT_DOMAIN
from homeassistant.const import SERVICE_TURN_OFF, SERVICE_TURN_ON, STATE_ON
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, State, callback

from ...compat import ATTR_BRIGHTNESS, ATTR_BRIGHTNESS_PCT, ATTR_COLOR_TEMP_KELVIN, ATTR_TRANSITION
from ...model.detox_plan import (
    BRIGHTNESS_TOLERANCE,
    FULL_BRIGHTNESS,
    NO_STATE,
    Expected,
    LightBefore,
    Phase,
    Tonight,
    brightness_of,
)
from ..own_calls import Call

DETOX_TRANSITION: Final = timedelta(seconds=60)
RAMP_TRANSITION: Final = timedelta(seconds=60)
LIGHTS_OUT_TRANSITION: Final = timedelta(seconds=30)
# Putting lights back after a skip or a try: quick, the person is waiting for it.
RESTORE_TRANSITION: Final = timedelta(seconds=2)
# Devices report a little after their transition ends.
_SETTLE_MARGIN: Final = timedelta(seconds=10)


def brightness(state: State | None) -> int | None:
    """Return a light's brightness, 0 when off; None when it is not known (unavailable)."""
    if state is None or state.state in NO_STATE:
        return None
    if state.state != STATE_ON:
        return 0
    value = state.attributes.get(ATTR_BRIGHTNESS)
    # An on/off-only light has no brightness: it is as bright as it gets.
    return FULL_BRIGHTNESS if value is None else int(value)


class LightHost(Protocol):
    """What the lights need from the detox controller."""

    @property
    def tonight(self) -> Tonight:
        """Return tonight's state."""

    def run(self, calls: list[Call]) -> None:
        """Make the calls."""

    def save(self) -> None:
        """Keep tonight's state for a restart."""

    def record_override(self, entity_id: str) -> None:
        """Record that a person took ``entity_id`` over tonight."""

    def ramp_level(self, now: datetime) -> int:
        """Return the level (percent) the lights should be at now."""

    def lights_out_owed(self, now: datetime) -> bool:
        """Return True while a light missed at lights-out is still switched off."""


class DetoxLights:
    """Builds the grouped light calls and judges the changes that are not ours."""

    def __init__(
        self, hass: HomeAssistant, host: LightHost, entity_ids: tuple[str, ...], color_temp: int
    ) -> None:
        """Work on ``entity_ids``, warming dimmed lights to ``color_temp`` kelvin."""
        self._hass = hass
        self._host = host
        self.entity_ids = entity_ids
        self._color_temp = color_temp
        self._expected: dict[str, Expected] = {}

    def _controlled(self, tonight: Tonight, only: Iterable[str] | None) -> list[tuple[str, int]]:
        """Return (entity id, brightness) of the lights we may act on; the unreachable wait."""
        found: list[tuple[str, int]] = []
        for entity_id in self.entity_ids if only is None else only:
            if entity_id in tonight.released:
                continue
            level = brightness(self._hass.states.get(entity_id))
            if level is None:
                tonight.pending.add(entity_id)
                continue
            tonight.pending.discard(entity_id)
            found.append((entity_id, level))
        return found

    def dim(
        self,
        tonight: Tonight,
        percent: int,
        now: datetime,
        transition: timedelta,
        only: Iterable[str] | None = None,
    ) -> list[Call]:
        """Return the call that takes every light brighter than ``percent`` down to it, warm."""
        target = brightness_of(percent)
        settled = now + transition + _SETTLE_MARGIN
        ids: list[str] = []
        for entity_id, level in self._controlled(tonight, only):
            # Off lights stay off, lights already dimmer stay as they are, and on/off-only lights
            # (no brightness to lower) wait for lights-out.
            if level > target and self._dimmable(entity_id):
                self._expected[entity_id] = Expected(level, target, settled)
                if entity_id not in tonight.before:
                    tonight.before[entity_id] = self._before(entity_id, level)
                ids.append(entity_id)
        if not ids:
            return []
        data = {
            ATTR_BRIGHTNESS_PCT: percent,
            # Lights without colour temperature just dim: Home Assistant drops what they lack.
            ATTR_COLOR_TEMP_KELVIN: self._color_temp,
            ATTR_TRANSITION: transition.total_seconds(),
        }
        return [Call(LIGHT_DOMAIN, SERVICE_TURN_ON, tuple(ids), data)]

    def _before(self, entity_id: str, level: int) -> LightBefore:
        state = self._hass.states.get(entity_id)
        kelvin = None if state is None else state.attributes.get(ATTR_COLOR_TEMP_KELVIN)
        return LightBefore(level, None if kelvin is None else int(kelvin))

    def restore(self, tonight: Tonight) -> list[Call]:
        """Return the calls that put the lights we dimmed back as they were; forget them.

        Lights a person took over stay theirs; a light that is off now (switched off by hand or
        at lights-out) stays off. Lights that were at the same level and colour share a call.
        """
        groups: dict[LightBefore, list[str]] = {}
        for entity_id, before in sorted(tonight.before.items()):
            if entity_id in tonight.released or not brightness(self._hass.states.get(entity_id)):
                continue
            groups.setdefault(before, []).append(entity_id)
        tonight.before.clear()
        calls = []
        for before, ids in groups.items():
            data: dict[str, float | int] = {
                ATTR_BRIGHTNESS: before.brightness,
                ATTR_TRANSITION: RESTORE_TRANSITION.total_seconds(),
            }
            if before.color_temp_kelvin is not None:
                data[ATTR_COLOR_TEMP_KELVIN] = before.color_temp_kelvin
            calls.append(Call(LIGHT_DOMAIN, SERVICE_TURN_ON, tuple(ids), data))
        return calls

    def _dimmable(self, entity_id: str) -> bool:
        state = self._hass.states.get(entity_id)
        return state is not None and state.attributes.get(ATTR_BRIGHTNESS) is not None

    def switch_off(
        self, tonight: Tonight, now: datetime, only: Iterable[str] | None = None
    ) -> list[Call]:
        """Return the call that switches off every light still on."""
        settled = now + LIGHTS_OUT_TRANSITION + _SETTLE_MARGIN
        ids: list[str] = []
        for entity_id, level in self._controlled(tonight, only):
            if level > 0:
                self._expected[entity_id] = Expected(level, 0, settled)
                ids.append(entity_id)
        if not ids:
            return []
        data = {ATTR_TRANSITION: LIGHTS_OUT_TRANSITION.total_seconds()}
        return [Call(LIGHT_DOMAIN, SERVICE_TURN_OFF, tuple(ids), data)]

    @callback
    def on_change(self, event: Event[EventStateChangedData], now: datetime) -> None:
        """Follow a light's change that is not ours, while tonight's detox controls the lights."""
        tonight = self._host.tonight
        entity_id = event.data["entity_id"]
        old, new = event.data["old_state"], event.data["new_state"]
        if entity_id in tonight.released or tonight.phase not in (Phase.DETOX, Phase.NIGHT):
            return
        if new is None or new.state in NO_STATE:
            if tonight.phase is Phase.DETOX and entity_id not in tonight.pending:
                tonight.pending.add(entity_id)
                self._host.save()
        elif old is None or old.state in NO_STATE:
            if entity_id in tonight.pending:
                self._catch_up(entity_id, now)
        elif tonight.phase is Phase.DETOX:
            taken = self._taken_over(entity_id, old, new, now)
            if taken is not None:
                tonight.released.add(entity_id)
                if taken:
                    self._host.record_override(entity_id)
                self._host.save()

    def _catch_up(self, entity_id: str, now: datetime) -> None:
        """Give a light that was unavailable and came back what the others got."""
        tonight = self._host.tonight
        if tonight.phase is Phase.DETOX:
            level = self._host.ramp_level(now)
            self._host.run(self.dim(tonight, level, now, RAMP_TRANSITION, only=[entity_id]))
        elif self._host.lights_out_owed(now):
            self._host.run(self.switch_off(tonight, now, only=[entity_id]))
        self._host.save()

    def _taken_over(self, entity_id: str, old: State, new: State, now: datetime) -> bool | None:
        """Judge a change that is not ours by context.

        Return None when it is no real change (a colour or a rounding) or still our command under
        way (a late or mid-transition report), True when a person made the light brighter or
        switched it on (an override), False when they dimmed it further or switched it off
        (theirs now, but not against the wind-down).
        """
        before, after = brightness(old), brightness(new)
        assert before is not None, "unavailable states are handled first"
        assert after is not None, "unavailable states are handled first"
        if (before == 0) == (after == 0) and abs(after - before) <= BRIGHTNESS_TOLERANCE:
            return None
        expected = self._expected.get(entity_id)
        if expected is not None and expected.allows(after, now):
            return None
        return after > before

    def all_off(self) -> bool:
        """Return True when no light is known to be on."""
        return not any(brightness(self._hass.states.get(e)) for e in self.entity_ids)

    def forget(self) -> None:
        """Forget where lights were sent (a new night)."""
        self._expected.clear()
