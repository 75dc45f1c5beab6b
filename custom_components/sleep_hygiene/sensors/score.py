"""Score sensors: last night's score and its parts, the 7-day average, and the likely trigger.

The numeric sensors have ``state_class: measurement`` so Home Assistant keeps long-term
statistics of them; nights without data show as unknown, never as zero.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)

from ..coordinator import ScoreData
from ..entity import ScoreEntity
from ..model.figures import rounded
from ..model.insights import FACTORS
from ..model.score import NightScore
from ..runtime_data import SleepHygieneConfigEntry

# The likely-trigger state when factors could be compared but none goes with worse nights.
NO_TRIGGER: Final = "none"


@dataclass(frozen=True, kw_only=True)
class ScoreSensorDescription(SensorEntityDescription):
    """A sensor showing one figure of the bedroom's summary."""

    value_fn: Callable[[ScoreData], float | str | None]
    attributes_fn: Callable[[ScoreData], Mapping[str, Any]]


def _night_value(pick: Callable[[NightScore], float | None]) -> Callable[[ScoreData], float | None]:
    def value(data: ScoreData) -> float | None:
        night = data.summary.night
        return None if night is None else rounded(pick(night))

    return value


def _night_attributes(data: ScoreData) -> dict[str, Any]:
    return {"night": data.summary.as_of.isoformat()}


def _score_attributes(data: ScoreData) -> dict[str, Any]:
    night = data.summary.night
    components = {} if night is None else night.as_dict()["components"]
    return _night_attributes(data) | {"components": components}


def _burden_attributes(data: ScoreData) -> dict[str, Any]:
    return _night_attributes(data) | {"average_7": rounded(data.summary.burden_average_7)}


def _average_attributes(data: ScoreData) -> dict[str, Any]:
    return _night_attributes(data) | {"average_28": rounded(data.summary.score_average_28)}


def _likely_trigger(data: ScoreData) -> str | None:
    """Return the factor that clearly goes with worse nights, ``none``, or unknown (None)."""
    insights = data.summary.insights
    if (trigger := insights.likely_trigger) is not None:
        return trigger
    # Enough nights to compare at least one factor, and none clearly goes with worse nights.
    return NO_TRIGGER if insights.enough_data else None


def _trigger_attributes(data: ScoreData) -> dict[str, Any]:
    attributes = data.summary.insights.as_dict()
    del attributes["likely_trigger"]
    return attributes


def _measurement(key: str, **kwargs: Any) -> ScoreSensorDescription:
    return ScoreSensorDescription(
        key=key,
        translation_key=key,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        **kwargs,
    )


SCORE_SENSORS: Final = (
    _measurement(
        "score",
        value_fn=_night_value(lambda night: night.score),
        attributes_fn=_score_attributes,
    ),
    _measurement(
        "score_average_7",
        value_fn=lambda data: rounded(data.summary.score_average_7),
        attributes_fn=_average_attributes,
    ),
    _measurement(
        "symptom_burden",
        value_fn=_night_value(lambda night: night.burden),
        attributes_fn=_burden_attributes,
    ),
    _measurement(
        "bedroom_score",
        value_fn=_night_value(lambda night: night.bedroom),
        attributes_fn=_night_attributes,
    ),
    _measurement(
        "habits_score",
        value_fn=_night_value(lambda night: night.habits),
        attributes_fn=_night_attributes,
    ),
    _measurement(
        "symptoms_score",
        value_fn=_night_value(lambda night: night.symptoms),
        attributes_fn=_night_attributes,
    ),
    ScoreSensorDescription(
        key="likely_trigger",
        translation_key="likely_trigger",
        device_class=SensorDeviceClass.ENUM,
        options=[*FACTORS, NO_TRIGGER],
        value_fn=_likely_trigger,
        attributes_fn=_trigger_attributes,
    ),
)


def score_sensors(entry: SleepHygieneConfigEntry) -> list[ScoreSensor]:
    """Return the bedroom's score sensors."""
    return [ScoreSensor(entry, description) for description in SCORE_SENSORS]


class ScoreSensor(ScoreEntity, SensorEntity):
    """One figure of the summary, updated when the summary is recomputed."""

    entity_description: ScoreSensorDescription

    def __init__(self, entry: SleepHygieneConfigEntry, description: ScoreSensorDescription) -> None:
        """Describe the sensor and attach it to the bedroom's score coordinator."""
        super().__init__(entry, description.key)
        self.entity_description = description

    @property
    def native_value(self) -> float | str | None:
        """Return the figure, or None while there is no data for it."""
        return self.entity_description.value_fn(self.coordinator.data)

    @property
    def extra_state_attributes(self) -> Mapping[str, Any]:
        """Return what the figure is made of."""
        return self.entity_description.attributes_fn(self.coordinator.data)
