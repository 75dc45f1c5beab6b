"""Measured nights and phones in the score, the regularity and the insights, worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from custom_components.sleep_hygiene.model import measured_record
from custom_components.sleep_hygiene.model.figures import lights_out_sd
from custom_components.sleep_hygiene.model.insights import SCREENS_AFTER_DETOX, find_insights
from custom_components.sleep_hygiene.model.measured_insights import compare_measures
from custom_components.sleep_hygiene.model.measured_score import measured_parts
from custom_components.sleep_hygiene.model.night import NightRecord
from custom_components.sleep_hygiene.model.score import score_record
from custom_components.sleep_hygiene.model.sleep_measures import SleepMeasures
from custom_components.sleep_hygiene.model.sleep_sources import (
    SOURCE_BED,
    SOURCE_SLEEP_SEGMENT,
    NightSources,
    Span,
    Stretches,
)

from .journal_fixtures import TZ, checked_in, local

NIGHT = date(2026, 2, 10)


def sources(night: date, into_bed: tuple[int, int] = (22, 40), asleep_after: int = 25) -> dict:
    """Return a night's stored sources: in bed from ``into_bed`` to 06:50, out 03:00-03:12."""
    start = local(night, *into_bed)
    bed = Stretches(
        SOURCE_BED,
        (Span(start, local(night, 3)), Span(local(night, 3, 12), local(night, 6, 50))),
    )
    asleep = start + timedelta(minutes=asleep_after)
    segment = Stretches(SOURCE_SLEEP_SEGMENT, (Span(asleep, local(night, 6, 35)),))
    window = Span(local(night, 18), local(night, 11))
    return NightSources(window, bed=bed, asleep=segment).as_dict()


def test_measured_parts_join_the_score() -> None:
    """A good measured night adds 20 of 20 points in its own group, beside the check-in."""
    record = NightRecord(night=NIGHT)
    checked_in()(record)
    record.sleep_sources = sources(NIGHT)
    score = score_record(record, None)
    measured = [c for c in score.components if c.group == "measured"]
    assert [(c.key, c.points, c.source) for c in measured] == [
        ("sleep_latency", 5.0, "ohayon2017"),
        ("sleep_awakenings", 5.0, "ohayon2017"),
        ("wake_after_sleep_onset", 5.0, "ohayon2017"),
        ("sleep_efficiency", 5.0, "ohayon2017"),
    ]
    assert score.score == 100.0
    # Asleep 70 minutes after into bed: no latency points; 393 of 490 minutes asleep is 80.2 %,
    # 6.2 points of the 11 between poor (74 %) and good (85 %).
    record.sleep_sources = sources(NIGHT, asleep_after=70)
    late = score_record(record, None)
    assert late.component("sleep_latency").points == 0.0
    assert late.component("sleep_efficiency").points == pytest.approx(
        5 * (100 * 393 / 490 - 74) / 11
    )
    assert late.component("sleep_efficiency").as_dict()["points"] == 2.82


def test_no_source_no_measured_parts() -> None:
    """A bedroom without a source has no measured parts at all."""
    record = NightRecord(night=NIGHT)
    checked_in()(record)
    assert all(c.group != "measured" for c in score_record(record, None).components)


def test_phone_minutes_count_with_screens() -> None:
    """20 screen minutes and 10 phone minutes: 10 x (1 - 30/60) = 5 points."""
    record = NightRecord(night=NIGHT)
    checked_in()(record)
    record.screen_on_minutes = 20.0
    measured_record.phones_watched()(record)
    measured_record.phone_minutes(10.0)(record)
    measured_record.phone_minutes(-3.0)(record)  # a clock step back adds nothing
    assert record.phone_screen_minutes == 10.0
    assert score_record(record, None).component("screens_off").points == 5.0


def test_into_bed_stands_in_for_lights_out() -> None:
    """Without a dark room, into bed at 22:40, 23:10 and 23:40 gives an SD of 24.5 minutes."""
    records = []
    for back, minute in ((2, 40), (1, 70), (0, 100)):
        record = NightRecord(night=NIGHT - timedelta(days=back))
        record.sleep_sources = sources(
            record.night, into_bed=(22, minute) if minute < 60 else (23, minute - 60)
        )
        records.append(record)
    assert lights_out_sd(records, NIGHT, TZ) == pytest.approx((2 * 30**2 / 3) ** 0.5)


