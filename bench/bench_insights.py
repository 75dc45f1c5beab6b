"""Operating figures of the insights' rule on simulated journals, and what it costs.

Each figure is the share of 4 000 simulated windows of 28 nights, 20 000 for the no-effect ones
(how they are made: tests/simulated_journals.py), with its 95 % interval from the binomial (Wilson):
- no habit goes with the burden (independent nights, AR(1) nights with rho 0.4, journals as the
  product keeps them, the check-in alone, and the four together): the share of windows where any
  factor is claimed (worse or better), and where one is named worse (the sensor), held to 5 %;
  and on measured journals where nothing goes with the measured night, any measure claimed;
- alcohol on 8 of 28 nights adding 1.5 x the night-to-night SD (held to 80 %) or 1 x (reported);
- habits that come in weeks together with AR(1) nights: reported (where the method can mislead).

The time is the CPU time of ``find_insights`` over a 28-night window with all eight factors known,
without and with a measured night (three more families), each window new (no cache).
"""

from __future__ import annotations

from datetime import UTC
from math import sqrt
import random
import statistics
import time

from harness import report

from custom_components.sleep_hygiene.model.insights import find_insights
from tests.simulated_journals import (
    Rates,
    insight_rates,
    last_night,
    measured_rates,
    product_rates,
    product_window,
)

WINDOWS = 4000
# A rule held to 5 % shows 4-6 % on 2 000 windows by chance alone: the no-effect figures use more.
NULL_WINDOWS = 20000
SEED = 2024
TIMED_WINDOWS = 200


def wilson(hits: int, total: int) -> list[float]:
    """Return the 95 % Wilson interval of a share, in percent."""
    z = 1.96
    share = hits / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z * sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return [round(100 * (centre - half), 2), round(100 * (centre + half), 2)]


def share(figure: str, hits: int, total: int, limit: str, bench: str = "insights") -> None:
    """Report a share of simulated runs in percent, with its interval."""
    report(bench, figure, 100 * hits / total, "%", limit, ci95=wilson(hits, total))


def claims(journal: str, rates: Rates) -> None:  # over NULL_WINDOWS
    """Report how often, where no factor goes with the burden, any was claimed (worse or better)
    and any was said to go with worse nights (what the sensor names)."""
    share(f"{journal}: any factor claimed", rates.any_claim, rates.windows, "≤ 5")
    share(f"{journal}: a factor named worse", rates.any_worse, rates.windows, "≤ 5")


def bench_figures() -> None:
    """The operating figures, 4 000 windows each (20 000 where nothing goes with the burden)."""
    nulls = [
        ("no effect, independent nights", insight_rates(SEED, NULL_WINDOWS)),
        ("no effect, AR(1) nights rho 0.4", insight_rates(SEED + 1, NULL_WINDOWS, rho=0.4)),
        (
            "no effect, journals as the product keeps them (answers), AR(1) 0.4",
            product_rates(SEED + 2, NULL_WINDOWS, rho=0.4),
        ),
        # A journal kept through the check-in alone (no detox, no thermometer): four factors.
        (
            "no effect, check-in only (4 factors)",
            insight_rates(SEED + 7, NULL_WINDOWS, check_in_only=True),
        ),
    ]
    for journal, rates in nulls:
        claims(journal, rates)
    # Each run alone lands a little either side of 5 % by chance; together they say more.
    claims(
        "no effect, the four journals together",
        Rates(
            sum(r.windows for _, r in nulls),
            sum(r.any_claim for _, r in nulls),
            sum(r.any_worse for _, r in nulls),
            sum(r.alcohol_worse for _, r in nulls),
        ),
    )
    # The measured night's three measures share the 5 % between them.
    claims(
        "no effect on the measured night (latency, efficiency, awakenings), AR(1) 0.4",
        measured_rates(SEED + 9, WINDOWS, rho=0.4),
    )
    found = insight_rates(SEED + 3, WINDOWS, alcohol_effect=1.5)
    share("alcohol +1.5 SD on 8 of 28 nights: named", found.alcohol_worse, WINDOWS, "≥ 80")
    found = insight_rates(SEED + 4, WINDOWS, alcohol_effect=1.5, rho=0.4)
    share("alcohol +1.5 SD, AR(1) nights rho 0.4: named", found.alcohol_worse, WINDOWS, "≥ 80")
    found = insight_rates(SEED + 8, WINDOWS, alcohol_effect=1.5, check_in_only=True)
    share(
        "alcohol +1.5 SD on 8 of 28 nights, check-in only (4 factors): named",
        found.alcohol_worse,
        WINDOWS,
        "≥ 80",
    )
    found = insight_rates(SEED + 5, WINDOWS, alcohol_effect=1.0)
    share(
        "alcohol +1 SD on 8 of 28 nights: named",
        found.alcohol_worse,
        WINDOWS,
        "none (reported; under half expected)",
    )
    clustered = insight_rates(SEED + 6, WINDOWS, rho=0.4, clustered=True)
    share(
        "no effect, habits in weeks and AR(1) nights rho 0.4: any factor claimed",
        clustered.any_claim,
        WINDOWS,
        "none (reported: the test assumes no such weeks)",
    )


def bench_time() -> None:
    """CPU time of find_insights over new 28-night windows, without and with measured nights."""
    rng = random.Random(SEED)
    for measured in (False, True):
        windows = [product_window(rng, measured=measured) for _ in range(TIMED_WINDOWS)]
        samples = []
        for records in windows:
            start = time.process_time()
            find_insights(records, last_night(), UTC)
            samples.append(time.process_time() - start)
        label = "with a measured night (4 families)" if measured else "burden only"
        report(
            "insights",
            f"find_insights, 28 nights, 8 factors, {label}",
            statistics.median(samples) * 1000,
            "ms",
            "≤ 20" if not measured else "none (reported)",
            p90=round(statistics.quantiles(samples, n=10)[-1] * 1000, 2),
        )


if __name__ == "__main__":
    bench_time()
    bench_figures()
