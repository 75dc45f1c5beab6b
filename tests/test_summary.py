"""Tests of the one-call summary and of its cost not growing with the history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
import json
import random
from typing import overload

from hypothesis import given

from custom_components.sleep_hygiene.model.insights import find_insights
from custom_components.sleep_hygiene.model.night import QUESTIONS, CheckIn, NightRecord
from custom_components.sleep_hygiene.model.red_flags import RULES, find_red_flags
from custom_components.sleep_hygiene.model.score import score_night
from custom_components.sleep_hygiene.model.streak import check_in_streak
from custom_components.sleep_hygiene.model.summary import summarise

from .test_score import START, histories, rolling_average

TZ = timezone(timedelta(hours=1))
FIRST = date(2020, 1, 1)


def random_night(night: date, rng: random.Random, check_in: bool = True) -> NightRecord:
    """Return a plausible night with random answers and measurements."""
    planned = datetime(night.year, night.month, night.day, 22, tzinfo=TZ)
    answers = {question: rng.choice(options) for question, options in QUESTIONS.items()}
    return NightRecord(
        night=night,
        detox_planned=planned,
        detox_started=planned + timedelta(minutes=rng.uniform(0, 70)),
        screen_on_minutes=rng.uniform(0, 40),
        lights_out_at=planned + timedelta(minutes=rng.uniform(0, 120)),
        temperature_target_c=18.0,
        temperature_mean_c=rng.uniform(16, 22),
        temperature_in_band_share=rng.random(),
        check_in=CheckIn(answers=answers) if check_in else None,
    )


def history(nights: int, seed: int = 1) -> list[NightRecord]:
    """Return ``nights`` consecutive nights, every one checked in."""
    rng = random.Random(seed)
    return [random_night(FIRST + timedelta(days=n), rng) for n in range(nights)]


class CountingRecords(Sequence[NightRecord]):
    """A sequence that counts how many records are read from it."""

    def __init__(self, records: list[NightRecord]) -> None:
        self._records = records
        self.read = 0

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> NightRecord: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[NightRecord]: ...

    def __getitem__(self, index: int | slice) -> NightRecord | Sequence[NightRecord]:
        if isinstance(index, slice):
            part = self._records[index]
            self.read += len(part)
            return part
        self.read += 1
        return self._records[index]


def test_summary_agrees_with_the_parts() -> None:
    records = history(60)
    as_of = records[-1].night
    summary = summarise(records, as_of, TZ)
    assert summary.night == score_night(records, as_of, TZ)
    assert summary.score_average_7 == rolling_average(records, as_of, 7)
    assert summary.score_average_28 == rolling_average(records, as_of, 28)
    assert summary.insights == find_insights(records, as_of, TZ)
    assert summary.red_flags == find_red_flags(records, as_of, TZ)
    assert summary.streak == 60
    data = summary.as_dict()
    json.dumps(data)
    assert data["streak"] == 60
    assert data["night"]["night"] == as_of.isoformat()


def test_summary_of_an_empty_journal() -> None:
    summary = summarise([], FIRST, TZ)
    assert summary.night is None
    assert (summary.score_average_7, summary.score_average_28, summary.burden_average_7) == (
        None,
        None,
        None,
    )
    assert summary.streak == 0
    assert summary.red_flags.active == frozenset()
    json.dumps(summary.as_dict())


def test_streak_counted_on_from_the_previous_summary_matches_a_full_count() -> None:
    rng = random.Random(7)
    records: list[NightRecord] = []
    previous = None
    for n in range(120):
        night = FIRST + timedelta(days=n)
        # A few nights without a check-in and a few with no record at all.
        if n % 37 == 5:
            previous = summarise(records, night, TZ, previous)
            continue
        records.append(random_night(night, rng, check_in=n % 23 != 11))
        previous = summarise(records, night, TZ, previous)
        assert previous.streak == check_in_streak(records, night)
    # A same-night edit (answering for tonight again) keeps the streak right too.
    assert previous is not None
    again = summarise(records, previous.as_of, TZ, previous)
    assert again.streak == previous.streak


def test_one_more_night_costs_the_same_whatever_the_history() -> None:
    reads = []
    for nights in (400, 8000):
        records = history(nights + 1)
        as_of = records[-1].night
        previous = summarise(records[:-1], as_of - timedelta(days=1), TZ)
        counting = CountingRecords(records)
        summarise(counting, as_of, TZ, previous)
        reads.append(counting.read)
    # One slice of the last 84 nights, plus a few bisect reads more per doubling of the history.
    assert reads[1] - reads[0] < 20
    assert reads[1] < 200


@given(histories())
def test_any_history_summarises_within_range(records: list[NightRecord]) -> None:
    summary = summarise(records, START + timedelta(days=29), TZ)
    averages = (summary.score_average_7, summary.score_average_28, summary.burden_average_7)
    for value in averages:
        assert value is None or 0.0 <= value <= 100.0
    for factor in summary.insights.factors:
        assert factor.difference is None or -100.0 <= factor.difference <= 100.0
    assert summary.red_flags.active <= set(RULES)
    json.dumps(summary.as_dict())
