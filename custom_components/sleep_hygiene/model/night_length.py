"""How long a night runs from lights-out to wake, and the likely slip when it cannot be right.

Pure Python (no Home Assistant import). A night shorter or longer than people sleep is nearly
always a time typed 12 hours off (AM for PM, or the reverse), so the check names the likely one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final, Literal

SHORTEST_NIGHT: Final = timedelta(hours=4)
LONGEST_NIGHT: Final = timedelta(hours=14)
_DAY: Final = timedelta(days=1)
_HALF_DAY: Final = timedelta(hours=12)
_ANY_DAY: Final = date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class UnlikelyNight:
    """A night outside SHORTEST_NIGHT to LONGEST_NIGHT, and the time most likely typed wrong."""

    length: timedelta
    # The time that, 12 hours off, makes a likely night, and that time; None when neither does.
    slipped: Literal["lights_out", "wake"] | None = None
    suggestion: time | None = None


def night_length(lights_out: time, wake: time) -> timedelta:
    """Return the time from lights-out to the next wake (0 when they are the same)."""
    return (datetime.combine(_ANY_DAY, wake) - datetime.combine(_ANY_DAY, lights_out)) % _DAY


def unlikely_night(lights_out: time, wake: time) -> UnlikelyNight | None:
    """Return why lights-out and wake make an unlikely night, or None for a likely one."""
    length = night_length(lights_out, wake)
    if _likely(length):
        return None
    # Moving either time by 12 hours moves the night by 12 hours.
    if not _likely((length + _HALF_DAY) % _DAY):
        return UnlikelyNight(length)
    if _is_morning(wake) and not _is_evening(lights_out):
        return UnlikelyNight(length, "lights_out", _twelve_hours_off(lights_out))
    return UnlikelyNight(length, "wake", _twelve_hours_off(wake))


def _likely(length: timedelta) -> bool:
    return SHORTEST_NIGHT <= length <= LONGEST_NIGHT


def _is_morning(at: time) -> bool:
    """Return whether ``at`` reads as a time to get up."""
    return time(3, 0) <= at < time(13, 0)


def _is_evening(at: time) -> bool:
    """Return whether ``at`` reads as a time to go to bed (after midnight included)."""
    return at >= time(18, 0) or at < time(4, 0)


def _twelve_hours_off(at: time) -> time:
    return (datetime.combine(_ANY_DAY, at) + _HALF_DAY).time()
