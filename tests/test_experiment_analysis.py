"""Tests of the experiment's analysis: the randomisation interval, pairs, and a journal by hand."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product
import json
import random

import pytest

from custom_components.sleep_hygiene.model.experiment import (
    ARM_CHANGE,
    ARM_USUAL,
    CHANGE_NO_ALCOHOL,
    Experiment,
    stop_experiment,
)
from custom_components.sleep_hygiene.model.experiment_analysis import (
    VERDICT_CLEARLY_HIGHER,
    VERDICT_CLEARLY_LOWER,
    VERDICT_NO_CLEAR_DIFFERENCE,
    VERDICT_TOO_FEW_NIGHTS,
    analyse_experiment,
    compare_arms,
    randomisation_interval,
)
from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord
from custom_components.sleep_hygiene.model.sleep_sources import (
    SOURCE_BED,
    SOURCE_SLEEP_SEGMENT,
    NightSources,
    Span,
    Stretches,
)

from .journal_fixtures import local

FIRST = date(2026, 3, 2)
# With only the twitches question answered the burden is 0, 50 or 100.
TWITCHES = {0: "none", 50: "few", 100: "many"}


def upper_p(differences: list[float], shift: float) -> float:
    """Return the share of all swaps whose sum of (difference - shift) is at least the one seen."""
    moved = [d - shift for d in differences]
    seen = sum(moved)
    swaps = list(product((1, -1), repeat=len(moved)))
    return sum(
        sum(s * m for s, m in zip(signs, moved, strict=True)) >= seen for signs in swaps
    ) / len(swaps)


def test_the_interval_is_the_randomisation_test_inverted() -> None:
    """Each end is where a 5 % one-sided test over every one of the 2^7 swaps starts to reject."""
    differences = [-31.0, 12.5, -8.0, -40.0, 3.0, -22.0, -15.5]
    interval = randomisation_interval(differences)
    assert interval is not None
    low, high = interval
    step = 1e-6
    assert upper_p(differences, low - step) <= 0.05 < upper_p(differences, low + step)
    negated = [-d for d in differences]
    assert upper_p(negated, -high - step) <= 0.05 < upper_p(negated, -high + step)
    assert low < sum(differences) / 7 < high


def test_five_pairs_give_an_interval_and_four_do_not() -> None:
    # 2^5 = 32 swaps: 5 % a side is 1.6, so the ends are the lowest and highest subset means.
    assert randomisation_interval([1.0, 2.0, 3.0, 4.0, 5.0]) == (1.0, 5.0)
    assert randomisation_interval([1.0, 2.0, 3.0, 4.0]) is None


@pytest.mark.parametrize(
    ("differences", "verdict"),
    [
        ([-10.0, -20.0, -5.0, -30.0, -15.0], VERDICT_CLEARLY_LOWER),
        ([10.0, 20.0, 5.0, 30.0, 15.0], VERDICT_CLEARLY_HIGHER),
        ([-10.0, 20.0, -5.0, 30.0, -15.0], VERDICT_NO_CLEAR_DIFFERENCE),
        ([-10.0, -20.0, -5.0, -30.0], VERDICT_TOO_FEW_NIGHTS),
    ],
)
def test_verdicts(differences: list[float], verdict: str) -> None:
    found = compare_arms("symptom_burden", [(50.0 + d, 50.0) for d in differences])
    assert found.verdict == verdict
    assert found.pairs == len(differences)
    assert found.difference == pytest.approx(sum(differences) / len(differences))
    assert found.more_pairs_needed == max(0, 5 - len(differences))
    assert (found.low is None) is (verdict == VERDICT_TOO_FEW_NIGHTS)


def sources(night: date, asleep_after: int) -> dict:
    """Return a night in bed 22:30-06:50, asleep ``asleep_after`` minutes after getting in."""
    into_bed = local(night, 22, 30)
    bed = Stretches(SOURCE_BED, (Span(into_bed, local(night, 6, 50)),))
    asleep = into_bed + timedelta(minutes=asleep_after)
    segment = Stretches(SOURCE_SLEEP_SEGMENT, (Span(asleep, local(night, 6, 30)),))
    window = Span(local(night, 18), local(night, 11))
    return NightSources(window, bed=bed, asleep=segment).as_dict()


def test_a_two_week_no_alcohol_experiment_by_hand() -> None:
    # Seven pairs; the order in each is the draw's. Burden with the change / as usual:
    #   pair 1: 0 / 50, pair 2: 50 / 100, pair 3: 0 / 50 (a drink on the change night),
    #   pair 4: 0 / unanswered, pair 5: 50 / 50, pair 6: 0 / 100, pair 7: 0 / 50.
    arms = (ARM_CHANGE, ARM_USUAL, ARM_USUAL, ARM_CHANGE) * 3 + (ARM_CHANGE, ARM_USUAL)
    experiment = Experiment(CHANGE_NO_ALCOHOL, FIRST, arms)
    pairs = [(0, 50), (50, 100), (0, 50), (0, None), (50, 50), (0, 100), (0, 50)]
    records = []
    for index, (change, usual) in enumerate(pairs):
        order = arms[2 * index : 2 * index + 2]
        for offset, arm in enumerate(order):
            night = FIRST + timedelta(days=2 * index + offset)
            burden = change if arm == ARM_CHANGE else usual
            drink = "one" if (arm == ARM_USUAL or index == 2) else "none"
            answers = (
                {"twitches": TWITCHES[burden], "alcohol": drink} if burden is not None else None
            )
            latency = 20 if arm == ARM_CHANGE else 50
            records.append(
                NightRecord(
                    night=night,
                    check_in=None if answers is None else CheckIn(answers=answers),
                    sleep_sources=sources(night, latency),
                )
            )
    result = analyse_experiment(experiment, records, experiment.last_night)
    assert result.finished
    assert (result.nights_run, result.unanswered, result.pairs_dropped) == (14, 1, 1)
    # The change's nights: 6 kept, not pair 3's (a drink); a night as usual asks nothing.
    assert result.arms[ARM_CHANGE].as_dict() == {"kept": 6, "not_kept": 1, "unknown": 0}
    assert result.arms[ARM_USUAL].as_dict() == {"kept": 7, "not_kept": 0, "unknown": 0}
    # As assigned, six pairs: differences -50, -50, -50, 0, -100, -50, mean -50. 64 swaps, 5 % a
    # side is 3.2: the ends are the 3rd lowest and 3rd highest of the 63 subset means. Lowest:
    # -100, then -75 ({-100, -50}, four ways); highest: 0, then -25 ({0, -50}, four ways).
    assigned = result.as_assigned
    assert (assigned.pairs, assigned.difference) == (6, -50.0)
    assert assigned.mean_change == pytest.approx(100 / 6)
    assert assigned.mean_usual == pytest.approx(400 / 6)
    assert (assigned.low, assigned.high) == (-75.0, -25.0)
    assert assigned.verdict == VERDICT_CLEARLY_LOWER
    # Per protocol: pair 3 (a drink on the change's night) drops out too: five pairs.
    assert (result.per_protocol.pairs, result.per_protocol.difference) == (5, -50.0)
    # Measured latency: 20 with the change, 50 as usual, on the six answered pairs and pair 4
    # (measured on both nights even without a check-in): seven pairs of -30.
    (latency,) = [m for m in result.measured if m.key == "sleep_latency"]
    assert (latency.pairs, latency.difference) == (7, pytest.approx(-30.0))
    assert latency.verdict == VERDICT_CLEARLY_LOWER
    json.dumps(result.as_dict())
    assert result.as_dict()["as_assigned"]["verdict"] == VERDICT_CLEARLY_LOWER


def test_midway_and_stopped_early() -> None:
    experiment = Experiment(CHANGE_NO_ALCOHOL, FIRST, (ARM_CHANGE, ARM_USUAL) * 5)
    records = [
        NightRecord(night=FIRST + timedelta(days=n), check_in=CheckIn({"twitches": "few"}))
        for n in range(10)
    ]
    # Three nights in: one whole pair, the next waits for its second night.
    midway = analyse_experiment(experiment, records, FIRST + timedelta(days=2))
    assert not midway.finished
    assert (midway.nights_run, midway.as_assigned.pairs) == (3, 1)
    assert midway.as_assigned.verdict == VERDICT_TOO_FEW_NIGHTS
    assert midway.as_assigned.more_pairs_needed == 4
    assert midway.measured == ()
    # Stopped after six nights: three pairs, and the nights after are not read.
    stopped = stop_experiment(experiment, FIRST + timedelta(days=6))
    result = analyse_experiment(stopped, records, FIRST + timedelta(days=9))
    assert result.finished
    assert (result.nights_run, result.as_assigned.pairs) == (6, 3)
    assert result.as_assigned.difference == 0.0
    # Not begun: nothing to compare.
    empty = analyse_experiment(experiment, [], FIRST - timedelta(days=1))
    assert (empty.nights_run, empty.as_assigned.pairs, empty.unanswered) == (0, 0, 0)
    assert empty.as_assigned.mean_change is None


def test_the_interval_shifts_with_the_nights() -> None:
    """Adding the same amount to every night with the change moves the interval by it."""
    rng = random.Random(3)
    pairs = [(rng.gauss(40, 26), rng.gauss(40, 26)) for _ in range(14)]
    before = compare_arms("symptom_burden", pairs)
    after = compare_arms("symptom_burden", [(change - 26.0, usual) for change, usual in pairs])
    assert before.low is not None
    assert after.low is not None
    assert after.low == pytest.approx(before.low - 26.0)
