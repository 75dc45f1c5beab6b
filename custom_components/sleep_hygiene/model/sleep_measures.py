"""A measured night: into bed, asleep, awake in the night, out of bed, each with its source.

Pure Python (no Home Assistant import). Worked out from ``NightSources`` (and the moment the
house turned the lights out); a measure no source covers is left empty, never guessed. The
definitions are the sleep diary's and the National Sleep Foundation's (Ohayon et al. 2017):
latency from trying to sleep (lights out, else into bed: reading in bed is not trying) to asleep,
awakenings longer than 5 minutes, wake after sleep onset (WASO) up to the last awakening,
efficiency = sleep / time in bed. A bed sensor alone sees getting up, not waking in bed: what it
counts is "out of bed in the night", never awakenings, and no wake is scored from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from .sleep_sources import SOURCE_LIGHTS, SOURCE_WEARABLE, NightSources, Span, Stretches, utc

if TYPE_CHECKING:
    from collections.abc import Iterable

# Stretches in bed (or asleep) this close together are one night; a nap hours earlier is not.
JOIN_GAP: Final = timedelta(minutes=60)
AWAKENING_MINUTES: Final = 5.0  # NSF indicators: awakenings longer than 5 minutes.
# Two sources' clocks differ a little: asleep up to this before into bed counts as latency 0.
CLOCK_SLACK_MINUTES: Final = 5.0
# More of the night than this not known from the bed sensor: its exits cannot be counted.
UNKNOWN_LIMIT_MINUTES: Final = 15.0


@dataclass(frozen=True, slots=True)
class SleepMeasures:
    """The measures of one night; ``sources`` names where each came from, ``flags`` what was odd."""

    into_bed: datetime | None = None
    asleep_at: datetime | None = None
    final_wake: datetime | None = None
    out_of_bed: datetime | None = None
    time_in_bed_minutes: float | None = None
    latency_minutes: float | None = None
    awakenings: int | None = None
    waso_minutes: float | None = None
    total_sleep_minutes: float | None = None
    efficiency_percent: float | None = None
    # Out of bed for more than 5 minutes, from a bed sensor alone (no source of sleep).
    times_out_of_bed: int | None = None
    wearable_score: float | None = None
    sources: dict[str, str] = field(default_factory=dict)
    flags: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Return the measures, rounded, times in ISO form, for a summary or attributes."""
        shown: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, float):
                value = round(value, 1)
            elif isinstance(value, tuple):
                value = list(value)
            shown[item.name] = value
        return shown


def _joined(spans: Iterable[Span]) -> list[Span]:
    """Return the spans joined where less than JOIN_GAP apart, in order."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: utc(s.start)):
        if joined and utc(span.start) - utc(joined[-1].end) <= JOIN_GAP:
            last = joined[-1]
            joined[-1] = Span(last.start, max(utc(last.end), utc(span.end)))
        else:
            joined.append(Span(utc(span.start), utc(span.end)))
    return joined


def _covered(spans: Iterable[Span], period: Span) -> float:
    return sum(c.minutes for s in spans if (c := s.clipped(period)) is not None)


def _main_period(stretches: Stretches) -> Span | None:
    """Return the night's main stretch: the joined stretch with the most time in the state."""
    periods = _joined(stretches.on)
    if not periods:
        return None
    return max(periods, key=lambda p: (_covered(stretches.on, p), utc(p.start)))


def _gaps(spans: Iterable[Span], period: Span) -> list[Span]:
    """Return the stretches of ``period`` not covered by ``spans``, between its first and last."""
    gaps: list[Span] = []
    cursor: datetime | None = None
    for span in sorted((c for s in spans if (c := s.clipped(period))), key=lambda s: s.start):
        if cursor is not None and span.start > cursor:
            gaps.append(Span(cursor, span.start))
        cursor = span.end if cursor is None else max(cursor, span.end)
    return gaps


