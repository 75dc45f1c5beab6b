"""What a personal experiment showed: nights with the change against nights as usual.

Pure Python (no Home Assistant import). The nights come in pairs, one with the change and one as
usual, the order drawn at random (``experiment``). Each pair gives a difference (the night with
the change minus the night as usual); the estimate is their mean.

The 90 % interval comes from the randomisation itself. If the change shifted every night's
burden by the same amount t, the pair differences minus t would be as likely to have either
sign (the draw could as well have swapped the pair's nights): t is in the interval when the
differences minus t do not sum to one of the 5 % largest or 5 % smallest sums over all 2^m
swaps (m pairs, every swap counted: 16 384 for 14 pairs). The ends of this interval are the
k-th smallest and k-th largest of the means of the 2^m - 1 non-empty subsets of the differences,
k = 5 % of 2^m (Hartigan 1969). It covers the true shift in at least 90 % of experiments,
whatever the nights are like (a bad week, nights that follow each other), because it only
uses what the draw did.

- As assigned: every pair whose two nights both have a symptom burden, by the arm drawn, however
  the night went (a bad night that made someone break the plan stays where it was drawn: that
  is what the randomisation protects). A pair with a night unanswered drops out whole: its
  other night has nothing to be compared with in its pair.
- Per protocol: only the pairs whose two nights kept to their arms. Said beside, labelled: the
  nights left are no longer the draw's, so a difference there can come from why a night was
  kept.
- Measured: the same as assigned, over the pairs measured on both nights (latency, efficiency,
  awakenings).

Verdicts: ``clearly_lower`` when the whole interval is below zero (the value is lower with the
change), ``clearly_higher`` when above, ``no_clear_difference`` when it holds zero, and
``too_few_nights`` with fewer than 5 complete pairs: with 4, the most extreme of the 16 swaps
already has a chance of 1 in 16, more than the 5 % a side a 90 % interval leaves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Final

from .experiment import ARM_CHANGE, ARMS, Experiment, kept_to_arm
from .figures import rounded
from .measured_insights import COMPARED
from .measured_record import measures_of
from .record_lookup import record_for
from .score import symptom_burden

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .night import NightRecord

INTERVAL_LEVEL: Final = 0.90
MIN_PAIRS: Final = 5  # 2^5 = 32 swaps: the fewest whose extreme 1 in 32 is under 5 % a side.
_TOLERANCE: Final = 1e-9

SYMPTOM_BURDEN: Final = "symptom_burden"
VERDICT_CLEARLY_LOWER: Final = "clearly_lower"
VERDICT_CLEARLY_HIGHER: Final = "clearly_higher"
VERDICT_NO_CLEAR_DIFFERENCE: Final = "no_clear_difference"
VERDICT_TOO_FEW_NIGHTS: Final = "too_few_nights"


@dataclass(frozen=True, slots=True)
class ArmComparison:
    """One comparison of the arms over complete pairs: means, difference, interval, verdict.

    ``difference`` is the mean of (night with the change - night as usual) over ``pairs``; the
    interval is the randomisation's 90 %; None when there are fewer than 5 pairs.
    """

    key: str
    pairs: int
    mean_change: float | None
    mean_usual: float | None
    difference: float | None
    low: float | None
    high: float | None
    verdict: str

    @property
    def more_pairs_needed(self) -> int:
        """Return how many more complete pairs an interval needs (0 when enough)."""
        return max(0, MIN_PAIRS - self.pairs)

    def as_dict(self) -> dict[str, Any]:
        """Return the comparison as attributes.

        Keys: ``pairs``, ``mean_change``, ``mean_usual``, ``difference``, ``difference_low``,
        ``difference_high`` (the 90 % interval), ``verdict`` and ``more_pairs_needed``.
        """
        return {
            "pairs": self.pairs,
            "mean_change": rounded(self.mean_change),
            "mean_usual": rounded(self.mean_usual),
            "difference": rounded(self.difference),
            "difference_low": rounded(self.low),
            "difference_high": rounded(self.high),
            "verdict": self.verdict,
            "more_pairs_needed": self.more_pairs_needed,
        }


@dataclass(frozen=True, slots=True)
class ArmNights:
    """How one arm's nights went so far: kept to the arm, did not, or did not say."""

    kept: int
    not_kept: int
    unknown: int

    def as_dict(self) -> dict[str, int]:
        """Return the counts as attributes."""
        return {"kept": self.kept, "not_kept": self.not_kept, "unknown": self.unknown}


