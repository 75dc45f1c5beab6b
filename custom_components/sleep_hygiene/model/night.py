"""The per-night record: what the house measured and what the person answered.

Pure Python (no Home Assistant import) so the score, insights and red flags can be tested quickly.
A night is keyed by the date of the evening it began. Records are stored as plain JSON dicts.

Years of nights are held in memory, so a record read from storage is compact: slotted, dates and
datetimes rather than text, and each question and answer one shared string (a journal repeats a
few words thousands of times).
"""

from __future__ import annotations

from collections.abc import Callable
import contextlib
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from datetime import date, datetime
from math import isfinite
from operator import attrgetter, itemgetter
import sys
from typing import Any, Final

from .json_values import is_number
from .sleep_sources import NightSources

# Answer keys of the morning check-in, in the order the questions are asked.
# Each tuple runs from best to worst, except caffeine/evening where the order is the brief's.
QUESTIONS: Final[dict[str, tuple[str, ...]]] = {
    "twitches": ("none", "few", "many"),
    "leg_sensations": ("none", "some", "severe"),
    "awakenings": ("none", "one_two", "three_plus"),
    "pain": ("none", "cramps", "pain_numbness_swelling"),
    "rested": ("well", "somewhat", "poorly"),
    "caffeine": ("none", "before_cutoff", "afternoon", "evening"),
    "alcohol": ("none", "one", "two_plus"),
    # A stressed evening with hard exercise is its own answer: both can be told apart.
    "evening": ("calm", "stressed", "hard_exercise", "stressed_hard_exercise"),
}
SYMPTOM_QUESTIONS: Final = ("twitches", "leg_sensations", "awakenings", "pain", "rested")
# Asked once a week (not every morning): did anything the articles say to tell a doctor happen?
WEEKLY_QUESTION: Final = "doctor_signs"
WEEKLY_QUESTIONS: Final[dict[str, tuple[str, ...]]] = {WEEKLY_QUESTION: ("none", "yes")}
# Every question a check-in can answer: the morning's, then the weekly one.
ALL_QUESTIONS: Final = QUESTIONS | WEEKLY_QUESTIONS
NOTES_MAX_LENGTH: Final = 500
# Each question with its answers by themselves: what is read is swapped for these strings.
_ANSWERS: Final = {
    question: (question, {answer: answer for answer in options})
    for question, options in ALL_QUESTIONS.items()
}
# Every known (question, answer) pair by itself: a whole check-in is swapped in one call.
_PAIRS: Final = {(q, a): (q, a) for q, options in ALL_QUESTIONS.items() for a in options}


@dataclass(slots=True)
class CheckIn:
    """Answers given for one night; an unanswered question is None."""

    answers: dict[str, str] = field(default_factory=dict)
    notes: str | None = None
    source: str = "service"
    # When the last answer was given, and when the first one was (a chain of phone answers).
    logged_at: datetime | None = None
    started_at: datetime | None = None

    @property
    def complete(self) -> bool:
        """Return True when every question has an answer."""
        return all(self.answers.get(key) is not None for key in QUESTIONS)


@dataclass(slots=True)
class NightRecord:
    """Everything known about one night."""

    night: date
    # Digital detox (measured by the house).
    detox_planned: datetime | None = None
    detox_started: datetime | None = None
    skipped: bool = False
    screen_on_minutes: float = 0.0
    overrides: list[str] = field(default_factory=list)
    # Whether the bedroom had lights and screens for the detox to act on; None on a night stored
    # before this was noted (it counts as having them).
    has_lights: bool | None = None
    has_screens: bool | None = None
    lights_out_planned: datetime | None = None
    lights_out_at: datetime | None = None
    # Illuminance (lux) if a sensor is configured: brightest in the last hour and while asleep.
    lux_wind_down_max: float | None = None
    lux_asleep_max: float | None = None
    # Bedroom temperature, in degrees Celsius so nights compare whatever the unit system.
    temperature_target_c: float | None = None
    temperature_mean_c: float | None = None
    temperature_in_band_share: float | None = None
    climate_override: bool = False
    # Minutes a bedroom phone's screen was on after the detox began; None when none was watched.
    phone_screen_minutes: float | None = None
    # What the night's sensors said (bed, phone sleep, wearable), kept so a late report can be
    # worked in; the measures are derived from it (model/sleep_measures.py). None without any.
    sleep_sources: dict[str, Any] | None = None
    # Morning check-in, and the earlier versions of it when it was answered again.
    check_in: CheckIn | None = None
    edits: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        encoded: dict[str, Any] = _encode(self)
        return encoded

    def copy(self) -> NightRecord:
        """Return a copy to change: its lists are its own, the rest is never changed in place."""
        return replace(self, overrides=list(self.overrides), edits=list(self.edits))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NightRecord:
        """Build a record from its stored dict, ignoring keys it does not know."""
        values = list(_FIELD_VALUES(_ABSENT | data))
        for index, read in _READERS:
            values[index] = read(values[index])
        record = cls(*values)
        _check(record)
        return record


def _read_check_in(raw: dict[str, Any] | None) -> CheckIn | None:
    if raw is None:
        return None
    return CheckIn(
        answers=_shared_answers(raw.get("answers", {})),
        notes=raw.get("notes"),
        source=sys.intern(raw.get("source", "service")),
        logged_at=_parse_datetime(raw.get("logged_at")),
        started_at=_parse_datetime(raw.get("started_at")),
    )


