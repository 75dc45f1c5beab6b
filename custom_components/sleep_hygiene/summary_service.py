"""The ``get_summary`` action: the last nights of the journal, a page to show a doctor.

Every night of the span since the bedroom was set up is listed (a night without a record says
so), with its answers and scores, then the averages over the span (each with the nights it rests
on), how often each answer was given, the trigger insights over the span, the red flags active now
and the personal experiments.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Final

from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.util import dt as dt_util

from .const import DOMAIN
from .model.figures import mean, rounded
from .model.insights import insights_over
from .model.measured_record import measures_of
from .model.night import ALL_QUESTIONS, NightRecord
from .model.record_lookup import has_check_in, nights_between
from .model.schedule import current_night
from .model.score import NightScore, score_window
from .model.score_weights import GROUPS
from .panel.experiment_views import shown_run
from .runtime_data import SleepHygieneConfigEntry

MAX_NIGHTS: Final = 365
_AVERAGED: Final = ("score", *GROUPS, "symptom_burden")


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
    tz = dt_util.get_default_time_zone()
    last = summary.as_of
    # Nights before the bedroom existed are not its nights: from the night it was set up, or its
    # first record when that is older (a journal can be older than its entry, e.g. restored).
    created = current_night(entry.created_at.astimezone(tz), entry.runtime_data.clock.routine)
    since = min([created, *(record.night for record in records[:1])])
    first = max(last - timedelta(days=nights - 1), since)
    span = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    in_span = nights_between(records, first, last)
    by_night = {record.night: record for record in in_span}
    # No record is older than ``since``, so the window's scores are the span's.
    scores = {
        night.night: night
        for night in score_window(records, last, nights, tz, entry.runtime_data.settings.age_band)
    }
    # The permutation test over up to a year of nights: off the event loop.
    insights = await coordinator.hass.async_add_executor_job(
        insights_over, [record for record in in_span if has_check_in(record)], last, tz
    )
    listed = [_night(night, by_night.get(night), scores.get(night)) for night in span]
    parts = [_parts(night) for night in scores.values()]
    return {
        "bedroom": entry.title,
        "first_night": (first if span else last).isoformat(),
        "last_night": last.isoformat(),
        "nights_asked": nights,
        "nights": listed,
        "averages": _averages(parts)
        | {
            # The sensors' figures, whatever the span: kept for automations that read them.
            "score_7_nights": rounded(summary.score_average_7),
            "score_28_nights": rounded(summary.score_average_28),
            "symptom_burden_7_nights": rounded(summary.burden_average_7),
        },
        # How many nights each average of the span rests on (0: no night had that part).
        "average_nights": _average_nights(parts),
        "answer_counts": _answer_counts(by_night.values()),
        "check_in_streak": summary.streak,
        "red_flags": data.red_flags.as_dict(),
        "insights": insights.as_dict(),
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


def _parts(night: NightScore) -> dict[str, float | None]:
    """Return the parts of a night that the summary averages, by their key in ``averages``."""
    return {
        "score": night.score,
        **{group: night.sub_score(group) for group in GROUPS},
        "symptom_burden": night.burden,
    }


def _averages(parts: list[dict[str, float | None]]) -> dict[str, float | None]:
    return {key: rounded(mean(night[key] for night in parts)) for key in _AVERAGED}


def _average_nights(parts: list[dict[str, float | None]]) -> dict[str, int]:
    return {key: sum(night[key] is not None for night in parts) for key in _AVERAGED}


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
