"""The morning check-in: validate what was given, and merge it into the night's record.

Pure Python (no Home Assistant import). Every bad field gives its own error key, so the service
can raise a translated error naming the field; nothing is stored unless every field is good.
A later check-in for the same night updates it; the version it replaces is kept in ``edits``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from .night import ALL_QUESTIONS, NOTES_MAX_LENGTH, CheckIn

FIELD_NIGHT: Final = "night"
FIELD_NOTES: Final = "notes"
FIELD_ANSWERS: Final = "answers"
# Older nights are history, not a morning check-in: a typo in the year must not land there.
MAX_NIGHTS_BACK: Final = 60

SOURCE_PHONE: Final = "phone"
SOURCE_DASHBOARD: Final = "dashboard"
SOURCE_SERVICE: Final = "service"
SOURCE_VOICE: Final = "voice"
# An answer that only adds to the one before (a stressed evening, then hard exercise too, in the
# phone's follow-up): no earlier version is kept for it, nothing was taken back.
REFINEMENTS: Final = frozenset(
    {
        ("evening", "stressed", "stressed_hard_exercise"),
        ("evening", "hard_exercise", "stressed_hard_exercise"),
    }
)
# The answer that always comes with the signs that need care the same day.
PROMPT_CARE_ANSWER: Final = ("pain", "pain_numbness_swelling")

# Translation keys of the errors (``exceptions`` in strings.json).
ERROR_UNKNOWN_FIELD: Final = "check_in_unknown_field"
ERROR_INVALID_ANSWER: Final = "check_in_invalid_answer"
ERROR_NIGHT_INVALID: Final = "check_in_night_invalid"
ERROR_NIGHT_IN_FUTURE: Final = "check_in_night_in_future"
ERROR_NIGHT_TOO_OLD: Final = "check_in_night_too_old"
ERROR_NOTES_NOT_TEXT: Final = "check_in_notes_not_text"
ERROR_NOTES_TOO_LONG: Final = "check_in_notes_too_long"
ERROR_NOTES_NOT_UNICODE: Final = "check_in_notes_not_unicode"
ERROR_EMPTY: Final = "check_in_empty"


@dataclass(frozen=True, slots=True)
class FieldError:
    """One bad field: its name, the error's translation key and the message placeholders."""

    field: str
    key: str
    placeholders: dict[str, str]


class InvalidFields(ValueError):
    """Raised with every bad field of a request, in the order the fields are listed."""

    def __init__(self, errors: list[FieldError]) -> None:
        """Keep the errors; the first one is the message."""
        super().__init__(errors[0].key)
        self.errors = errors


class InvalidCheckIn(InvalidFields):
    """Raised with every bad field of a check-in."""


@dataclass(frozen=True, slots=True)
class CheckInForm:
    """A valid check-in, ready to be merged into its night."""

    night: date
    answers: dict[str, str]
    notes: str | None


def parse_check_in(data: Mapping[str, Any], last_night: date) -> CheckInForm:
    """Return the check-in in ``data`` (service fields), or raise InvalidCheckIn.

    ``last_night`` is the latest night whose lights-out has passed: the default, and the newest
    night that can be answered. An answer or notes given as None count as not given.
    """
    errors = [
        FieldError(name, ERROR_UNKNOWN_FIELD, {"field": name})
        for name in data
        if name not in ALL_QUESTIONS and name not in (FIELD_NIGHT, FIELD_NOTES)
    ]
    night = _parse_night(data.get(FIELD_NIGHT), last_night, errors)
    answers: dict[str, str] = {}
    for question, options in ALL_QUESTIONS.items():
        value = data.get(question)
        if value is None:
            continue
        if value in options:
            answers[question] = value
        else:
            placeholders = {"field": question, "value": str(value), "options": ", ".join(options)}
            errors.append(FieldError(question, ERROR_INVALID_ANSWER, placeholders))
    notes = _parse_notes(data.get(FIELD_NOTES), errors)
    if not errors and not answers and notes is None:
        errors.append(FieldError(FIELD_ANSWERS, ERROR_EMPTY, {}))
    if errors or night is None:
        raise InvalidCheckIn(errors)
    return CheckInForm(night=night, answers=answers, notes=notes)


