"""The per-night record: what the house measured and what the person answered.

Pure Python (no Home Assistant import) so the score, insights and red flags can be tested quickly.
A night is keyed by the date of the evening it began. Records are stored as plain JSON dicts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any, Final

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
    "evening": ("calm", "stressed", "hard_exercise"),
}
SYMPTOM_QUESTIONS: Final = ("twitches", "leg_sensations", "awakenings", "pain", "rested")
NOTES_MAX_LENGTH: Final = 500


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
        encoded: dict[str, Any] = _encode(asdict(self))
        return encoded

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NightRecord:
        """Build a record from its stored dict, ignoring keys it does not know."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        values["night"] = date.fromisoformat(data["night"])
        for key in ("detox_planned", "detox_started", "lights_out_planned", "lights_out_at"):
            values[key] = _parse_datetime(values.get(key))
        if (raw := values.get("check_in")) is not None:
            values["check_in"] = CheckIn(
                answers=dict(raw.get("answers", {})),
                notes=raw.get("notes"),
                source=raw.get("source", "service"),
                logged_at=_parse_datetime(raw.get("logged_at")),
                started_at=_parse_datetime(raw.get("started_at")),
            )
        values["overrides"] = list(values.get("overrides", []))
        values["edits"] = list(values.get("edits", []))
        record = cls(**values)
        _check(record)
        return record


# Measured values: a number, or None where nothing measured it (the time in screens is always).
_MEASURES: Final = (
    "lux_wind_down_max",
    "lux_asleep_max",
    "temperature_target_c",
    "temperature_mean_c",
    "temperature_in_band_share",
    "phone_screen_minutes",
)


def _check(record: NightRecord) -> None:
    """Raise TypeError or ValueError when a stored record is not in the shape we write."""
    for name in ("screen_on_minutes", *_MEASURES):
        value = getattr(record, name)
        if (value is None and name in _MEASURES) or _is_number(value):
            continue
        raise TypeError(f"{name} is not a number")
    if not isinstance(record.skipped, bool) or not isinstance(record.climate_override, bool):
        raise TypeError("a flag is not true or false")
    if not all(isinstance(has, bool | None) for has in (record.has_lights, record.has_screens)):
        raise TypeError("a device flag is not true, false or null")
    if record.sleep_sources is not None:
        NightSources.from_dict(record.sleep_sources)
    if not all(isinstance(entity_id, str) for entity_id in record.overrides):
        raise TypeError("overrides are not entity ids")
    if not all(isinstance(edit, dict) for edit in record.edits):
        raise TypeError("edits are not objects")
    if (check_in := record.check_in) is not None:
        if not isinstance(check_in.notes, str | None) or not isinstance(check_in.source, str):
            raise TypeError("check-in notes or source are not text")
        for question, answer in check_in.answers.items():
            if question in QUESTIONS and answer not in QUESTIONS[question]:
                raise ValueError(f"not an answer to {question}")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def night_of(record: NightRecord) -> date:
    """Return the night of a record (the key records are sorted by)."""
    return record.night


def _parse_datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
