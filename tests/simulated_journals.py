"""Simulated journals for the operating figures of the insights (tests and bench alike).

A window is 28 nights. Its symptom burden is a latent continuous burden: mean 40, SD 26 from night
to night (what the issue measured on journals answered at random), independent nights or AR(1)
nights (a bad night tends to follow a bad night). It is not cut to 0-100: the test compares means
over their spread, so only the shape matters, and ``product_window`` checks the same rule on
burdens made the way the product makes them (the five symptom answers).

The eight factors, each night drawn on its own (our guesses at a typical month):
caffeine after the cut-off 30 %, alcohol on 8 of the 28 nights (chosen at random), hard exercise
late 15 %, a stressed evening 25 % (the two can come together), a warm bedroom 10 %, screens
after the detox 25 %, a late detox 5 %, an irregular lights-out 15 %. With ``clustered`` habits,
each factor comes in weeks: a week is one of its weeks with the chance above (alcohol: two of the
four weeks, four nights in each), and then it is there on 80 % of the week's nights, else on 5 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
import math
import random
from typing import Final

from custom_components.sleep_hygiene.model.factor_comparison import (
    VERDICT_BETTER,
    VERDICT_WORSE,
    compare_factors,
)
from custom_components.sleep_hygiene.model.insights import (
    ALCOHOL,
    FACTORS,
    MIN_BURDEN_DIFFERENCE,
    find_insights,
)
from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord
from custom_components.sleep_hygiene.model.sleep_sources import (
    SOURCE_BED,
    SOURCE_SLEEP_SEGMENT,
    NightSources,
    Span,
    Stretches,
)

NIGHTS: Final = 28
BURDEN_MEAN: Final = 40.0
BURDEN_SD: Final = 26.0
ALCOHOL_NIGHTS: Final = 8
# Each factor's share of nights (alcohol: a count, ALCOHOL_NIGHTS of NIGHTS).
PREVALENCE: Final = {
    "caffeine_after_cutoff": 0.30,
    "alcohol": ALCOHOL_NIGHTS / NIGHTS,
    "late_exercise": 0.15,
    "stressed_evening": 0.25,
    "warm_bedroom": 0.10,
    "screens_after_detox": 0.25,
    "late_detox": 0.05,
    "irregular_lights_out": 0.15,
}
WEEK: Final = 7
IN_ITS_WEEK: Final = 0.80  # clustered habits: the share of nights in one of the factor's weeks
OUT_OF_ITS_WEEK: Final = 0.05
_TZ: Final = UTC
_LAST_NIGHT: Final = date(2026, 3, 1)


@dataclass(frozen=True, slots=True)
class Window:
    """A simulated window: the burden of each night, and each factor's side on each night."""

    burdens: list[float]
    sides: list[list[bool | None]]  # in FACTORS order


def ar1(rng: random.Random, rho: float, count: int = NIGHTS) -> list[float]:
    """Return ``count`` standard-normal nights, each correlated ``rho`` with the one before."""
    innovation = math.sqrt(1 - rho * rho)
    nights = [rng.gauss(0, 1)]
    for _ in range(count - 1):
        nights.append(rho * nights[-1] + innovation * rng.gauss(0, 1))
    return nights


