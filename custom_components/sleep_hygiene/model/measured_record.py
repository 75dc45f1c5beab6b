"""What the phones and the night's sensors write into a night's record.

Pure Python (no Home Assistant import). Each function returns the change the night log applies.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .sleep_measures import SleepMeasures, derive
from .sleep_sources import SOURCE_SLEEP_SEGMENT, NightSources, Span

if TYPE_CHECKING:
    from .detox_record import RecordChange
    from .night import NightRecord


def phones_watched() -> RecordChange:
    """Return the change noting that a phone's screen is counted tonight (0 minutes so far)."""

    def change(record: NightRecord) -> None:
        if record.phone_screen_minutes is None:
            record.phone_screen_minutes = 0.0

    return change


def phone_minutes(minutes: float) -> RecordChange:
    """Return the change adding minutes with a phone's screen on."""

    def change(record: NightRecord) -> None:
        record.phone_screen_minutes = (record.phone_screen_minutes or 0.0) + max(minutes, 0.0)

    return change


def measured_in_night(sources: NightSources) -> RecordChange:
    """Return the change keeping what the sensors said in the night, and what came in late."""

    def change(record: NightRecord) -> None:
        stored = stored_sources(record)
        merged = sources
        if stored is not None:
            # A phone's sleep segment is its own summary of the night: it wins over confidence.
            late = stored.asleep is not None and stored.asleep.source == SOURCE_SLEEP_SEGMENT
            merged = replace(
                sources,
                asleep=stored.asleep if late else sources.asleep,
                wearable_minutes=stored.wearable_minutes,
                wearable_score=stored.wearable_score,
                refused=tuple(dict.fromkeys((*stored.refused, *sources.refused))),
            )
        record.sleep_sources = merged.as_dict()

    return change


def reported_late(window: Span, **reported: Any) -> RecordChange:
    """Return the change adding what a source reported after the night (segment, wearable).

    ``reported``: ``asleep``, ``wearable_minutes``, ``wearable_score`` or ``refused`` (the latter
    added to what was refused before).
    """

    def change(record: NightRecord) -> None:
        stored = stored_sources(record) or NightSources(window)
        values = dict(reported)
        refused = tuple(dict.fromkeys((*stored.refused, *values.pop("refused", ()))))
        record.sleep_sources = replace(stored, refused=refused, **values).as_dict()

    return change


def stored_sources(record: NightRecord) -> NightSources | None:
    """Return what the night's sensors said, or None without a source."""
    return None if record.sleep_sources is None else NightSources.from_dict(record.sleep_sources)


def measures_of(record: NightRecord) -> SleepMeasures | None:
    """Return the night's measured sleep, or None when no source measured it."""
    sources = stored_sources(record)
    return None if sources is None else derive(sources, record.lights_out_at)


def screens_watched(record: NightRecord) -> bool:
    """Return whether the house could see screens that night: the bedroom's, or a phone's.

    A night stored before the bedroom's screens were noted counts as having them.
    """
    return record.has_screens is not False or record.phone_screen_minutes is not None


def screen_minutes_with_phones(record: NightRecord) -> float:
    """Return the minutes a screen or a phone was on after the detox began."""
    return record.screen_on_minutes + (record.phone_screen_minutes or 0.0)
