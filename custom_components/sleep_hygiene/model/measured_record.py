"""What the phones and the night's sensors write into a night's record.

Pure Python (no Home Assistant import). Each function returns the change the night log applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sleep_measures import SleepMeasures, derive
from .sleep_sources import NightSources

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


def night_sources(sources: NightSources) -> RecordChange:
    """Return the change keeping what the night's sensors said."""

    def change(record: NightRecord) -> None:
        record.sleep_sources = sources.as_dict()

    return change


def stored_sources(record: NightRecord) -> NightSources | None:
    """Return what the night's sensors said, or None without a source."""
    return None if record.sleep_sources is None else NightSources.from_dict(record.sleep_sources)


def measures_of(record: NightRecord) -> SleepMeasures | None:
    """Return the night's measured sleep, or None when no source measured it."""
    sources = stored_sources(record)
    return None if sources is None else derive(sources)


def screen_minutes_with_phones(record: NightRecord) -> float:
    """Return the minutes a screen or a phone was on after the detox began."""
    return record.screen_on_minutes + (record.phone_screen_minutes or 0.0)
