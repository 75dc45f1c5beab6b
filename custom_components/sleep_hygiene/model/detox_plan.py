"""The digital detox's decisions: what to do at a moment of the night, and was that change ours.

Pure Python (no Home Assistant import), so the restart catch-up, the ramp and the brightness check
are tested without a running house.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Final

from .schedule import NightTimes

RAMP_INTERVAL: Final = timedelta(minutes=5)
# A lights-out missed while Home Assistant was down is still done this late, and a light that was
# unavailable at lights-out is still switched off when it comes back this late; later, the person
# has long decided for themselves.
LIGHTS_OUT_CATCH_UP: Final = timedelta(minutes=30)
# How far (of 255) a light may sit from where we sent it and still be ours: device rounding.
BRIGHTNESS_TOLERANCE: Final = 13
FULL_BRIGHTNESS: Final = 255

# Entity states that say nothing about the device (it is not reachable, or not loaded yet).
NO_STATE: Final = frozenset({"unavailable", "unknown"})
# Screen states that mean "off"; any other known state of a screen is on (playing, idle ...).
SCREEN_OFF_STATES: Final = frozenset({"off", "standby"})


class Phase(StrEnum):
    """How far tonight's detox has got."""

    WAITING = "waiting"  # before the detox
    DETOX = "detox"  # lights dimmed and ramping down, screens off
    NIGHT = "night"  # lights-out passed; screens are watched until wake
    SKIPPED = "skipped"


class DetoxAction(StrEnum):
    """What the controller does now."""

    NOTHING = "nothing"
    START_DETOX = "start_detox"
    RESUME_DETOX = "resume_detox"  # already dimmed: keep ramping, replay nothing
    LIGHTS_OUT = "lights_out"
    RESUME_NIGHT = "resume_night"  # lights-out is over: only the screens are watched


def next_detox_action(now: datetime, times: NightTimes, phase: Phase) -> DetoxAction:
    """Return what to do at ``now`` for a night in ``phase``; nothing already done is redone.

    The same decision serves a boundary of the clock, a restart and re-enabling the automation,
    so a detox missed while Home Assistant was down starts late, never twice.
    """
    if phase is Phase.SKIPPED or now >= times.wake:
        return DetoxAction.NOTHING
    if phase is Phase.NIGHT:
        return DetoxAction.RESUME_NIGHT
    if now < times.lights_out:
        if phase is Phase.DETOX:  # possibly started early, by hand
            return DetoxAction.RESUME_DETOX
        return DetoxAction.START_DETOX if now >= times.detox else DetoxAction.NOTHING
    if now < times.lights_out + LIGHTS_OUT_CATCH_UP:
        return DetoxAction.LIGHTS_OUT
    # Too late for lights-out; a detox that ran still keeps its screens off until wake.
    return DetoxAction.RESUME_NIGHT if phase is Phase.DETOX else DetoxAction.NOTHING


@dataclass(frozen=True, slots=True)
class RampStep:
    """One step of the ramp: at ``at``, lights brighter than ``percent`` go down to it."""

    at: datetime
    percent: int


def ramp(
    start: datetime,
    lights_out: datetime,
    detox_percent: int,
    night_percent: int,
    interval: timedelta = RAMP_INTERVAL,
) -> list[RampStep]:
    """Return the steps from the detox level at ``start`` down to the night level.

    A step falls every ``interval`` before lights-out and the last one reaches the night level,
    so the room is at its darkest just before the lights go off.
    """
    instants: list[datetime] = []
    at = start + interval
    while at < lights_out:
        instants.append(at)
        at += interval
    count = len(instants)
    return [
        RampStep(at, round(detox_percent + (night_percent - detox_percent) * (index + 1) / count))
        for index, at in enumerate(instants)
    ]


def level_at(steps: list[RampStep], now: datetime, detox_percent: int) -> int:
    """Return the level the lights should be at ``now``: the last step reached, else the detox."""
    reached = [step.percent for step in steps if step.at <= now]
    return reached[-1] if reached else detox_percent


def brightness_of(percent: int) -> int:
    """Return a percentage as Home Assistant's 0-255 brightness, rounded the way it does."""
    return round(percent * FULL_BRIGHTNESS / 100)


@dataclass(frozen=True, slots=True)
class Expected:
    """Where we sent a light: from ``start`` to ``target`` (0 = off) by ``settled``."""

    start: int
    target: int
    settled: datetime

    def allows(self, brightness: int, now: datetime) -> bool:
        """Return True when a light at ``brightness`` (0 = off) may be our command under way.

        Devices report late and mid-transition, with a context that is not ours; a value between
        where the light was and where we sent it is still ours. Once settled, only the target is.
        """
        low, high = sorted((self.start, self.target))
        if now >= self.settled:
            low = high = self.target
        return low - BRIGHTNESS_TOLERANCE <= brightness <= high + BRIGHTNESS_TOLERANCE


@dataclass(frozen=True, slots=True)
class LightBefore:
    """How a light was before the detox first dimmed it: what a skip puts back."""

    brightness: int
    color_temp_kelvin: int | None = None

    def as_list(self) -> list[int | None]:
        """Return a JSON-serialisable pair."""
        return [self.brightness, self.color_temp_kelvin]

    @classmethod
    def from_list(cls, data: list[Any]) -> LightBefore:
        """Build it from its stored pair."""
        kelvin = data[1] if len(data) > 1 else None
        return cls(int(data[0]), None if kelvin is None else int(kelvin))


def screen_is_on(state: str | None) -> bool | None:
    """Return whether a screen (media player, switch, remote) is on; None when it is not known."""
    if state is None or state in NO_STATE:
        return None
    return state not in SCREEN_OFF_STATES


@dataclass(slots=True)
class Tonight:
    """What the detox did tonight, kept in the night log so a restart neither replays nor forgets.

    ``released`` entities were taken over by a person and are left alone until wake; ``reoffed``
    screens were switched off again once (on again means the person insists); ``pending`` ones were
    unavailable when we acted and are retried when they come back. ``before`` holds each light's
    state from before the detox first dimmed it, so a skip can put it back.
    """

    night: date
    phase: Phase = Phase.WAITING
    released: set[str] = field(default_factory=set)
    reoffed: set[str] = field(default_factory=set)
    pending: set[str] = field(default_factory=set)
    screens_on_since: datetime | None = None
    before: dict[str, LightBefore] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "night": self.night.isoformat(),
            "phase": self.phase.value,
            "released": sorted(self.released),
            "reoffed": sorted(self.reoffed),
            "pending": sorted(self.pending),
            "screens_on_since": (
                None if self.screens_on_since is None else self.screens_on_since.isoformat()
            ),
            "before": {entity: light.as_list() for entity, light in sorted(self.before.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tonight:
        """Build the state from its stored dict."""
        since = data.get("screens_on_since")
        return cls(
            night=date.fromisoformat(data["night"]),
            phase=Phase(data.get("phase", Phase.WAITING)),
            released=set(data.get("released", ())),
            reoffed=set(data.get("reoffed", ())),
            pending=set(data.get("pending", ())),
            screens_on_since=None if since is None else datetime.fromisoformat(since),
            before={
                entity: LightBefore.from_list(light)
                for entity, light in data.get("before", {}).items()
            },
        )