def night_given(value: Any) -> date | None:
    """Return the night a service field gives (a date, a datetime or ISO text), None if none."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _parse_night(value: Any, last_night: date, errors: list[FieldError]) -> date | None:
    if value is None:
        return last_night
    night = night_given(value)
    if night is None:
        errors.append(FieldError(FIELD_NIGHT, ERROR_NIGHT_INVALID, {"value": str(value)}))
    elif night > last_night:
        errors.append(
            FieldError(
                FIELD_NIGHT,
                ERROR_NIGHT_IN_FUTURE,
                {"night": night.isoformat(), "last_night": last_night.isoformat()},
            )
        )
    elif night < last_night - timedelta(days=MAX_NIGHTS_BACK):
        errors.append(
            FieldError(
                FIELD_NIGHT,
                ERROR_NIGHT_TOO_OLD,
                {"night": night.isoformat(), "days": str(MAX_NIGHTS_BACK)},
            )
        )
    else:
        return night
    return None


def _parse_notes(value: Any, errors: list[FieldError]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        errors.append(FieldError(FIELD_NOTES, ERROR_NOTES_NOT_TEXT, {}))
        return None
    notes = value.strip()
    if not _is_unicode(notes):
        # A lone surrogate (half an emoji, from a script or template) cannot be stored as JSON.
        errors.append(FieldError(FIELD_NOTES, ERROR_NOTES_NOT_UNICODE, {}))
        return None
    if len(notes) > NOTES_MAX_LENGTH:
        placeholders = {"length": str(len(notes)), "max": str(NOTES_MAX_LENGTH)}
        errors.append(FieldError(FIELD_NOTES, ERROR_NOTES_TOO_LONG, placeholders))
        return None
    return notes or None


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def merge_check_in(
    previous: CheckIn | None,
    answers: Mapping[str, str],
    notes: str | None,
    *,
    source: str,
    at: datetime,
) -> tuple[CheckIn, dict[str, Any] | None] | None:
    """Return the night's check-in with these answers added, and the edit it makes, if any.

    Answers not given keep their earlier value. The edit (the replaced check-in, as stored) is
    made when an earlier answer or note changes, or when answers come another way (phone, then
    dashboard), so how each was given is kept. A chain of phone answers makes no edit until one
    changes. Returns None when nothing would change.
    """
    if previous is None:
        return CheckIn(dict(answers), notes, source, logged_at=at, started_at=at), None
    merged_answers = previous.answers | dict(answers)
    merged_notes = previous.notes if notes is None else notes
    if merged_answers == previous.answers and merged_notes == previous.notes:
        return None
    overwrites = any(
        previous.answers.get(question) not in (None, value)
        and (question, previous.answers.get(question), value) not in REFINEMENTS
        for question, value in answers.items()
    ) or (notes is not None and previous.notes not in (None, notes))
    had_content = bool(previous.answers) or previous.notes is not None
    other_way = had_content and previous.source != source
    edit = edit_entry(previous, at) if overwrites or other_way else None
    started_at = previous.started_at or previous.logged_at or at
    merged = CheckIn(merged_answers, merged_notes, source, logged_at=at, started_at=started_at)
    return merged, edit


def edit_entry(replaced: CheckIn, at: datetime) -> dict[str, Any]:
    """Return a replaced check-in as kept in the record's ``edits`` (JSON-ready)."""
    return {
        "answers": dict(replaced.answers),
        "notes": replaced.notes,
        "source": replaced.source,
        "logged_at": _iso(replaced.logged_at),
        "started_at": _iso(replaced.started_at),
        "replaced_at": at.isoformat(),
    }


def answered(check_in: CheckIn | None) -> list[str]:
    """Return the questions answered (the weekly one last), in the order they are asked."""
    given = {} if check_in is None else check_in.answers
    return [question for question in ALL_QUESTIONS if given.get(question) is not None]


def needs_prompt_care(answers: Mapping[str, str]) -> bool:
    """Return True when the answers report pain, numbness or swelling in the legs.

    Wherever it was answered, the signs that need care the same day are shown with it.
    """
    question, worrying = PROMPT_CARE_ANSWER
    return answers.get(question) == worrying


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()
