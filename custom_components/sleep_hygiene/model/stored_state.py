"""Every controller's restart state: a typed record each, kept in the night log by its key.

Each kind knows its key, writes itself as a dict and reads itself back, checking the shape:
a part that is not in shape (a damaged file, a hand edit) raises, so the night log sets it aside
instead of a controller failing on it. Pure: no Home Assistant import. Keys the night log does
not know (a newer version's) are kept as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, Final, Protocol, Self

from .climate_plan import NightClimate
from .comfort_stats import NightTemperature
from .detox_plan import Tonight
from .experiment_state import Experiments

# What reading a part that is not in its shape raises.
SHAPE_ERRORS: Final = (AttributeError, KeyError, TypeError, ValueError)


class StoredState(Protocol):
    """A controller's restart state."""

    KEY: ClassVar[str]

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the state written by ``as_dict``; raise one of SHAPE_ERRORS if not in shape."""


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise TypeError("an object is expected")
    return value


def _of[T](value: Any, kind: type[T]) -> T:
    # bool is an int: only a bool field takes True.
    if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
        return value
    raise TypeError(f"{kind.__name__} expected")


def _day(value: Any) -> date:
    return date.fromisoformat(_of(value, str))


@dataclass(slots=True)
class DetoxState:
    """The detox switch, and what the detox did tonight."""

    KEY: ClassVar[str] = "detox"
    enabled: bool = True
    tonight: Tonight | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        data: dict[str, Any] = {"enabled": self.enabled}
        if self.tonight is not None:
            data["tonight"] = self.tonight.as_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the state written by ``as_dict``."""
        tonight = data.get("tonight")
        return cls(
            enabled=_of(data.get("enabled", True), bool),
            tonight=None if tonight is None else Tonight.from_dict(_object(tonight)),
        )


@dataclass(frozen=True, slots=True)
class PhoneChain:
    """The phone check-in under way: its nonce, night and question, and earlier nonces."""

    KEY: ClassVar[str] = "phone_check_in"
    nonce: str
    night: date
    step: str | None
    earlier: dict[str, date] = field(default_factory=dict)  # nonce -> night, oldest first

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "nonce": self.nonce,
            "night": self.night.isoformat(),
            "step": self.step,
            "earlier": {nonce: night.isoformat() for nonce, night in self.earlier.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the chain written by ``as_dict``."""
        step = data.get("step")
        return cls(
            nonce=_of(data["nonce"], str),
            night=_day(data["night"]),
            step=None if step is None else _of(step, str),
            earlier={
                _of(nonce, str): _day(night)
                for nonce, night in _object(data.get("earlier", {})).items()
            },
        )


@dataclass(frozen=True, slots=True)
class VoiceChain:
    """The voice check-in of a night: the satellite asking, and the question it is at.

    ``step`` is None once it ended (finished, stopped or unanswered): that morning's wake does
    not start it again.
    """

    KEY: ClassVar[str] = "voice_check_in"
    night: date
    satellite: str
    step: str | None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"night": self.night.isoformat(), "satellite": self.satellite, "step": self.step}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the chain written by ``as_dict``."""
        step = data.get("step")
        return cls(
            night=_day(data["night"]),
            satellite=_of(data["satellite"], str),
            step=None if step is None else _of(step, str),
        )


@dataclass(frozen=True, slots=True)
class SentReminders:
    """The routine steps whose reminder went out tonight."""

    KEY: ClassVar[str] = "reminders"
    night: date
    steps: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"night": self.night.isoformat(), "steps": list(self.steps)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the reminders written by ``as_dict``."""
        steps = _of(data.get("steps", []), list)
        return cls(night=_day(data["night"]), steps=tuple(_of(step, str) for step in steps))


@dataclass(frozen=True, slots=True)
class Episode:
    """One red flag raised: since when, whether to notify still, and its Repairs issue id."""

    since: date
    notify: bool
    issue: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        data: dict[str, Any] = {"since": self.since.isoformat(), "notify": self.notify}
        if self.issue is not None:
            data["issue"] = self.issue
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the episode written by ``as_dict``."""
        issue = data.get("issue")
        return cls(
            since=_day(data["since"]),
            notify=_of(data["notify"], bool),
            issue=None if issue is None else _of(issue, str),
        )


@dataclass(frozen=True, slots=True)
class RedFlagEpisodes:
    """The red flags raised now, by rule."""

    KEY: ClassVar[str] = "red_flags"
    episodes: dict[str, Episode] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {rule: episode.as_dict() for rule, episode in self.episodes.items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the episodes written by ``as_dict``."""
        return cls({rule: Episode.from_dict(_object(raw)) for rule, raw in data.items()})


@dataclass(frozen=True, slots=True)
class CheckInDraft:
    """Answers chosen on the dashboard for a night and not submitted yet."""

    KEY: ClassVar[str] = "check_in_draft"
    night: date
    answers: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"night": self.night.isoformat(), "answers": dict(self.answers)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the draft written by ``as_dict``."""
        answers = _object(data.get("answers", {}))
        return cls(
            night=_day(data["night"]),
            answers={question: _of(answer, str) for question, answer in answers.items()},
        )


@dataclass(frozen=True, slots=True)
class SetupMark:
    """The settings the bedroom last acted with, and the step it waits for (set up at night)."""

    KEY: ClassVar[str] = "setup"
    fingerprint: str
    step: str | None = None
    waits_until: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        until = None if self.waits_until is None else self.waits_until.isoformat()
        return {"fingerprint": self.fingerprint, "step": self.step, "waits_until": until}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the mark written by ``as_dict``."""
        step, until = data.get("step"), data.get("waits_until")
        return cls(
            fingerprint=_of(data["fingerprint"], str),
            step=None if step is None else _of(step, str),
            waits_until=None if until is None else datetime.fromisoformat(_of(until, str)),
        )


@dataclass(frozen=True, slots=True)
class PhoneDndState:
    """The night Do Not Disturb was asked for, and each phone's own setting to give back."""

    KEY: ClassVar[str] = "phone_dnd"
    night: date
    # Device id -> (its DND sensor, its own setting before the detox).
    changed: dict[str, tuple[str, str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        changed = {device: list(pair) for device, pair in self.changed.items()}
        return {"night": self.night.isoformat(), "changed": changed}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the state written by ``as_dict``."""
        changed: dict[str, tuple[str, str]] = {}
        for device, pair in _object(data.get("changed", {})).items():
            sensor, before = _of(pair, list)
            changed[device] = (_of(sensor, str), _of(before, str))
        return cls(night=_day(data["night"]), changed=changed)


# Every kind of restart state the night log keeps, by key.
STATE_KINDS: Final[dict[str, type[StoredState]]] = {
    kind.KEY: kind
    for kind in (
        DetoxState,
        NightClimate,
        NightTemperature,
        PhoneChain,
        VoiceChain,
        SentReminders,
        RedFlagEpisodes,
        CheckInDraft,
        SetupMark,
        PhoneDndState,
        Experiments,
    )
}


def split_state(state: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the state's parts in their shape, and those that are not (to set aside)."""
    if not isinstance(state, dict):
        return {}, {"state": state}
    kept: dict[str, Any] = {}
    bad: dict[str, Any] = {}
    for key, value in state.items():
        try:
            if (kind := STATE_KINDS.get(key)) is not None:
                kind.from_dict(_object(value))
        except SHAPE_ERRORS:
            bad[key] = value
        else:
            kept[key] = value
    return kept, bad
