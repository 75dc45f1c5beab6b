"""Tests of the max-statistic permutation test behind the insights, against hand and brute force."""

from __future__ import annotations

import math
import os
from pathlib import Path
import subprocess
import sys

import pytest

from custom_components.sleep_hygiene.model.factor_comparison import (
    VERDICT_BETTER,
    VERDICT_NO_CLEAR_DIFFERENCE,
    VERDICT_TOO_FEW_NIGHTS,
    VERDICT_WORSE,
    compare_factors,
)

ROOT = Path(__file__).resolve().parents[1]
# Fourteen nights: two bad (100), two middling (50), ten good (0): 6 006 distinct orderings.
VALUES = [100.0, 100.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 50.0, 50.0, 0.0, 0.0, 0.0, 0.0]
# Known on twelve nights only: with it on the bad and middling ones and two good ones.
PARTLY_KNOWN: list[bool | None] = [True] * 4 + [False] * 4 + [True] * 2 + [False] * 2 + [None] * 2
# Known on every night: with it on one bad night, one middling night and four good ones.
ALWAYS_KNOWN: list[bool | None] = [
    True,
    False,
    True,
    True,
    True,
    True,
    False,
    False,
    True,
    False,
    False,
    False,
    False,
    False,
]


def statistic(values: list[float], side: list[bool | None]) -> float:
    """Return |difference| over its standard error from the SD of the nights the factor splits."""
    with_it = [v for v, s in zip(values, side, strict=True) if s is True]
    without = [v for v, s in zip(values, side, strict=True) if s is False]
    split = with_it + without
    centre = sum(split) / len(split)
    sd = math.sqrt(sum((v - centre) ** 2 for v in split) / (len(split) - 1))
    difference = sum(with_it) / len(with_it) - sum(without) / len(without)
    return (
        0.0 if sd == 0 else abs(difference) / (sd * math.sqrt(1 / len(with_it) + 1 / len(without)))
    )


def orderings(values: list[float]) -> list[list[float]]:
    """Return every distinct ordering of ``values`` (a multiset: few distinct values)."""
    if not values:
        return [[]]
    found = []
    for first in sorted(set(values)):
        rest = list(values)
        rest.remove(first)
        found += [[first, *tail] for tail in orderings(rest)]
    return found


def exact_p(values: list[float], sides: list[list[bool | None]], index: int) -> float:
    """Return the adjusted p of one factor over every distinct ordering of ``values``."""
    observed = statistic(values, sides[index])
    every = orderings(values)
    extreme = sum(
        max(statistic(order, side) for side in sides) >= observed - 1e-9 for order in every
    )
    return extreme / len(every)


# Known on all but one night (a good one): the SD is worked out from the night it misses.
ONE_UNKNOWN: list[bool | None] = [
    True,
    False,
    True,
    False,
    True,
    False,
    True,
    False,
    False,
    True,
    False,
    True,
    None,
    False,
]
# Twelve good nights and two bad; a factor known on twelve of them, the bad ones among them, sees
# only good ones in a shuffle that puts both bad nights where it is unknown (no spread at all).
MOSTLY_GOOD = [0.0] * 12 + [100.0] * 2
TWELVE_KNOWN: list[bool | None] = [None] * 2 + [True] * 6 + [False] * 6


@pytest.mark.parametrize(
    ("values", "sides"),
    [
        (VALUES, [PARTLY_KNOWN]),
        (VALUES, [ALWAYS_KNOWN]),
        (VALUES, [PARTLY_KNOWN, ALWAYS_KNOWN, ONE_UNKNOWN]),
        (MOSTLY_GOOD, [TWELVE_KNOWN, ALWAYS_KNOWN]),
    ],
    ids=["partly-known", "always-known", "three", "no-spread"],
)
def test_adjusted_p_matches_every_ordering(
    values: list[float], sides: list[list[bool | None]]
) -> None:
    """999 shuffles give the p that every distinct ordering gives, within sampling error."""
    found = compare_factors(values, sides, minimum=10)
    for index, contrast in enumerate(found):
        exact = exact_p(values, sides, index)
        assert contrast.adjusted_p is not None
        # Three standard errors of a share of 1 000.
        assert contrast.adjusted_p == pytest.approx(exact, abs=3 * math.sqrt(exact / 1000) + 1e-3)