def test_insights_compare_the_measured_latency() -> None:
    """Phone nights (latency 70) against the others (latency 25): 45 minutes longer."""
    records = []
    for back in range(12):
        record = NightRecord(night=NIGHT - timedelta(days=back))
        checked_in()(record)
        phone = back % 2 == 0
        record.phone_screen_minutes = 30.0 if phone else 0.0
        record.sleep_sources = sources(record.night, asleep_after=70 if phone else 25)
        records.append(record)
    records.reverse()
    factor = find_insights(records, NIGHT, TZ).factor(SCREENS_AFTER_DETOX)
    assert (factor.nights_with, factor.nights_without) == (6, 6)
    latency = factor.as_dict()["measured"]["sleep_latency"]
    # One factor splits these nights; 2 of the 924 splits of 6 and 6 are as clean (p about
    # 0.002), and 72 of 924 are two thirds as far apart (+-30). The three measures share the 5 %
    # (each 5/3 %), so the interval is a 98.3 % one: 45 +- 30 still.
    assert latency.pop("adjusted_p") == pytest.approx(2 / 924, abs=0.004)
    assert latency == {
        "nights_with": 6,
        "nights_without": 6,
        "mean_with": 70.0,
        "mean_without": 25.0,
        "difference": 45.0,
        "difference_low": 15.0,
        "difference_high": 75.0,
        "verdict": "worse",
        "more_nights_with": 0,
        "more_nights_without": 0,
        "interval_level": 0.9833,
    }


def test_only_what_was_measured_is_compared() -> None:
    """A source that gives only the latency: no efficiency or awakenings rows, and a factor no
    night says anything about has none at all."""
    nights = [
        (NightRecord(night=NIGHT - timedelta(days=n)), SleepMeasures(latency_minutes=20.0 + n))
        for n in range(12)
    ]
    sides: list[list[bool | None]] = [[n % 2 == 0 for n in range(12)], [None] * 12]
    found = compare_measures(sides, nights)
    assert [m.key for m in found[0]] == ["sleep_latency"]
    # One measure alone has the whole 5 %.
    assert found[0][0].interval_level == 0.95
    assert found[0][0].as_dict()["difference"] == -1.0
    assert found[1] == ()


def test_stored_night_with_sources_loads_and_bad_ones_are_refused() -> None:
    """A night stored with sources reads back; a backwards stretch or a bad number is refused."""
    record = NightRecord(night=NIGHT, phone_screen_minutes=4.0, sleep_sources=sources(NIGHT))
    assert NightRecord.from_dict(record.as_dict()) == record
    # A night stored before phones and sources existed still loads.
    old = {"night": "2026-02-10", "screen_on_minutes": 0.0}
    assert NightRecord.from_dict(old).sleep_sources is None
    bad = record.as_dict()
    bad["sleep_sources"]["bed"]["on"][0].reverse()
    with pytest.raises(ValueError, match="ends before it starts"):
        NightRecord.from_dict(bad)
    with pytest.raises(TypeError):
        NightRecord.from_dict(record.as_dict() | {"phone_screen_minutes": "many"})


# Ohayon et al. 2017's ranges, per age band: (appropriate up to, inappropriate from). Full points
# at the first, none at the second; the line between is ours.
OHAYON = {
    "adult": {
        "latency_minutes": (30, 46),
        "awakenings": (1, 4),
        "waso_minutes": (20, 41),
        "efficiency_percent": (85, 74),
    },
    "older": {
        "latency_minutes": (30, 61),
        "awakenings": (1, 4),
        "waso_minutes": (20, 51),
        "efficiency_percent": (85, 74),
    },
}
PART_OF = {
    "latency_minutes": "sleep_latency",
    "awakenings": "sleep_awakenings",
    "waso_minutes": "wake_after_sleep_onset",
    "efficiency_percent": "sleep_efficiency",
}


@pytest.mark.parametrize("band", ["adult", "older"])
@pytest.mark.parametrize("measure", list(PART_OF))
def test_measured_limits_are_ohayons_for_the_age_band(band: str, measure: str) -> None:
    full_at, zero_at = OHAYON[band][measure]

    def points(value: float) -> float | None:
        parts = measured_parts(SleepMeasures(**{measure: value}), band)
        (part,) = parts
        assert part.key == PART_OF[measure]
        return part.points

    assert points(full_at) == 5.0
    assert points(zero_at) == 0.0
    # Half-way along our line, half the points.
    assert points((full_at + zero_at) / 2) == pytest.approx(2.5)
    # Beyond either end nothing changes.
    past = zero_at + (zero_at - full_at)
    assert points(past) == 0.0


def test_an_unknown_band_is_rated_as_adults() -> None:
    measures = SleepMeasures(latency_minutes=46)
    assert measured_parts(measures, "teen") == measured_parts(measures, "adult")