def _alcohol_nights(rng: random.Random, clustered: bool) -> set[int]:
    if not clustered:
        return set(rng.sample(range(NIGHTS), ALCOHOL_NIGHTS))
    weeks = rng.sample(range(NIGHTS // WEEK), 2)
    per_week = ALCOHOL_NIGHTS // 2
    return {week * WEEK + night for week in weeks for night in rng.sample(range(WEEK), per_week)}


def _nights_with(rng: random.Random, share: float, clustered: bool) -> list[bool]:
    if not clustered:
        return [rng.random() < share for _ in range(NIGHTS)]
    found: list[bool] = []
    for _ in range(NIGHTS // WEEK):
        chance = IN_ITS_WEEK if rng.random() < share else OUT_OF_ITS_WEEK
        found += [rng.random() < chance for _ in range(WEEK)]
    return found


def habits(rng: random.Random, *, clustered: bool = False) -> dict[str, list[bool]]:
    """Return each factor's nights, drawn independently of the burden."""
    found = {key: _nights_with(rng, share, clustered) for key, share in PREVALENCE.items()}
    drinks = _alcohol_nights(rng, clustered)
    found[ALCOHOL] = [night in drinks for night in range(NIGHTS)]
    return found


# The factors a journal kept through the check-in alone knows (no detox, no thermometer).
CHECK_IN_FACTORS: Final = frozenset(
    {"caffeine_after_cutoff", "alcohol", "late_exercise", "stressed_evening"}
)


def window(
    rng: random.Random,
    *,
    rho: float = 0.0,
    alcohol_effect: float = 0.0,
    clustered: bool = False,
    check_in_only: bool = False,
) -> Window:
    """Return a window with a latent burden; alcohol nights add ``alcohol_effect`` x the SD.

    ``check_in_only``: the house measured nothing, so only the check-in's four factors are known.
    """
    found = habits(rng, clustered=clustered)
    burdens = [
        BURDEN_MEAN + BURDEN_SD * (z + (alcohol_effect if drink else 0.0))
        for z, drink in zip(ar1(rng, rho), found[ALCOHOL], strict=True)
    ]
    unknown: list[bool | None] = [None] * NIGHTS
    return Window(
        burdens,
        [
            unknown if check_in_only and key not in CHECK_IN_FACTORS else list(found[key])
            for key in FACTORS
        ],
    )


# The product's path: five symptom answers from the latent night, each with its own noise.
_SYMPTOMS: Final = {
    "twitches": ("none", "few", "many"),
    "leg_sensations": ("none", "some", "severe"),
    "awakenings": ("none", "one_two", "three_plus"),
    "pain": ("none", "cramps", "pain_numbness_swelling"),
    "rested": ("well", "somewhat", "poorly"),
}
_ANSWER_NOISE: Final = 0.7
_CUTS: Final = (0.0, 1.2)  # a night's answer is the first, second or third above these


def _answer(rng: random.Random, latent: float, options: tuple[str, ...]) -> str:
    felt = latent + rng.gauss(0, _ANSWER_NOISE)
    return options[sum(felt >= cut for cut in _CUTS)]


def symptom_answers(rng: random.Random, latent: float) -> dict[str, str]:
    """Return the five symptom answers of a night whose latent burden is ``latent`` (SDs)."""
    return {q: _answer(rng, latent, options) for q, options in _SYMPTOMS.items()}


# The evening's answer by (stressed, hard exercise).
_EVENINGS: Final = {
    (False, False): "calm",
    (True, False): "stressed",
    (False, True): "hard_exercise",
    (True, True): "stressed_hard_exercise",
}


def _evening(moment: date, hour: int, minute: int = 0) -> datetime:
    return datetime(moment.year, moment.month, moment.day, hour, minute, tzinfo=_TZ)


def _measured_night(rng: random.Random, night: date, lights_out: datetime) -> dict[str, object]:
    """Return a night's stored sources: a bed sensor and the phone's sleep, with a get-up.

    Into bed 10 minutes after lights-out, so no factor goes with the measured night.
    """
    into_bed = lights_out + timedelta(minutes=10)
    morning = night + timedelta(days=1)
    up_at = _evening(morning, 3) + timedelta(minutes=rng.randrange(60))
    bed = Stretches(
        SOURCE_BED,
        (
            Span(into_bed, up_at),
            Span(up_at + timedelta(minutes=rng.randrange(6, 30)), _evening(morning, 6, 50)),
        ),
    )
    asleep = Stretches(
        SOURCE_SLEEP_SEGMENT,
        (Span(into_bed + timedelta(minutes=rng.randrange(5, 70)), _evening(morning, 6, 35)),),
    )
    window = Span(_evening(night, 18), _evening(morning, 11))
    return NightSources(window, bed=bed, asleep=asleep).as_dict()


def product_window(
    rng: random.Random, *, rho: float = 0.0, alcohol_effect: float = 0.0, measured: bool = False
) -> list[NightRecord]:
    """Return 28 nights as the product keeps them: answers, and what the house measured.

    Every night has a check-in (the five symptom answers drawn from a latent AR(1) night, on
    alcohol nights shifted by ``alcohol_effect`` latent SDs) and a detox that ran; the house
    factors show as a warm bedroom (2 °C over target), 20 screen minutes, a detox 40 minutes
    late, and a lights-out an hour late. With ``measured``, a bed sensor and the phone's sleep
    measured every night (latency, efficiency and awakenings drawn at random, whatever the
    factors).
    """
    found = habits(rng)
    latent = ar1(rng, rho)
    records = []
    for index in range(NIGHTS):
        night = _LAST_NIGHT - timedelta(days=NIGHTS - 1 - index)
        has = {key: nights[index] for key, nights in found.items()}
        shifted = latent[index] + (alcohol_effect if has[ALCOHOL] else 0.0)
        answers = symptom_answers(rng, shifted)
        answers["caffeine"] = rng.choice(
            ("afternoon", "evening") if has["caffeine_after_cutoff"] else ("none", "before_cutoff")
        )
        answers["alcohol"] = "one" if has[ALCOHOL] else "none"
        answers["evening"] = _EVENINGS[has["stressed_evening"], has["late_exercise"]]
        planned = _evening(night, 22)
        lights_out = _evening(night, 23 if has["irregular_lights_out"] else 22, 30)
        records.append(
            NightRecord(
                night=night,
                detox_planned=planned,
                detox_started=planned + timedelta(minutes=40 if has["late_detox"] else 0),
                screen_on_minutes=20.0 if has["screens_after_detox"] else 0.0,
                lights_out_at=lights_out,
                temperature_target_c=18.0,
                temperature_mean_c=20.0 if has["warm_bedroom"] else 18.0,
                check_in=CheckIn(answers=answers),
                sleep_sources=_measured_night(rng, night, lights_out) if measured else None,
            )
        )
    return records


def last_night() -> date:
    """Return the last night of a ``product_window``."""
    return _LAST_NIGHT


def most_claims_by_chance(runs: int, rate: float, quantile: float = 0.999) -> int:
    """Return the count that ``quantile`` of batches of ``runs`` stay within at a true ``rate``.

    A rule that claims something in ``rate`` of runs by construction shows more or fewer in a
    simulated batch by chance; a batch above this count says the rule claims more than it should.
    """
    chance = (1 - rate) ** runs  # of no claim at all; each next count from the one before
    total = chance
    claims = 0
    while total < quantile:
        chance *= (runs - claims) / (claims + 1) * rate / (1 - rate)
        claims += 1
        total += chance
    return claims


@dataclass(frozen=True, slots=True)
class Rates:
    """How often, over simulated windows, any factor was claimed, any was named worse (what the
    sensor shows) and alcohol was named worse."""

    windows: int
    any_claim: int
    any_worse: int
    alcohol_worse: int

    @property
    def alcohol_share(self) -> float:
        """Return the share of windows where alcohol went with worse nights."""
        return self.alcohol_worse / self.windows


def insight_rates(
    seed: int,
    windows: int,
    *,
    rho: float = 0.0,
    alcohol_effect: float = 0.0,
    clustered: bool = False,
    check_in_only: bool = False,
) -> Rates:
    """Return the rates of the insights' rule over ``windows`` latent-burden windows."""
    rng = random.Random(seed)
    alcohol = FACTORS.index(ALCOHOL)
    any_claim = any_worse = alcohol_worse = 0
    for _ in range(windows):
        found = window(
            rng,
            rho=rho,
            alcohol_effect=alcohol_effect,
            clustered=clustered,
            check_in_only=check_in_only,
        )
        contrasts = compare_factors(found.burdens, found.sides, MIN_BURDEN_DIFFERENCE)
        any_claim += any(c.verdict in (VERDICT_WORSE, VERDICT_BETTER) for c in contrasts)
        any_worse += any(c.verdict == VERDICT_WORSE for c in contrasts)
        alcohol_worse += contrasts[alcohol].verdict == VERDICT_WORSE
    return Rates(windows, any_claim, any_worse, alcohol_worse)


def product_rates(
    seed: int, windows: int, *, rho: float = 0.0, alcohol_effect: float = 0.0
) -> Rates:
    """Return the rates over ``windows`` journals as the product keeps them (find_insights)."""
    rng = random.Random(seed)
    any_claim = any_worse = alcohol_worse = 0
    for _ in range(windows):
        records = product_window(rng, rho=rho, alcohol_effect=alcohol_effect)
        insights = find_insights(records, _LAST_NIGHT, _TZ)
        any_claim += any(f.verdict in (VERDICT_WORSE, VERDICT_BETTER) for f in insights.factors)
        any_worse += insights.likely_trigger is not None
        alcohol_worse += insights.likely_trigger == ALCOHOL
    return Rates(windows, any_claim, any_worse, alcohol_worse)


def measured_rates(seed: int, windows: int, *, rho: float = 0.0) -> Rates:
    """Return, over ``windows`` measured journals where no factor goes with the measured night,
    how often any measure was claimed, and named worse (alcohol: for any measure)."""
    rng = random.Random(seed)
    any_claim = any_worse = alcohol_worse = 0
    for _ in range(windows):
        records = product_window(rng, rho=rho, measured=True)
        factors = find_insights(records, _LAST_NIGHT, _TZ).factors
        verdicts = [(f.key, m.contrast.verdict) for f in factors for m in f.measured]
        any_claim += any(v in (VERDICT_WORSE, VERDICT_BETTER) for _, v in verdicts)
        any_worse += any(v == VERDICT_WORSE for _, v in verdicts)
        alcohol_worse += (ALCOHOL, VERDICT_WORSE) in verdicts
    return Rates(windows, any_claim, any_worse, alcohol_worse)
