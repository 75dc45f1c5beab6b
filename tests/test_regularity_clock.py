"""Regularity of lights-out on the clock on the bedroom's wall, in any zone and across DST.

Times are stored in UTC (as the house records them); the SD is worked out on local wall-clock
minutes, midnight wrapped: 23:45 and 00:15 are 30 minutes apart wherever the bedroom is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.model.figures import lights_out_sd
from custom_components.sleep_hygiene.model.insights import IRREGULAR_LIGHTS_OUT, find_insights
from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord
from custom_components.sleep_hygiene.model.score import score_night
from custom_components.sleep_hygiene.model.sleep_sources import (
    SOURCE_BED,
    NightSources,
    Span,
    Stretches,
)

from .journal_fixtures import GOOD_ANSWERS, settle
from .time_helpers import set_up_at

AUCKLAND = ZoneInfo("Pacific/Auckland")
PACIFIC = ZoneInfo("US/Pacific")
# 23:45, 00:15, 23:45: minutes after noon 705, 735, 705, SD 14.1 -> the full 5 points.
AROUND_MIDNIGHT = ((23, 45), (0, 15), (23, 45))

type Maker = Callable[[date, int, int, ZoneInfo], NightRecord]


def utc_at(night: date, hour: int, minute: int, tz: ZoneInfo) -> datetime:
    """Return a wall-clock time of the night in ``tz`` as the house stores it: in UTC."""
    day = night if hour >= 12 else night + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).astimezone(UTC)


def dark_at(night: date, hour: int, minute: int, tz: ZoneInfo) -> NightRecord:
    """Return a night whose room went dark at the wall-clock time given."""
    return NightRecord(night=night, lights_out_at=utc_at(night, hour, minute, tz))


def into_bed_at(night: date, hour: int, minute: int, tz: ZoneInfo) -> NightRecord:
    """Return a night with no dark room whose bed sensor saw the person get in at that time."""
    start = utc_at(night, hour, minute, tz)
    end = utc_at(night, 7, 0, tz)
    window = Span(utc_at(night, 18, 0, tz), utc_at(night, 11, 0, tz))
    sources = NightSources(window, bed=Stretches(SOURCE_BED, (Span(start, end),)))
    return NightRecord(night=night, sleep_sources=sources.as_dict())


def nights(
    first: date, times: tuple[tuple[int, int], ...], tz: ZoneInfo, make: Maker
) -> list[NightRecord]:
    """Return one record a night from ``first``, at the wall-clock times given."""
    return [make(first + timedelta(days=n), h, m, tz) for n, (h, m) in enumerate(times)]


@pytest.mark.parametrize("tz", [AUCKLAND, PACIFIC], ids=["Pacific/Auckland", "US/Pacific"])
@pytest.mark.parametrize("make", [dark_at, into_bed_at], ids=["lights_out", "into_bed"])
def test_23_45_and_00_15_are_30_minutes_apart(tz: ZoneInfo, make: Maker) -> None:
    """The README's example, on either side of the date line, from the room or the bed."""
    first = date(2026, 6, 10)
    records = nights(first, AROUND_MIDNIGHT, tz, make)
    last = records[-1].night
    # Mean 715: deviations -10, +20, -10, variance 600 / 3.
    assert lights_out_sd(records, last, tz) == pytest.approx(200**0.5)
    scored = score_night(records, last, tz)
    assert scored is not None
    assert scored.component("regularity").points == 5.0


# Each DST change of 2026 with the nights around it: (zone, first night, the change's name).
DST_CHANGES = [
    pytest.param(AUCKLAND, date(2026, 4, 2), id="Auckland-autumn-Apr-5"),
    pytest.param(AUCKLAND, date(2026, 9, 24), id="Auckland-spring-Sep-27"),
    pytest.param(PACIFIC, date(2026, 3, 5), id="Pacific-spring-Mar-8"),
    pytest.param(PACIFIC, date(2026, 10, 29), id="Pacific-autumn-Nov-1"),
]


@pytest.mark.parametrize(("tz", "first"), DST_CHANGES)
@pytest.mark.parametrize("make", [dark_at, into_bed_at], ids=["lights_out", "into_bed"])
def test_the_wall_clock_across_a_dst_change(tz: ZoneInfo, first: date, make: Maker) -> None:
    """22:45 and 23:15 alternating over six nights, a DST change among them: SD 15, 5 points."""
    times = ((22, 45), (23, 15)) * 3
    records = nights(first, times, tz, make)
    offsets = {utc_at(r.night, 22, 45, tz).astimezone(tz).utcoffset() for r in records}
    assert len(offsets) == 2, "the nights straddle the change"
    last = records[-1].night
    assert lights_out_sd(records, last, tz) == pytest.approx(15.0)
    scored = score_night(records, last, tz)
    assert scored is not None
    assert scored.component("regularity").points == 5.0


def test_the_same_wall_clock_is_not_irregular_across_a_dst_change() -> None:
    """Lights-out at 22:30 each night, Auckland's autumn change among them: never off the median."""
    # Three nights before the change (NZDT), six after (NZST): an hour apart on the UTC clock.
    first = date(2026, 4, 2)
    records = []
    for record in nights(first, ((22, 30),) * 9, AUCKLAND, dark_at):
        record.check_in = CheckIn(answers=dict(GOOD_ANSWERS))
        records.append(record)
    insights = find_insights(records, records[-1].night, AUCKLAND)
    assert insights.factor(IRREGULAR_LIGHTS_OUT).nights_with == 0
    assert insights.factor(IRREGULAR_LIGHTS_OUT).nights_without == 9


async def test_a_bedroom_in_auckland_scores_its_own_clock(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    """In a real Home Assistant set to Auckland, into bed 23:45, 00:15, 23:45 gives 5 of 5."""
    first = date(2026, 6, 10)
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 6, 13, 10, 0, tzinfo=AUCKLAND))
    log = bedroom_entry.runtime_data.log
    for record in nights(first, AROUND_MIDNIGHT, AUCKLAND, into_bed_at):
        record.check_in = CheckIn(answers=dict(GOOD_ANSWERS))

        def write(stored: NightRecord, made: NightRecord = record) -> None:
            stored.sleep_sources = made.sleep_sources
            stored.check_in = made.check_in

        log.update(record.night, write)
    await settle(hass, freezer)
    score = hass.states.get("sensor.main_bedroom_sleep_hygiene_score")
    assert score is not None
    assert score.attributes["night"] == "2026-06-12"
    assert score.attributes["components"]["regularity"]["points"] == 5.0
