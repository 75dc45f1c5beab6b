"""What the house's sensors said about a night: stretches of time in bed, asleep, or not known.

Pure Python (no Home Assistant import). A sensor's updates are kept as its changes only
(``Timeline``), so a sensor reporting every second costs no more than one reporting its changes.
A night keeps its stretches (``NightSources``) in its record, so the measures can be worked out
again when a source reports late (a phone's sleep segment arrives after wake).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from .json_values import is_number

# Labels of where a measure came from, shown beside it.
SOURCE_BED: Final = "bed"
SOURCE_BED_SHARED: Final = "bed_shared"  # a sensor two people share: either of them in bed
SOURCE_SLEEP_SEGMENT: Final = "sleep_segment"
SOURCE_SLEEP_CONFIDENCE: Final = "sleep_confidence"
SOURCE_WEARABLE: Final = "wearable"
# Not a sensor: the moment the house saw the bedroom's lights all off (latency starts there).
SOURCE_LIGHTS: Final = "lights_out"
ASLEEP_SOURCES: Final = (SOURCE_SLEEP_SEGMENT, SOURCE_SLEEP_CONFIDENCE)
# Longer than this in one stretch is a stuck sensor, not a night: it is refused.
LONGEST_STRETCH: Final = timedelta(hours=16)
# A wearable's night: more than a day is not one.
LONGEST_SLEEP_MINUTES: Final = 24 * 60.0


def utc(moment: datetime) -> datetime:
    """Return ``moment`` in UTC; aware times in one zone subtract as wall clocks, across DST too."""
    if moment.tzinfo is None:
        raise ValueError("a time without a time zone")
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of time, start before end, in UTC."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        """Refuse a stretch that ends before it starts, or naive times."""
        if utc(self.end) <= utc(self.start):
            raise ValueError("a stretch that ends before it starts")

    @property
    def minutes(self) -> float:
        """Return the length in minutes."""
        return (utc(self.end) - utc(self.start)).total_seconds() / 60

    def clipped(self, window: Span) -> Span | None:
        """Return the part of this stretch inside ``window``, or None."""
        start, end = max(utc(self.start), utc(window.start)), min(utc(self.end), utc(window.end))
        return Span(start, end) if end > start else None

    def as_list(self) -> list[str]:
        """Return the stretch as stored: two ISO times."""
        return [utc(self.start).isoformat(), utc(self.end).isoformat()]

    @classmethod
    def from_list(cls, value: Any) -> Span:
        """Return a stretch from its stored form, refusing anything else."""
        if not isinstance(value, list) or len(value) != 2:
            raise TypeError("a stretch is not two times")
        return cls(datetime.fromisoformat(value[0]), datetime.fromisoformat(value[1]))


class Timeline:
    """A sensor's state over time (True, False, or None for not known), kept as its changes."""

    __slots__ = ("_changes",)

    def __init__(self) -> None:
        """Start empty."""
        self._changes: list[tuple[datetime, bool | None]] = []

    def add(self, at: datetime, value: bool | None) -> bool:
        """Note the state from ``at``; return False when it changes nothing or is out of order."""
        if self._changes:
            last_at, last = self._changes[-1]
            if value is last or at < last_at:
                return False
        self._changes.append((at, value))
        return True

    def spans(self, value: bool | None, until: datetime) -> list[Span]:
        """Return the stretches in state ``value`` up to ``until``."""
        found: list[Span] = []
        for index, (at, state) in enumerate(self._changes):
            if state is not value:
                continue
            nxt = self._changes[index + 1][0] if index + 1 < len(self._changes) else until
            if (end := min(nxt, until)) > at:
                found.append(Span(at, end))
        return found


@dataclass(frozen=True, slots=True)
class Stretches:
    """One source's stretches in a state (in bed, asleep) and those it could not tell."""

    source: str
    on: tuple[Span, ...] = ()
    unknown: tuple[Span, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Return the stored form."""
        return {
            "source": self.source,
            "on": [s.as_list() for s in self.on],
            "unknown": [s.as_list() for s in self.unknown],
        }

    @classmethod
    def from_dict(cls, data: Any, allowed: tuple[str, ...]) -> Stretches:
        """Return stretches from their stored form, refusing unknown sources or bad stretches."""
        if not isinstance(data, dict) or data.get("source") not in allowed:
            raise ValueError("stretches of an unknown source")
        return cls(
            data["source"],
            tuple(Span.from_list(s) for s in data.get("on", [])),
            tuple(Span.from_list(s) for s in data.get("unknown", [])),
        )


@dataclass(frozen=True, slots=True)
class NightSources:
    """Everything the night's sensors said, inside the night's window (evening to midday)."""

    window: Span
    bed: Stretches | None = None
    asleep: Stretches | None = None
    wearable_minutes: float | None = None
    wearable_score: float | None = None
    # What was refused while gathering (a stuck sensor, a backwards segment): shown, not used.
    refused: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """Return the stored form."""
        return {
            "window": self.window.as_list(),
            "bed": None if self.bed is None else self.bed.as_dict(),
            "asleep": None if self.asleep is None else self.asleep.as_dict(),
            "wearable_minutes": self.wearable_minutes,
            "wearable_score": self.wearable_score,
            "refused": list(self.refused),
        }

    @classmethod
    def from_dict(cls, data: Any) -> NightSources:
        """Return the sources from their stored form; raise TypeError/ValueError on a bad one."""
        if not isinstance(data, dict):
            raise TypeError("night sources are not an object")
        bed, asleep = data.get("bed"), data.get("asleep")
        refused = data.get("refused", [])
        if not isinstance(refused, list) or not all(isinstance(r, str) for r in refused):
            raise TypeError("refused is not a list of text")
        return cls(
            window=Span.from_list(data.get("window")),
            bed=None if bed is None else Stretches.from_dict(bed, (SOURCE_BED, SOURCE_BED_SHARED)),
            asleep=None if asleep is None else Stretches.from_dict(asleep, ASLEEP_SOURCES),
            wearable_minutes=checked_minutes(data.get("wearable_minutes")),
            wearable_score=checked_score(data.get("wearable_score")),
            refused=tuple(refused),
        )


def checked_minutes(value: Any) -> float | None:
    """Return a sleep duration in minutes, refusing a negative or impossible one."""
    if value is None:
        return None
    if not is_number(value) or not 0 < value <= LONGEST_SLEEP_MINUTES:
        raise ValueError("not a night's sleep in minutes")
    return float(value)


def checked_score(value: Any) -> float | None:
    """Return a wearable's 0-100 sleep score, refusing anything else."""
    if value is None:
        return None
    if not is_number(value) or not 0 <= value <= 100:
        raise ValueError("not a 0-100 sleep score")
    return float(value)


def gathered(source: str, on: list[Span], unknown: list[Span], window: Span) -> Stretches:
    """Return one source's stretches inside ``window``; raise ValueError for a stuck sensor."""
    inside = [c for s in on if (c := s.clipped(window)) is not None]
    if any(utc(s.end) - utc(s.start) > LONGEST_STRETCH for s in on):
        raise ValueError("a stretch longer than a night")
    return Stretches(
        source,
        tuple(inside),
        tuple(c for s in unknown if (c := s.clipped(window)) is not None),
    )
