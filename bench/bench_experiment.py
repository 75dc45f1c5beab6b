"""Operating figures of the experiment's analysis on simulated experiments, and what it costs.

Each figure is a share of 2 000 simulated experiments of 14 pairs (28 nights; how they are made:
tests/simulated_experiments.py), with its 95 % interval (Wilson):
- no effect: how often the result says "clearly" either way (target: at most 11 %; a 90 %
  interval gives 10 % by construction), on independent and AR(1) nights, and as the product
  keeps the nights (five answers, a tenth of the mornings unanswered);
- an effect equal to the night-to-night SD: how often it is found "clearly lower" (target: at
  least 75 %) and how often the interval holds the true difference (target: at least 85 %).

The time is the CPU time of ``analyse_experiment`` over a finished 28-night experiment.
"""

from __future__ import annotations

import random
import statistics
import time

from bench_insights import share as share_of
from harness import report

from custom_components.sleep_hygiene.model.experiment_analysis import analyse_experiment
from tests.simulated_experiments import experiment_rates, product_experiment, product_rates

EXPERIMENTS = 2000
SEED = 2402
TIMED = 100


def share(figure: str, hits: int, total: int, limit: str) -> None:
    """Report a share of simulated experiments in percent, with its interval."""
    share_of(figure, hits, total, limit, bench="experiment")


def bench_figures() -> None:
    """The operating figures, 2 000 experiments each."""
    for label, seed, rho in (
        ("independent nights", SEED, 0.0),
        ("AR(1) nights rho 0.4", SEED + 1, 0.4),
    ):
        none = experiment_rates(seed, EXPERIMENTS, rho=rho)
        share(f"no effect, {label}: clearly", none.clearly, EXPERIMENTS, "≤ 11")
        found = experiment_rates(seed + 10, EXPERIMENTS, effect=1.0, rho=rho)
        share(
            f"effect 1 SD, {label}: clearly lower",
            found.clearly_lower,
            EXPERIMENTS,
            "≥ 75",
        )
        share(
            f"effect 1 SD, {label}: interval holds the true difference",
            found.covered,
            EXPERIMENTS,
            "≥ 85",
        )
    product = product_rates(SEED + 2, EXPERIMENTS, rho=0.4)
    share(
        "no effect, as the product keeps the nights (10 % unanswered), AR(1) 0.4: clearly",
        product.clearly,
        EXPERIMENTS,
        "≤ 11",
    )


def bench_time() -> None:
    """CPU time of the analysis of a finished 28-night experiment, every morning answered."""
    rng = random.Random(SEED)
    samples = []
    for _ in range(TIMED):
        experiment, records = product_experiment(rng, unanswered=0.0)
        start = time.process_time()
        analyse_experiment(experiment, records, experiment.last_night)
        samples.append(time.process_time() - start)
    report(
        "experiment",
        "analyse_experiment, 28 nights",
        statistics.median(samples) * 1000,
        "ms",
        "none (once a morning during an experiment)",
    )


if __name__ == "__main__":
    bench_time()
    bench_figures()
