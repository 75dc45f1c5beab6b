"""Simulated experiments for the operating figures of the experiment's analysis.

An experiment of 14 pairs (28 nights), arms drawn as the product draws them. Each night's symptom
burden is the latent continuous burden of simulated_journals.py (mean 40, SD 26 from night to
night, independent or AR(1) nights), lowered on nights with the change by ``effect`` x the SD.
``product_experiment`` makes the same nights as the product keeps them (the five symptom
answers), with some mornings left unanswered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
import random
from typing import Final

from custom_components.sleep_hygiene.model.experiment import (
    ARM_CHANGE,
    CHANGE_NO_ALCOHOL,
    Experiment,
    draw_arms,
)
from custom_components.sleep_hygiene.model.experiment_analysis import (
    VERDICT_CLEARLY_HIGHER,
    VERDICT_CLEARLY_LOWER,
    analyse_experiment,
    compare_arms,
)
from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord

from .simulated_journals import BURDEN_MEAN, BURDEN_SD, ar1, symptom_answers

NIGHTS: Final = 28
FIRST_NIGHT: Final = date(2026, 3, 2)


@dataclass(frozen=True, slots=True)
class ExperimentRates:
    """Over simulated experiments: how often "clearly" was said, which way, and coverage."""

    experiments: int
    clearly_lower: int
    clearly_higher: int
    covered: int

    @property
    def clearly(self) -> int:
        """Return the experiments that said "clearly" either way."""
        return self.clearly_lower + self.clearly_higher


def experiment_rates(
    seed: int, experiments: int, *, effect: float = 0.0, rho: float = 0.0
) -> ExperimentRates:
    """Return the rates over ``experiments`` latent-burden experiments of 14 pairs."""
    rng = random.Random(seed)
    true_difference = -effect * BURDEN_SD
    lower = higher = covered = 0
    for _ in range(experiments):
        arms = draw_arms(NIGHTS, rng)
        burdens = [
            BURDEN_MEAN + BURDEN_SD * z + (true_difference if arm == ARM_CHANGE else 0.0)
            for z, arm in zip(ar1(rng, rho, NIGHTS), arms, strict=True)
        ]
        pairs = [
            (burdens[i], burdens[i + 1]) if arms[i] == ARM_CHANGE else (burdens[i + 1], burdens[i])
            for i in range(0, NIGHTS, 2)
        ]
        found = compare_arms("symptom_burden", pairs)
        lower += found.verdict == VERDICT_CLEARLY_LOWER
        higher += found.verdict == VERDICT_CLEARLY_HIGHER
        assert found.low is not None
        assert found.high is not None
        covered += found.low <= true_difference <= found.high
    return ExperimentRates(experiments, lower, higher, covered)


def product_experiment(
    rng: random.Random, *, effect: float = 0.0, rho: float = 0.0, unanswered: float = 0.1
) -> tuple[Experiment, list[NightRecord]]:
    """Return a 28-night no-alcohol experiment and its nights as the product keeps them.

    Change nights are answered "no alcohol" and their latent night is lowered by ``effect``
    SDs; a share ``unanswered`` of mornings have no check-in.
    """
    experiment = Experiment(CHANGE_NO_ALCOHOL, FIRST_NIGHT, draw_arms(NIGHTS, rng))
    records = []
    for offset, (latent, arm) in enumerate(
        zip(ar1(rng, rho, NIGHTS), experiment.arms, strict=True)
    ):
        night = FIRST_NIGHT + timedelta(days=offset)
        if rng.random() < unanswered:
            records.append(NightRecord(night=night))
            continue
        change = arm == ARM_CHANGE
        answers = symptom_answers(rng, latent - (effect if change else 0.0))
        answers["alcohol"] = "none" if change else rng.choice(("none", "one", "two_plus"))
        records.append(NightRecord(night=night, check_in=CheckIn(answers=answers)))
    return experiment, records


def product_rates(seed: int, experiments: int, *, rho: float = 0.0) -> ExperimentRates:
    """Return how often experiments with no effect, as the product keeps them, say "clearly"."""
    rng = random.Random(seed)
    lower = higher = covered = 0
    for _ in range(experiments):
        experiment, records = product_experiment(rng, rho=rho)
        found = analyse_experiment(experiment, records, experiment.last_night).as_assigned
        lower += found.verdict == VERDICT_CLEARLY_LOWER
        higher += found.verdict == VERDICT_CLEARLY_HIGHER
        covered += found.low is not None and found.high is not None and found.low <= 0 <= found.high
    return ExperimentRates(experiments, lower, higher, covered)
