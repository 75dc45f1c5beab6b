"""What the Sleep panel and card show of a bedroom, as JSON-ready data (docs/websocket.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from homeassistant.util import dt as dt_util

from ..model.check_in import needs_prompt_care
from ..model.detox_plan import Phase
from ..model.figures import rounded
from ..model.insights import MIN_BURDEN_DIFFERENCE
from ..model.measured_record import measures_of
from ..model.night import QUESTIONS, WEEKLY_QUESTIONS, NightRecord
from ..model.schedule import STEP_CAFFEINE_CUTOFF, STEP_DIGITAL_DETOX, STEP_LIGHTS_OUT, STEP_WAKE
from ..model.score import NightScore, score_window
from ..model.score_weights import GROUPS
from ..model.sleep_measures import SleepMeasures
from ..model.temperature import convert_temperature
from ..runtime_data import SleepHygieneConfigEntry, last_night_of, night_score, night_target
from .experiment_views import night_arm

# The nights a missed morning can be answered for on the panel: last night and the six before.
RECENT_NIGHTS = 7
# The most nights ``nights`` lists (its schema's maximum); ``night`` tells of the same ones.
MAX_NIGHTS = 365

# Steps the house always acts on; the others show only when the bedroom sends their reminder.
_ACTION_STEPS = (STEP_DIGITAL_DETOX, STEP_LIGHTS_OUT, STEP_WAKE)
# Where the phones' screen minutes come from: the companion app's Interactive sensor.
SOURCE_PHONE = "phone"
_DETOX_STATES = {
    Phase.WAITING: "planned",
    Phase.DETOX: "running",
    Phase.NIGHT: "done",
    Phase.SKIPPED: "skipped",
}


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def morning(entry: SleepHygieneConfigEntry, night: date | None = None) -> dict[str, Any]:
    """Return a check-in: last night's (or ``night``'s) questions, what is saved and its score.

    On the bedroom's weekly morning the weekly question comes last. ``caffeine_cutoff`` is the
    night's cut-off, so the caffeine question can name it. ``recent`` lists the nights a missed
    morning can still be answered for, last night first, each marked when answered.
    """
    last = last_night_of(entry)
    night = night or last
    data = entry.runtime_data
    record = data.log.get(night)
    check_in = None if record is None else record.check_in
    scored = None if record is None else night_score(entry, night)
    asked = QUESTIONS | (WEEKLY_QUESTIONS if data.settings.asks_weekly(night) else {})
    given = {} if check_in is None else check_in.answers
    return {
        "night": night.isoformat(),
        "answered": check_in is not None and check_in.complete,
        "questions": [
            {"key": question, "options": list(options)} for question, options in asked.items()
        ],
        "answers": {question: given.get(question) for question in asked},
        "notes": None if check_in is None else check_in.notes,
        "caffeine_cutoff": data.clock.times_of(night).steps[STEP_CAFFEINE_CUTOFF].isoformat(),
        "score": None if scored is None else rounded(scored.score),
        "habits_and_bedroom": None if scored is None else rounded(scored.hygiene),
        "symptom_burden": None if scored is None else rounded(scored.burden),
        "prompt_care": needs_prompt_care(given),
        "recent": [_recent(entry, last - timedelta(days=back)) for back in range(RECENT_NIGHTS)],
        # What the experiment asks of today, said with the thanks.
        "experiment_today": night_arm(entry, data.clock.times().night),
    }


def recent_nights(entry: SleepHygieneConfigEntry) -> tuple[date, date]:
    """Return the first and last night the morning check-in can be asked for."""
    last = last_night_of(entry)
    return last - timedelta(days=RECENT_NIGHTS - 1), last


def _recent(entry: SleepHygieneConfigEntry, night: date) -> dict[str, Any]:
    record = entry.runtime_data.log.get(night)
    check_in = None if record is None else record.check_in
    return {"night": night.isoformat(), "answered": check_in is not None and check_in.complete}


def tonight(entry: SleepHygieneConfigEntry) -> dict[str, Any]:
    """Return tonight's plan, the devices it acts on and what it did so far."""
    data = entry.runtime_data
    settings = data.settings
    times = data.clock.times()
    state = data.detox.tonight
    record = data.log.get(times.night)
    shown = settings.reminders
    steps = sorted(
        (at, step) for step, at in times.steps.items() if step in _ACTION_STEPS or step in shown
    )
    climate = None
    if settings.climate is not None:
        target, unit = night_target(entry, times.night)
        climate = {
            "entity_id": settings.climate,
            "at": _iso(times.climate_start),
            "target": rounded(convert_temperature(target, unit, settings.temperature_unit)),
            "unit": settings.temperature_unit,
            "restore_at": _iso(times.wake),
        }
    detox = "off" if not data.detox.enabled else _DETOX_STATES[state.phase]
    if state.night != times.night:
        detox = "planned" if data.detox.enabled else "off"
    now = dt_util.utcnow()
    lights_out_passed = now >= times.lights_out
    first = _first_run(entry, now)
    if detox == "planned" and lights_out_passed:
        # Too late to skip or start: the detox did not run tonight and starts again tomorrow
        # (for a bedroom set up tonight, that is its first evening, not a miss).
        detox = "missed" if first is None else "first_tomorrow"
    started = None if record is None or record.skipped else record.detox_started
    return {
        "night": times.night.isoformat(),
        "now": now.isoformat(),
        "detox": detox,
        "lights_out_passed": lights_out_passed,
        "steps": [_step(step, at, now, started, detox) for at, step in steps],
        "first_run": first,
        "trying_until": _iso(data.detox.trial.ends_at),
        "climate": climate,
        "lights": list(settings.lights),
        "screens": list(settings.screens),
        "dim": {
            "brightness_pct": settings.detox_brightness,
            "night_brightness_pct": settings.night_brightness,
            "color_temp_kelvin": settings.detox_color_temp,
        },
        "screen_policy": settings.screen_policy,
        "so_far": _so_far(record),
        "experiment": night_arm(entry, times.night),
    }


