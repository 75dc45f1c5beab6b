"""The bedroom's screens from detox to wake: switched off, kept off or only counted.

"Keep off" switches a screen that comes back on off again after a grace period, once: switched on
again after that, the person insists and the screen is theirs until wake. "Gentle" only counts.
Either way the minutes with any screen on are counted for the night.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import Protocol

from homeassistant.components.media_player.const import MediaPlayerEntityFeature
from homeassistant.const import ATTR_SUPPORTED_FEATURES
from homeassistant.core import CALLBACK_TYPE, Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

from ...const import LOGGER, SCREEN_POLICY_KEEP_OFF
from ...model.detox_plan import Tonight, screen_is_on
from ..own_calls import Call, turn_off_calls


class ScreenHost(Protocol):
    """What the screens need from the detox controller."""

    @property
    def tonight(self) -> Tonight:
        """Return tonight's state."""

    def run(self, calls: list[Call]) -> None:
        """Make the calls."""

    def save(self) -> None:
        """Keep tonight's state for a restart."""

    def add_screen_minutes(self, minutes: float) -> None:
        """Add screen-on minutes to tonight's record."""

    def record_override(self, entity_id: str) -> None:
        """Record that a person took ``entity_id`` over tonight."""


class DetoxScreens:
    """Watches the screens between the detox and wake."""

    def __init__(
        self,
        hass: HomeAssistant,
        host: ScreenHost,
        entity_ids: tuple[str, ...],
        policy: str,
        grace: timedelta,
    ) -> None:
        """Watch ``entity_ids`` under ``policy``."""
        self._hass = hass
        self._host = host
        self.entity_ids = entity_ids
        self._keep_off = policy == SCREEN_POLICY_KEEP_OFF
        self._grace = grace
        self._on: set[str] = set()
        self._grace_timers: dict[str, CALLBACK_TYPE] = {}
        self.watching = False

    def _state_on(self, entity_id: str) -> bool | None:
        state = self._hass.states.get(entity_id)
        return screen_is_on(None if state is None else state.state)

    def _can_turn_off(self, entity_id: str) -> bool:
        state = self._hass.states.get(entity_id)
        if state is None or not entity_id.startswith("media_player."):
            return True
        features = state.attributes.get(ATTR_SUPPORTED_FEATURES, 0)
        return bool(features & MediaPlayerEntityFeature.TURN_OFF)

    @callback
    def start(self, now: datetime) -> list[Call]:
        """Detox time: return the calls that switch the screens off, and start watching."""
        tonight = self._host.tonight
        to_off: list[str] = []
        for entity_id in self.entity_ids:
            on = self._state_on(entity_id)
            if on is None:
                tonight.pending.add(entity_id)
            elif on and entity_id not in tonight.released and self._can_turn_off(entity_id):
                to_off.append(entity_id)
            elif on:
                LOGGER.debug("%s cannot be switched off; its minutes are counted", entity_id)
                self._on.add(entity_id)
        self.watching = True
        self._count(now)
        return turn_off_calls(to_off)

    @callback
    def resume(self, now: datetime) -> None:
        """Watch again after a restart or a pause: count what is on, give on screens their grace."""
        if self.watching:
            return
        self.watching = True
        self._on = {e for e in self.entity_ids if self._state_on(e)}
        if not self._on:
            # What was on while Home Assistant was down is not known: it is not counted.
            self._host.tonight.screens_on_since = None
        self._count(now)
        for entity_id in sorted(self._on):
            self._came_on(entity_id)

    @callback
    def stop(self, now: datetime) -> None:
        """Stop watching: count up to ``now`` and cancel the grace periods."""
        self._on.clear()
        self._count(now)
        for cancel in self._grace_timers.values():
            cancel()
        self._grace_timers.clear()
        self.watching = False

    @callback
    def on_change(self, event: Event[EventStateChangedData], now: datetime, ours: bool) -> None:
        """Follow a screen's state change."""
        if not self.watching:
            return
        entity_id = event.data["entity_id"]
        old, new = event.data["old_state"], event.data["new_state"]
        was_on = screen_is_on(None if old is None else old.state)
        is_on = screen_is_on(None if new is None else new.state)
        if is_on:
            self._on.add(entity_id)
        else:
            self._on.discard(entity_id)
            self._cancel_grace(entity_id)
        tonight = self._host.tonight
        if is_on is False and entity_id in tonight.pending:
            # Back, and off: the switch-off it missed is no longer owed.
            tonight.pending.discard(entity_id)
            self._host.save()
        self._count(now)
        # We never switch a screen on, and playing -> paused is no news.
        if is_on and not ours and not was_on:
            self._came_on(entity_id)

    def _came_on(self, entity_id: str) -> None:
        tonight = self._host.tonight
        if entity_id in tonight.pending:
            # It was unreachable at detox time: that switch-off is still owed.
            tonight.pending.discard(entity_id)
            self._host.save()
            self._host.run(turn_off_calls([entity_id]))
        elif entity_id in tonight.reoffed and entity_id not in tonight.released:
            tonight.released.add(entity_id)
            self._host.record_override(entity_id)
            self._host.save()
        else:
            self._maybe_grace(entity_id)

    def _maybe_grace(self, entity_id: str) -> None:
        tonight = self._host.tonight
        if (
            not self._keep_off
            or entity_id in tonight.released
            or entity_id in self._grace_timers
            or not self._can_turn_off(entity_id)
        ):
            return
        self._grace_timers[entity_id] = async_call_later(
            self._hass, self._grace, partial(self._grace_over, entity_id)
        )

    def _cancel_grace(self, entity_id: str) -> None:
        if (cancel := self._grace_timers.pop(entity_id, None)) is not None:
            cancel()

    @callback
    def _grace_over(self, entity_id: str, _now: datetime) -> None:
        self._grace_timers.pop(entity_id, None)
        tonight = self._host.tonight
        if not self._state_on(entity_id) or entity_id in tonight.released:
            return
        tonight.reoffed.add(entity_id)
        self._host.save()
        self._host.run(turn_off_calls([entity_id]))

    def _count(self, now: datetime) -> None:
        """Open or close the interval during which any screen is on."""
        tonight = self._host.tonight
        if self._on and tonight.screens_on_since is None:
            tonight.screens_on_since = now
            self._host.save()
        elif not self._on and tonight.screens_on_since is not None:
            minutes = (now - tonight.screens_on_since).total_seconds() / 60
            tonight.screens_on_since = None
            self._host.add_screen_minutes(minutes)
            self._host.save()