def test_the_interval_and_the_claim_agree() -> None:
    found = compare_factors(VALUES, [PARTLY_KNOWN, ALWAYS_KNOWN], minimum=10)
    for contrast in found:
        assert contrast.low is not None
        assert contrast.high is not None
        leaves_out_zero = contrast.low > 0 or contrast.high < 0
        assert contrast.adjusted_p is not None
        assert leaves_out_zero is (contrast.adjusted_p <= 0.05)
        assert (contrast.verdict != VERDICT_NO_CLEAR_DIFFERENCE) is leaves_out_zero
        # The interval is the difference plus or minus the same multiple of its standard error.
        assert contrast.difference == pytest.approx((contrast.low + contrast.high) / 2)


def test_a_family_given_less_of_the_chance_claims_less_and_widens_its_interval() -> None:
    """The measured night's three measures share the 5 %: each is held to 5/3 %."""
    (whole,) = compare_factors(VALUES, [PARTLY_KNOWN], minimum=10)
    (share,) = compare_factors(VALUES, [PARTLY_KNOWN], minimum=10, alpha=0.05 / 3)
    assert whole.adjusted_p == share.adjusted_p
    assert whole.adjusted_p is not None
    assert 0.05 / 3 < whole.adjusted_p <= 0.05
    assert (whole.verdict, share.verdict) == (VERDICT_WORSE, VERDICT_NO_CLEAR_DIFFERENCE)
    assert whole.low is not None
    assert share.low is not None
    # The wider interval reaches zero (here the window's own split is its edge).
    assert share.low <= 1e-9 < whole.low


def test_nights_without_a_value_drop_out() -> None:
    with_gaps = compare_factors([*VALUES, None], [[*PARTLY_KNOWN, True]], minimum=10)
    assert with_gaps == compare_factors(VALUES, [PARTLY_KNOWN], minimum=10)
    assert with_gaps[0].nights_with == 6


def test_nights_all_alike_show_no_difference() -> None:
    (contrast,) = compare_factors([40.0] * 12, [[True] * 6 + [False] * 6], minimum=10)
    assert contrast.difference == 0.0
    assert (contrast.low, contrast.high) == (0.0, 0.0)
    assert contrast.adjusted_p == 1.0
    assert contrast.verdict == VERDICT_NO_CLEAR_DIFFERENCE


def test_which_way_is_worse() -> None:
    # Efficiency: higher is better; nights with the factor 10 points lower are worse.
    values = [80.0] * 6 + [90.0] * 20
    side: list[bool | None] = [True] * 6 + [False] * 20
    (lower,) = compare_factors(values, [side], minimum=5, higher_is_worse=False)
    assert lower.difference == -10.0
    assert lower.verdict == VERDICT_WORSE
    (higher,) = compare_factors(values, [[not s for s in side]], minimum=5, higher_is_worse=False)
    assert higher.verdict == VERDICT_BETTER


def test_too_few_nights_say_how_many_more() -> None:
    (contrast,) = compare_factors([1.0, 2.0, 3.0, 4.0], [[True, None, False, False]], minimum=1)
    assert contrast.verdict == VERDICT_TOO_FEW_NIGHTS
    assert (contrast.mean_with, contrast.mean_without) == (1.0, 3.5)
    assert contrast.difference is None
    assert (contrast.more_nights_with, contrast.more_nights_without) == (5, 4)


def test_the_same_window_gives_the_same_answer_in_another_process() -> None:
    """The shuffles are seeded by the window's content, not by the process (a restart)."""
    here = repr(compare_factors(VALUES, [PARTLY_KNOWN, ALWAYS_KNOWN], minimum=10))
    code = (
        "from custom_components.sleep_hygiene.model.factor_comparison import compare_factors\n"
        f"print(repr(compare_factors({VALUES!r}, [{PARTLY_KNOWN!r}, {ALWAYS_KNOWN!r}], 10)))"
    )
    for hash_seed in ("1", "2"):
        env = os.environ | {"PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == here
