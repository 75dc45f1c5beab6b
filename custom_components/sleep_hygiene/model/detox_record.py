"""What the digital detox writes into a night's record: the data the score is made of.

Pure Python (no Home Assistant import). Each function returns the change the night log applies.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from .night import NightRecord
from .schedule import NightTimes

type RecordChange = Callable[[NightRecord], None]


def detox_started(times: NightTimes, now: datetime, *, lights: bool, screens: bool) -> RecordChange:
    """Return the change for a detox started at ``now`` (planned vs actual; a skip is undone).

    The night's first start is kept: a detox skipped and started again started when it first did.
    ``lights`` and ``screens``: whether the bedroom has any, so the score leaves out what it lacks.
    """

    def change(record: NightRecord) -> None:
        record.detox_planned = times.detox
        if record.detox_started is None:
            record.detox_started = now
        record.lights_out_planned = times.lights_out
        record.skipped = False
        record.has_lights = lights
        record.has_screens = screens

    return change


def skipped(times: NightTimes, *, lights: bool, screens: bool) -> RecordChange:
    """Return the change for a night skipped by the person (with what the bedroom has)."""

    def change(record: NightRecord) -> None:
        record.skipped = True
        record.detox_planned = times.detox
        record.lights_out_planned = times.lights_out
        record.has_lights = lights
        record.has_screens = screens

    return change


def resumed() -> RecordChange:
    """Return the change for a skip taken back: the night is planned again."""

    def change(record: NightRecord) -> None:
        record.skipped = False

    return change


def lights_out(times: NightTimes) -> RecordChange:
    """Return the change for tonight's lights-out step."""

    def change(record: NightRecord) -> None:
        record.lights_out_planned = times.lights_out

    return change


def dark(now: datetime) -> RecordChange:
    """Return the change for the room going dark: the person's actual lights-out."""

    def change(record: NightRecord) -> None:
        record.lights_out_at = now

    return change


def screen_minutes(minutes: float) -> RecordChange:
    """Return the change adding ``minutes`` with a screen on after the detox."""

    def change(record: NightRecord) -> None:
        record.screen_on_minutes = round(record.screen_on_minutes + minutes, 2)

    return change


def override(entity_id: str) -> RecordChange:
    """Return the change recording that a person took ``entity_id`` over."""

    def change(record: NightRecord) -> None:
        if entity_id not in record.overrides:
            record.overrides.append(entity_id)

    return change
