"""The ``get_summary`` action: the last nights of the journal, a page to show a doctor.

Every night of the span is listed (a night without a record says so), with its answers and
scores, then the averages over the span, how often each answer was given, the red flags active
now, the trigger insights and the personal experiments.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Final

from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.util import dt as dt_util

from .const import DOMAIN
from .model.measured_record import measures_of
from .model.night import ALL_QUESTIONS, NightRecord
from .model.score import NightScore, mean, nights_between, rounded, score_window
from .model.score_weights import GROUPS
from .panel.experiment_views import shown_run
from .runtime_data import SleepHygieneConfigEntry

MAX_NIGHTS: Final = 365


async def async_get_summary(entry: SleepHygieneConfigEntry, nights: int) -> dict[str, Any]:
    """Return the bedroom's summary of its last ``nights`` nights."""
    if not 1 <= nights <= MAX_NIGHTS:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="nights_out_of_range",
            translation_placeholders={"nights": str(nights), "max": str(MAX_NIGHTS)},
        )
    coordinator = entry.runtime_data.scores
    # Recompute now rather than wait for the debounce, so a check-in just logged is included.
    await coordinator.async_refresh()
    if not coordinator.last_update_success:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="summary_unavailable",
            translation_placeholders={"name": entry.title},
        )
    data = coordinator.data
    summary = data.summary
    records = entry.runtime_data.log.records()
    scores = {
        night.night: night
        for night in score_window(
            records,
            summary.as_of,
            nights,
            dt_util.get_default_time_zone(),
            entry.runtime_data.settings.age_band,
        )
    }
    first = summary.as_of - timedelta(days=nights - 1)
    by_night = {record.night: record for record in nights_between(records, first, summary.as_of)}
    span = [first + timedelta(days=n) for n in range(nights)]
    listed = [_night(night, by_night.get(night), scores.get(night)) for night in span]
    return {
        "bedroom": entry.title,
        "first_night": first.isoformat(),
        "last_night": summary.as_of.isoformat(),
        "nights": listed,
        "averages": _averages(list(scores.values()))
        | {
            "score_7_nights": rounded(summary.score_average_7),
            "score_28_nights": rounded(summary.score_average_28),
            "symptom_burden_7_nights": rounded(summary.burden_average_7),
        },
        "answer_counts": _answer_counts(by_night.values()),
        "check_in_streak": summary.streak,
        "red_flags": data.red_flags.as_dict(),
        "insights": summary.insights.as_dict(),
        # Every experiment, latest first: a finished one with its result.
        "experiments": [
            shown_run(entry, run) for run in reversed(entry.runtime_data.experiments.runs)
        ],
    }


def _night(night: date, record: NightRecord | None, score: NightScore | None) -> dict[str, Any]:
    listed: dict[str, Any] = {"night": night.isoformat(), "recorded": record is not None}
    check_in = None if record is None else record.check_in
    listed["check_in"] = (
        None
        if check_in is None
        else {
            "answers": {question: check_in.answers.get(question) for question in ALL_QUESTIONS},
            "notes": check_in.notes,
            "source": check_in.source,
        }
    )
    listed["score"] = None if score is None else _scores(score)
    listed["lights_out"] = (
        None
        if record is None or record.lights_out_at is None
        else dt_util.as_local(record.lights_out_at).isoformat()
    )
    listed["detox_skipped"] = record is not None and record.skipped
    listed["bedroom_temperature_c"] = None if record is None else record.temperature_mean_c
    listed["phone_screen_minutes"] = None if record is None else record.phone_screen_minutes
    # What the sensors measured, beside the answers: shown side by side, never merged.
    measured = None if record is None else measures_of(record)
    listed["measured"] = None if measured is None else measured.as_dict()
    return listed


def _scores(score: NightScore) -> dict[str, float | None]:
    return {
        "score": rounded(score.score),
        **{group: rounded(score.sub_score(group)) for group in GROUPS},
        "habits_and_bedroom": rounded(score.hygiene),
        "symptom_burden": rounded(score.burden),
    }


def _averages(scores: list[NightScore]) -> dict[str, float | None]:
    return {
        "score": rounded(mean(night.score for night in scores)),
        **{group: rounded(mean(night.sub_score(group) for night in scores)) for group in GROUPS},
        "symptom_burden": rounded(mean(night.burden for night in scores)),
    }


def _answer_counts(records: Iterable[NightRecord]) -> dict[str, dict[str, int]]:
    """Return, per question, how many of the nights gave each answer."""
    counts = {question: Counter[str]() for question in ALL_QUESTIONS}
    for record in records:
        if record.check_in is None:
            continue
        for question, given in record.check_in.answers.items():
            if question in counts and given is not None:
                counts[question][given] += 1
    return {
        question: {option: counts[question][option] for option in options}
        for question, options in ALL_QUESTIONS.items()
    }