def _step(
    step: str, at: datetime, now: datetime, started: datetime | None, detox: str
) -> dict[str, Any]:
    """Return a step of tonight's plan as it stands: the detox at its real start once it ran.

    ``status``: ``done`` (its time has passed, or the detox has started), ``skipped`` (the detox
    and lights-out of a skipped night; the reminders and wake's check-in still come) or
    ``planned``.
    """
    if step == STEP_DIGITAL_DETOX and started is not None:
        return {"step": step, "at": _iso(started), "status": "done"}
    if detox == "skipped" and step in (STEP_DIGITAL_DETOX, STEP_LIGHTS_OUT):
        return {"step": step, "at": _iso(at), "status": "skipped"}
    return {"step": step, "at": _iso(at), "status": "done" if at <= now else "planned"}


def _first_run(entry: SleepHygieneConfigEntry, now: datetime) -> dict[str, Any] | None:
    """Return what a bedroom with no night yet needs to know: its first detox and what to add.

    None once anything happened: a detox ran, or a check-in was saved.
    """
    data = entry.runtime_data
    if any(record.detox_started or record.check_in for record in data.log.records()):
        return None
    times = data.clock.times()
    tonight_runs = now < times.detox and not data.hold.waiting and data.detox.enabled
    return {
        "first_detox": _iso(times.detox if tonight_runs else data.clock.times(1).detox),
        "has_lights": bool(data.settings.lights),
        "has_phone": bool(data.settings.phones),
        "has_climate": data.settings.climate is not None,
    }


