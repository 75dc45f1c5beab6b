"""Nights with a factor against nights without it, for several factors at once, held against chance.

Pure Python (no Home Assistant import). Each factor splits a window's nights in two; its
difference is the mean value (a symptom burden, a measured latency) on nights with it minus the
mean on nights without it. A difference is claimed only when both:

- it is at least a minimum that matters (the caller's, in the value's own unit), and
- it would rarely arise by chance across every factor compared at once: a max-statistic
  permutation test (Westfall and Young 1993). The window's values are shuffled across its nights
  999 times, the factors kept as they were; each time every factor's standardised difference is
  worked out and the largest (in size) is kept. A factor's adjusted p is the share of shuffles
  whose largest standardised difference is at least its own; it is claimed at p <= 0.05 (or
  the caller's smaller share, when several families share the 5 %), so on nights where no factor
  goes with the values, any claim at all is made in at most 5 % of windows.

The standardised difference is the difference over its standard error worked out from the SD of
all the values the factor splits (not each side's own SD): when every factor is known on every
night, that SD is the same in every shuffle, so the statistic orders shuffles exactly as a
pooled-SD t would, and it never becomes infinite when one side's few nights are all alike (which
a Welch t does, and which costs it power with 8 nights against 20).

The interval is simultaneous, 95 % (1 - the share) for all factors at once: the difference plus
or minus the shuffles' 95th percentile of the largest standardised difference times the factor's
standard error. It leaves out zero exactly when the adjusted p is at most the share, so the
interval and the claim never disagree.

The shuffles are drawn from a generator seeded by the window's content: the same nights always
give the same answer, so a sensor does not flip when it is worked out again.

Only factors with at least 6 nights on each side are compared; a factor with fewer is "too few
nights", with how many more nights each side needs. A factor on few nights has little chance of a
verdict, yet its chance differences raise the bar for every factor compared with it. Which factors
are compared depends only on their sides, which the shuffles keep, so the test stays exact.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
import hashlib
from math import sqrt
from operator import itemgetter, mul
import random
import struct
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

# Fewer nights on a side are "too few nights". Over 28 nights, where alcohol adds 1.5 SD, 6 finds it
# on 8 nights in 81 % of windows (3: 76 %), at the cost of a habit on 5 nights (3: 57 %).
MIN_NIGHTS_EACH_SIDE: Final = 6
PERMUTATIONS: Final = 999  # With the window itself, 1 000 orderings: p in steps of 0.001.
ALPHA: Final = 0.05  # Any claim at all in at most 5 % of windows where nothing goes with anything.
INTERVAL_LEVEL: Final = 1 - ALPHA  # The simultaneous interval that matches the claim.
# Two ways of summing the same nights differ in the last bits: a shuffle that splits the nights
# as the window does must count as at least as large.
_TOLERANCE: Final = 1e-9
_CACHE_SIZE: Final = 16  # The burden and three measures, for a few windows.

VERDICT_WORSE: Final = "worse"
VERDICT_BETTER: Final = "better"
VERDICT_NO_CLEAR_DIFFERENCE: Final = "no_clear_difference"
VERDICT_TOO_FEW_NIGHTS: Final = "too_few_nights"

# One factor's side on each night: True with it, False without it, None when the night says
# nothing about it.
type Sides = tuple[bool | None, ...]


@dataclass(frozen=True, slots=True)
class Contrast:
    """One factor's nights with it and without it, its difference, interval and verdict.

    ``difference``, ``low``, ``high`` and ``adjusted_p`` are None when a side has fewer than 6
    nights; the means are given whenever a side has a night.
    """

    nights_with: int
    nights_without: int
    mean_with: float | None
    mean_without: float | None
    difference: float | None = None
    low: float | None = None
    high: float | None = None
    adjusted_p: float | None = None
    verdict: str = VERDICT_TOO_FEW_NIGHTS

    @property
    def enough_data(self) -> bool:
        """Return True when both sides have enough nights to be compared."""
        return min(self.nights_with, self.nights_without) >= MIN_NIGHTS_EACH_SIDE

    @property
    def more_nights_with(self) -> int:
        """Return how many more nights with the factor a comparison needs (0 when enough)."""
        return max(0, MIN_NIGHTS_EACH_SIDE - self.nights_with)

    @property
    def more_nights_without(self) -> int:
        """Return how many more nights without the factor a comparison needs (0 when enough)."""
        return max(0, MIN_NIGHTS_EACH_SIDE - self.nights_without)

    def as_dict(self, rounded: Callable[[float | None], float | None]) -> dict[str, Any]:
        """Return the figures as attributes, each figure passed through ``rounded``.

        Keys: ``difference_low``/``difference_high`` (the simultaneous 95 % interval),
        ``adjusted_p`` (three decimals), ``verdict`` (worse, better, no_clear_difference,
        too_few_nights) and ``more_nights_with``/``more_nights_without`` (0 when enough).
        """
        return {
            "difference": rounded(self.difference),
            "difference_low": rounded(self.low),
            "difference_high": rounded(self.high),
            "adjusted_p": None if self.adjusted_p is None else round(self.adjusted_p, 3),
            "verdict": self.verdict,
            "more_nights_with": self.more_nights_with,
            "more_nights_without": self.more_nights_without,
        }


@dataclass(frozen=True, slots=True)
class _Split:
    """A compared factor: who is on which side, and what its statistic needs."""

    index: int
    observed: tuple[int, ...] | None  # the nights it splits; None when it is every night
    with_nights: tuple[int, ...]
    n_with: int
    n_without: int


def compare_factors(
    values: Sequence[float | None],
    sides: Sequence[Sequence[bool | None]],
    minimum: float,
    *,
    higher_is_worse: bool = True,
    alpha: float = ALPHA,
) -> tuple[Contrast, ...]:
    """Return each factor's contrast over the nights of a window, in the order given.

    ``values`` has one value per night (None where the night has none: it drops out);
    ``sides`` one sequence per factor with an entry per night. ``minimum`` is the smallest
    difference (in the values' unit) that is claimed; ``higher_is_worse`` says which way a
    claimed difference is "worse"; ``alpha`` is this family's share of chance (a claim at
    adjusted p <= alpha, with a simultaneous 1 - alpha interval). The answer depends only on
    what is given: the same window always gives the same verdicts.
    """
    kept = [night for night, value in enumerate(values) if value is not None]
    window = tuple(float(v) for v in values if v is not None)
    kept_sides = tuple(tuple(side[night] for night in kept) for side in sides)
    return _compare(window, kept_sides, float(minimum), higher_is_worse, alpha)


@lru_cache(maxsize=_CACHE_SIZE)
def _compare(
    values: tuple[float, ...],
    sides: tuple[Sides, ...],
    minimum: float,
    higher_is_worse: bool,
    alpha: float,
) -> tuple[Contrast, ...]:
    splits = [s for i, side in enumerate(sides) if (s := _split(i, side)) is not None]
    maxima = _shuffled_maxima(values, splits, _seed(values, sides)) if splits else []
    critical = maxima[_critical_rank(len(maxima), alpha)] if maxima else 0.0
    compared = {split.index: split for split in splits}
    found: list[Contrast] = []
    for index, side in enumerate(sides):
        with_values = [v for v, s in zip(values, side, strict=True) if s is True]
        without_values = [v for v, s in zip(values, side, strict=True) if s is False]
        mean_with = _mean(with_values)
        mean_without = _mean(without_values)
        if (split := compared.get(index)) is None or mean_with is None or mean_without is None:
            found.append(Contrast(len(with_values), len(without_values), mean_with, mean_without))
            continue
        difference = mean_with - mean_without
        error = _standard_error(with_values + without_values, split)
        statistic = 0.0 if error == 0 else abs(difference) / error
        # Shuffles (the window itself among them) at least as extreme, out of all orderings.
        larger = len(maxima) - bisect_left(maxima, statistic - _TOLERANCE)
        adjusted_p = (1 + larger) / (1 + len(maxima))
        found.append(
            Contrast(
                nights_with=split.n_with,
                nights_without=split.n_without,
                mean_with=mean_with,
                mean_without=mean_without,
                difference=difference,
                low=difference - critical * error,
                high=difference + critical * error,
                adjusted_p=adjusted_p,
                verdict=_verdict(difference, adjusted_p, minimum, higher_is_worse, alpha),
            )
        )
    return tuple(found)


def _verdict(
    difference: float, adjusted_p: float, minimum: float, higher_is_worse: bool, alpha: float
) -> str:
    if adjusted_p > alpha or abs(difference) < minimum:
        return VERDICT_NO_CLEAR_DIFFERENCE
    return VERDICT_WORSE if (difference > 0) == higher_is_worse else VERDICT_BETTER


def _critical_rank(shuffles: int, alpha: float) -> int:
    """Return the index, in the sorted maxima, of the largest value a claim must exceed.

    p = (1 + #{maxima >= s}) / (shuffles + 1) <= alpha holds exactly when s exceeds the
    k-th largest maximum, k = floor(alpha * (shuffles + 1)).
    """
    k = int(alpha * (shuffles + 1) + _TOLERANCE)
    return max(0, shuffles - k)


def _split(index: int, side: Sides) -> _Split | None:
    with_nights = tuple(night for night, present in enumerate(side) if present is True)
    observed = tuple(night for night, present in enumerate(side) if present is not None)
    n_with = len(with_nights)
    n_without = len(observed) - n_with
    if min(n_with, n_without) < MIN_NIGHTS_EACH_SIDE:
        return None
    return _Split(
        index=index,
        observed=None if len(observed) == len(side) else observed,
        with_nights=with_nights,
        n_with=n_with,
        n_without=n_without,
    )


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _sd(values: Sequence[float]) -> float:
    count = len(values)
    centre = sum(values) / count
    return sqrt(max(0.0, sum((v - centre) ** 2 for v in values) / (count - 1)))


def _standard_error(observed_values: Sequence[float], split: _Split) -> float:
    return _sd(observed_values) * sqrt(1 / split.n_with + 1 / split.n_without)


def _seed(values: tuple[float, ...], sides: tuple[Sides, ...]) -> int:
    """Return a seed that depends only on the window: its values and every factor's sides."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(struct.pack(f"<{len(values)}d", *values))
    for side in sides:
        digest.update(bytes(2 if s is None else int(s) for s in side))
    return int.from_bytes(digest.digest(), "little")


type _Pick = Callable[[list[float]], tuple[float, ...]]
# A factor's statistic is |a * (sum of the nights with it) + b|, times 1 / SD when that varies.
type _Linear = tuple[_Pick, float, float]


def _picker(nights: tuple[int, ...]) -> _Pick:
    """Return a getter of these nights' values, always as a tuple (itemgetter of one is not)."""
    if len(nights) == 1:
        night = nights[0]
        return lambda shuffled: (shuffled[night],)
    return itemgetter(*nights)


def _shuffled_maxima(values: tuple[float, ...], splits: Sequence[_Split], seed: int) -> list[float]:
    """Return, sorted, the largest standardised difference of each of the shuffles.

    The inner loop is written for speed (it runs on the event loop at every check-in). A factor
    known on every night has a fixed SD, so its statistic is a * (sum with it) + b. Factors known
    on the same nights share their SD, worked out from the few nights they miss (the total and
    the sum of squares of all nights do not change in a shuffle).
    """
    total = sum(values)
    total_squares = sum(map(mul, values, values))
    window_sd = _sd(values)
    fixed: list[_Linear] = []
    # By the nights missed: (getter of them, nights known, the factors known on the rest).
    varying: dict[tuple[int, ...], tuple[_Pick, int, list[_Linear]]] = {}
    for split in splits:
        scale = sqrt(1 / split.n_with + 1 / split.n_without)
        pick = itemgetter(*split.with_nights)
        if split.observed is None:
            if window_sd > 0:
                b = -total / (split.n_without * window_sd * scale)
                fixed.append((pick, scale / window_sd, b))
            continue
        missed = tuple(sorted(set(range(len(values))) - set(split.observed)))
        group = varying.setdefault(missed, (_picker(missed), len(split.observed), []))
        # difference / scale = scale * (sum with it) - total / (n_without * scale)
        group[2].append((pick, scale, 1 / (split.n_without * scale)))
    draw = random.Random(seed).random
    maxima: list[float] = []
    for _ in range(PERMUTATIONS):
        # Sorting by random keys is a uniform shuffle, and twice as fast as random.shuffle.
        shuffled = sorted(values, key=lambda _: draw())
        found = [abs(a * sum(pick(shuffled)) + b) for pick, a, b in fixed]
        for pick_missed, n, factors in varying.values():
            missed_values = pick_missed(shuffled)
            part_total = total - sum(missed_values)
            squares = total_squares - sum(map(mul, missed_values, missed_values))
            spread = squares - part_total * part_total / n
            if spread <= _TOLERANCE * squares:  # alike nights: rounding, not a spread
                continue
            inv_sd = 1 / sqrt(spread / (n - 1))
            found += [
                abs(scale * sum(pick(shuffled)) - part_total * weight) * inv_sd
                for pick, scale, weight in factors
            ]
        maxima.append(max(found, default=0.0))
    maxima.sort()
    return maxima