# Measured values: a number, or None where nothing measured it (the time in screens is always).
_MEASURES: Final = (
    "lux_wind_down_max",
    "lux_asleep_max",
    "temperature_target_c",
    "temperature_mean_c",
    "temperature_in_band_share",
    "phone_screen_minutes",
)


_NUMBERS: Final = ("screen_on_minutes", *_MEASURES)
_number_values: Final = attrgetter(*_NUMBERS)
_DEVICE_FLAG_TYPES: Final = (bool, type(None))


def _check(record: NightRecord) -> None:
    """Raise TypeError or ValueError when a stored record is not in the shape we write."""
    # Ten years of nights are checked at every start: what JSON gives is let through first.
    for name, value in zip(_NUMBERS, _number_values(record), strict=True):
        kind = type(value)
        if (kind is float and isfinite(value)) or kind is int:
            continue
        if (value is None and name in _MEASURES) or is_number(value):
            continue
        raise TypeError(f"{name} is not a number")
    if type(record.skipped) is not bool or type(record.climate_override) is not bool:
        raise TypeError("a flag is not true or false")
    if type(record.has_lights) not in _DEVICE_FLAG_TYPES or (
        type(record.has_screens) not in _DEVICE_FLAG_TYPES
    ):
        raise TypeError("a device flag is not true, false or null")
    if record.sleep_sources is not None:
        NightSources.from_dict(record.sleep_sources)
    if record.edits and not all(isinstance(edit, dict) for edit in record.edits):
        raise TypeError("edits are not objects")
    if (check_in := record.check_in) is not None and not isinstance(check_in.notes, str | None):
        raise TypeError("check-in notes are not text")


def _shared_answers(answers: dict[str, Any]) -> dict[str, Any]:
    """Return ``answers`` with the shared strings; raise ValueError for one that is no answer.

    A question this version does not know (a newer one's) keeps its answer as it is.
    """
    try:  # every answer known: at once
        return dict(map(_PAIRS.__getitem__, answers.items()))
    except (KeyError, TypeError):
        pass
    shared: dict[str, Any] = {}
    for question, answer in answers.items():
        if (known := _ANSWERS.get(question)) is None:
            shared[question] = answer
            continue
        key, options = known
        if (same := options.get(answer)) is None:
            raise ValueError(f"not an answer to {question}")
        shared[key] = same
    return shared


def _entity_ids(ids: Any) -> list[str]:
    if not all(isinstance(entity_id, str) for entity_id in ids):
        raise TypeError("overrides are not entity ids")
    return [sys.intern(entity_id) for entity_id in ids]


def _shared_edit(edit: Any) -> Any:
    """Return a kept earlier check-in (as stored) with the shared strings where it has them."""
    if not isinstance(edit, dict):
        return edit  # not in shape: _check says so
    shared = dict(edit)
    if isinstance(answers := edit.get("answers"), dict):
        # An answer kept from an earlier version may no longer be one: it stays as it was.
        with contextlib.suppress(TypeError, ValueError):
            shared["answers"] = _shared_answers(answers)
    if isinstance(source := edit.get("source"), str):
        shared["source"] = sys.intern(source)
    return shared


def night_of(record: NightRecord) -> date:
    """Return the night of a record (the key records are sorted by)."""
    return record.night


def _parse_datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _encode(value: Any) -> Any:
    """Return ``value`` as JSON-ready data: a dataclass (a record, a check-in) as a dict.

    A save encodes every night (in the executor): values that are JSON already go as they are.
    """
    if value is None or type(value) in _JSON_READY:
        return value
    if (shape := _SHAPES.get(type(value))) is not None:
        names, values = shape
        return {
            name: item if item is None or type(item) in _JSON_READY else _encode(item)
            for name, item in zip(names, values(value), strict=True)
        }
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


# The fields of the stored dataclasses, by class, and how to take their values at once.
_FIELDS: Final[dict[type, tuple[str, ...]]] = {
    kind: tuple(f.name for f in fields(kind)) for kind in (CheckIn, NightRecord)
}
_SHAPES: Final = {kind: (names, attrgetter(*names)) for kind, names in _FIELDS.items()}
# Values a save writes as they are.
_JSON_READY: Final = (str, int, float, bool)
# How a field is read; any other is taken as stored (and _check checks it).
_READ: Final[dict[str, Callable[[Any], Any]]] = {
    "night": date.fromisoformat,
    "detox_planned": _parse_datetime,
    "detox_started": _parse_datetime,
    "lights_out_planned": _parse_datetime,
    "lights_out_at": _parse_datetime,
    "check_in": _read_check_in,
    "overrides": _entity_ids,
    "edits": lambda edits: [_shared_edit(edit) for edit in edits],
}
# A record's fields in order, read from a stored dict at once (a missing night raises KeyError),
# what stands in for a field not stored, and the position of each field read by a function.
_FIELD_VALUES: Final = itemgetter(*_FIELDS[NightRecord])


def _absent(f: Field[Any]) -> Any:
    """Return what stands in for a field that was not stored: its default."""
    if f.default_factory is MISSING:
        return f.default
    # A list is read from () into a list of the record's own.
    assert f.default_factory is list, f"{f.name}: only a list is made anew"
    assert f.name in _READ, f"{f.name} has no reader"
    return ()


_ABSENT: Final = {f.name: _absent(f) for f in fields(NightRecord) if f.name != "night"}
_READERS: Final = tuple(
    (index, _READ[name]) for index, name in enumerate(_FIELDS[NightRecord]) if name in _READ
)