def _merged(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _touches(edge: datetime, unknown: Iterable[Span]) -> bool:
    """Return True when a stretch ends or starts where the sensor stopped knowing."""
    return any(utc(u.start) == edge or utc(u.end) == edge for u in unknown)


def derive(sources: NightSources, lights_out: datetime | None = None) -> SleepMeasures:
    """Return the night's measures from what its sensors said.

    ``lights_out``: when the bedroom went dark, if the house knows; the latency starts there.
    """
    found: dict[str, Any] = {}
    labels: dict[str, str] = {}
    flags: list[str] = list(sources.refused)

    def put(key: str, value: Any, source: str) -> None:
        found[key] = value
        labels[key] = source

    bed = sources.bed
    in_bed = None if bed is None else _main_period(bed)
    if bed is not None and in_bed is not None:
        # A bed sensor that went away while someone was in bed does not say when they got up.
        if _touches(in_bed.start, bed.unknown):
            flags.append("bed_unavailable")
        else:
            put("into_bed", in_bed.start, bed.source)
        if _touches(in_bed.end, bed.unknown):
            flags.append("bed_unavailable")
        else:
            put("out_of_bed", in_bed.end, bed.source)
        if "into_bed" in found and "out_of_bed" in found:
            put("time_in_bed_minutes", in_bed.minutes, bed.source)

    asleep = sources.asleep
    sleep = None if asleep is None else _sleep_period(asleep, in_bed)
    wake_spans: list[Span] = []
    if asleep is not None and sleep is not None:
        put("asleep_at", sleep.start, asleep.source)
        put("final_wake", sleep.end, asleep.source)
        # A gap the source could not tell is neither asleep nor awake: it is not counted.
        wake_spans = [g for g in _gaps(asleep.on, sleep) if not _covered(asleep.unknown, g)]
        if _covered(asleep.unknown, sleep) > UNKNOWN_LIMIT_MINUTES:
            flags.append("asleep_unavailable")
    elif sources.wearable_minutes is not None:
        put("total_sleep_minutes", sources.wearable_minutes, SOURCE_WEARABLE)

    _awake_measures(sources, in_bed, sleep, wake_spans, put, flags)
    _latency_and_efficiency(found, labels, put, flags, lights_out)
    if sources.wearable_score is not None:
        put("wearable_score", sources.wearable_score, SOURCE_WEARABLE)
    return SleepMeasures(**found, sources=labels, flags=tuple(dict.fromkeys(flags)))


def _sleep_period(asleep: Stretches, in_bed: Span | None) -> Span | None:
    """Return the asleep stretch of the night: the one overlapping the bed period if known."""
    periods = _joined(asleep.on)
    if in_bed is not None:
        periods = [p for p in periods if p.clipped(in_bed) is not None] or periods
    if not periods:
        return None
    return max(periods, key=lambda p: (_covered(asleep.on, p), utc(p.start)))


def _awake_measures(
    sources: NightSources,
    in_bed: Span | None,
    sleep: Span | None,
    wake_spans: list[Span],
    put: Any,
    flags: list[str],
) -> None:
    """Count awakenings and WASO from the asleep source's gaps and the bed exits after onset."""
    bed = sources.bed
    exits: list[Span] = []
    exits_known = bed is not None and in_bed is not None
    if bed is not None and in_bed is not None:
        if _covered(bed.unknown, in_bed) > UNKNOWN_LIMIT_MINUTES:
            flags.append("bed_unavailable")
            exits_known = False
        else:
            exits = _gaps(bed.on, in_bed)
    if sleep is not None:
        # Only time between falling asleep and the last awakening is wake after sleep onset.
        exits = [c for e in exits if (c := e.clipped(sleep)) is not None]
    awake = _merged([*wake_spans, *exits])
    long_ones = sum(1 for span in awake if span.minutes > AWAKENING_MINUTES)
    asleep = sources.asleep
    if sleep is not None and asleep is not None:
        label = f"{bed_label(sources)}+{asleep.source}" if exits_known else asleep.source
        awake_minutes = sum(span.minutes for span in awake)
        # Asleep is never out of bed: the time out of bed comes off the phone's sleep.
        unknown = _covered(asleep.unknown, sleep)
        put("total_sleep_minutes", sleep.minutes - awake_minutes - unknown, label)
        if "asleep_unavailable" not in flags:
            put("awakenings", long_ones, label)
            put("waso_minutes", awake_minutes, label)
    elif exits_known:
        # Getting up is all a bed sensor sees: not awakenings, and no wake to score.
        put("times_out_of_bed", long_ones, bed_label(sources))


def bed_label(sources: NightSources) -> str:
    """Return the bed's source label (shared or not)."""
    return "" if sources.bed is None else sources.bed.source


def _latency_and_efficiency(
    found: dict[str, Any],
    labels: dict[str, str],
    put: Any,
    flags: list[str],
    lights_out: datetime | None,
) -> None:
    into_bed, asleep_at = found.get("into_bed"), found.get("asleep_at")
    if asleep_at is not None:
        _latency(asleep_at, into_bed, lights_out, labels, put, flags)
    in_bed, slept = found.get("time_in_bed_minutes"), found.get("total_sleep_minutes")
    if in_bed is not None and slept is not None:
        if slept > in_bed * 1.05:
            # More sleep than time in bed: the sources do not describe the same night.
            flags.append("sleep_longer_than_bed")
        else:
            label = _label(labels["time_in_bed_minutes"], labels["total_sleep_minutes"])
            put("efficiency_percent", min(100.0 * slept / in_bed, 100.0), label)


def _latency(
    asleep_at: datetime,
    into_bed: datetime | None,
    lights_out: datetime | None,
    labels: dict[str, str],
    put: Any,
    flags: list[str],
) -> None:
    """Put the time to fall asleep: from the later of into bed and lights out, before asleep."""
    asleep = utc(asleep_at)
    slack = timedelta(minutes=CLOCK_SLACK_MINUTES)
    if into_bed is not None and utc(into_bed) > asleep + slack:
        flags.append("asleep_before_bed")
        return
    # Lights out after falling asleep (the house's own lights-out) says nothing of trying.
    starts = [
        (utc(moment), label)
        for moment, label in ((into_bed, labels.get("into_bed")), (lights_out, SOURCE_LIGHTS))
        if moment is not None and label is not None and utc(moment) <= asleep + slack
    ]
    if not starts:
        return
    # On a tie the bed sensor, listed first, names it.
    start, label = max(starts, key=lambda start: start[0])
    latency = max((asleep - start).total_seconds() / 60, 0.0)
    put("latency_minutes", latency, _label(label, labels["asleep_at"]))


def _label(*labels: str) -> str:
    """Return the sources of a measure made of others, each named once ("bed+sleep_segment")."""
    return "+".join(dict.fromkeys(part for label in labels for part in label.split("+")))