@dataclass(frozen=True, slots=True)
class ExperimentResult:
    """An experiment's nights so far and what they show (at its end, or stopped early).

    ``nights_run`` are its nights up to ``as_of``; ``unanswered`` of them have no symptom
    burden (no check-in, or no symptom answered). ``arms`` counts, per arm, the nights that kept
    to it. ``pairs_dropped`` are pairs run to the end with a night unanswered.
    """

    experiment: Experiment
    as_of: date
    finished: bool
    nights_run: int
    unanswered: int
    pairs_dropped: int
    arms: dict[str, ArmNights]
    as_assigned: ArmComparison
    per_protocol: ArmComparison
    measured: tuple[ArmComparison, ...]

    def as_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data (attributes, the panel, the summary)."""
        return {
            "experiment": self.experiment.as_dict(),
            "as_of": self.as_of.isoformat(),
            "finished": self.finished,
            "nights_run": self.nights_run,
            "unanswered": self.unanswered,
            "pairs_dropped": self.pairs_dropped,
            "arms": {arm: nights.as_dict() for arm, nights in self.arms.items()},
            "interval_level": INTERVAL_LEVEL,
            "as_assigned": self.as_assigned.as_dict(),
            "per_protocol": self.per_protocol.as_dict(),
            "measured": {m.key: m.as_dict() for m in self.measured},
        }


def randomisation_interval(differences: Sequence[float]) -> tuple[float, float] | None:
    """Return the 90 % interval of the shift from the pairs' differences, or None with too few.

    Exact: every one of the 2^m swaps is counted, through the means of all non-empty subsets.
    """
    k = int((1 - INTERVAL_LEVEL) / 2 * 2 ** len(differences) + _TOLERANCE)
    if k < 1:
        return None
    sums = [0.0]
    sizes = [0]
    for difference in differences:
        sums += [total + difference for total in sums]
        sizes += [size + 1 for size in sizes]
    means = sorted([total / size for total, size in zip(sums[1:], sizes[1:], strict=True)])
    return means[k - 1], means[-k]


def compare_arms(key: str, pairs: Sequence[tuple[float, float]]) -> ArmComparison:
    """Return the comparison over complete pairs, each (night with the change, night as usual)."""
    if not pairs:
        return ArmComparison(key, 0, None, None, None, None, None, VERDICT_TOO_FEW_NIGHTS)
    count = len(pairs)
    mean_change = sum(change for change, _ in pairs) / count
    mean_usual = sum(usual for _, usual in pairs) / count
    differences = [change - usual for change, usual in pairs]
    difference = sum(differences) / count
    interval = randomisation_interval(differences) if count >= MIN_PAIRS else None
    if interval is None:
        return ArmComparison(
            key, count, mean_change, mean_usual, difference, None, None, VERDICT_TOO_FEW_NIGHTS
        )
    low, high = interval
    if low > 0:
        verdict = VERDICT_CLEARLY_HIGHER
    elif high < 0:
        verdict = VERDICT_CLEARLY_LOWER
    else:
        verdict = VERDICT_NO_CLEAR_DIFFERENCE
    return ArmComparison(key, count, mean_change, mean_usual, difference, low, high, verdict)


def analyse_experiment(
    experiment: Experiment, records: Sequence[NightRecord], as_of: date
) -> ExperimentResult:
    """Return what the experiment's nights up to ``as_of`` (the last night slept) show.

    ``records`` are the journal's, sorted by night (only the experiment's nights are read).
    """
    last = min(as_of, experiment.last_night)
    run = [
        (night, arm, record_for(records, night))
        for offset, arm in enumerate(experiment.arms)
        if (night := experiment.first_night + timedelta(days=offset)) <= last
    ]
    burdens = [None if record is None else symptom_burden(record) for _, _, record in run]
    kept = [None if record is None else kept_to_arm(experiment, record) for _, _, record in run]
    arms = {
        arm: ArmNights(
            kept=sum(k is True for (_, a, _), k in zip(run, kept, strict=True) if a == arm),
            not_kept=sum(k is False for (_, a, _), k in zip(run, kept, strict=True) if a == arm),
            unknown=sum(k is None for (_, a, _), k in zip(run, kept, strict=True) if a == arm),
        )
        for arm in ARMS
    }
    whole_pairs = range(0, len(run) - 1, 2)  # a pair whose second night is still to come waits
    everyone = [_paired(run, i, burdens) for i in whole_pairs]
    protocol = [
        _paired(run, i, burdens) if kept[i] is True and kept[i + 1] is True else None
        for i in whole_pairs
    ]
    nights_measured = [
        measures_of(record) if record is not None and record.sleep_sources else None
        for _, _, record in run
    ]
    measured = []
    for rule in COMPARED:
        values = [
            None if m is None or (v := getattr(m, rule.field)) is None else float(v)
            for m in nights_measured
        ]
        if any(value is not None for value in values):
            pairs = [_paired(run, i, values) for i in whole_pairs]
            measured.append(compare_arms(rule.key, [p for p in pairs if p is not None]))
    return ExperimentResult(
        experiment=experiment,
        as_of=as_of,
        finished=experiment.finished(as_of),
        nights_run=len(run),
        unanswered=sum(burden is None for burden in burdens),
        pairs_dropped=sum(pair is None for pair in everyone),
        arms=arms,
        as_assigned=compare_arms(SYMPTOM_BURDEN, [p for p in everyone if p is not None]),
        per_protocol=compare_arms(SYMPTOM_BURDEN, [p for p in protocol if p is not None]),
        measured=tuple(measured),
    )


def _paired(
    run: Sequence[tuple[date, str, NightRecord | None]],
    first: int,
    values: Sequence[float | None],
) -> tuple[float, float] | None:
    """Return the pair starting at ``first`` as (change, usual), or None with a night missing."""
    a, b = values[first], values[first + 1]
    if a is None or b is None:
        return None
    return (a, b) if run[first][1] == ARM_CHANGE else (b, a)