def _so_far(record: NightRecord | None) -> dict[str, Any]:
    if record is None:
        return {
            "detox_started_at": None,
            "lights_out_at": None,
            "overrides": [],
            "screen_minutes": None,
        }
    return {
        "detox_started_at": _iso(record.detox_started),
        "lights_out_at": _iso(record.lights_out_at),
        "overrides": list(record.overrides),
        "screen_minutes": rounded(record.screen_on_minutes) if record.detox_started else None,
    }


def nights(entry: SleepHygieneConfigEntry, count: int) -> dict[str, Any]:
    """Return one entry per night of the last ``count`` nights, oldest first: the bars' figures.

    A night's parts, answers and measures come one night at a time from :func:`night`.
    """
    data = entry.runtime_data
    summary = data.scores.data.summary
    last = summary.as_of
    scores = {
        score.night: score
        for score in score_window(
            data.log.records(), last, count, dt_util.get_default_time_zone(), data.settings.age_band
        )
    }
    first = last - timedelta(days=count - 1)
    span = [first + timedelta(days=offset) for offset in range(count)]
    return {
        "first_night": first.isoformat(),
        "last_night": last.isoformat(),
        "score_average_7": rounded(summary.score_average_7),
        "symptom_burden_average_7": rounded(summary.burden_average_7),
        "nights": [_listed(night, scores.get(night), data.log.get(night)) for night in span],
    }


def night_span(entry: SleepHygieneConfigEntry) -> tuple[date, date]:
    """Return the first and last night :func:`night` tells of: those ``nights`` can list."""
    last = entry.runtime_data.scores.data.summary.as_of
    return last - timedelta(days=MAX_NIGHTS - 1), last


def night(entry: SleepHygieneConfigEntry, night: date) -> dict[str, Any]:
    """Return one night in full: its score in parts, its check-in and what was measured."""
    data = entry.runtime_data
    scores = score_window(
        data.log.records(), night, 1, dt_util.get_default_time_zone(), data.settings.age_band
    )
    score = scores[0] if scores and scores[0].night == night else None
    record = data.log.get(night)
    check_in = None if record is None else record.check_in
    shown = _listed(night, score, record)
    for group in GROUPS:
        shown[group] = None if score is None else rounded(score.sub_score(group))
    shown["parts"] = [] if score is None else [part.as_dict() for part in score.components]
    shown["answers"] = (
        None
        if check_in is None
        else {question: check_in.answers.get(question) for question in QUESTIONS}
    )
    shown["notes"] = None if check_in is None else check_in.notes
    shown["measured"] = None if record is None else _measured(record)
    return shown


def _listed(night: date, score: NightScore | None, record: NightRecord | None) -> dict[str, Any]:
    check_in = None if record is None else record.check_in
    return {
        "night": night.isoformat(),
        "answered": check_in is not None and check_in.complete,
        "score": None if score is None else rounded(score.score),
        "symptom_burden": None if score is None else rounded(score.burden),
    }


def _measured(record: NightRecord) -> dict[str, Any] | None:
    """Return what the night's sources measured, each with its source; never the answers."""
    measures = measures_of(record)
    if measures is None and record.phone_screen_minutes is None:
        return None
    shown = (measures or SleepMeasures()).as_dict()
    shown["phone_screen_minutes"] = rounded(record.phone_screen_minutes)
    if record.phone_screen_minutes is not None:
        shown["sources"]["phone_screen_minutes"] = SOURCE_PHONE
    return shown


def insights(entry: SleepHygieneConfigEntry) -> dict[str, Any]:
    """Return the trigger comparison, factor by factor, and the red flags active now."""
    data = entry.runtime_data.scores.data
    found = data.summary.insights
    return {
        "as_of": found.as_of.isoformat(),
        "nights": found.nights,
        "likely_trigger": found.likely_trigger,
        "enough_data": found.enough_data,
        "minimum_difference": MIN_BURDEN_DIFFERENCE,
        "factors": [{"key": factor.key, **factor.as_dict()} for factor in found.factors],
        "red_flags": sorted(data.red_flags.active),
    }
