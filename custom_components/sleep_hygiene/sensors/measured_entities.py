"""Sensors of the measured night: time to fall asleep, sleep efficiency, awakenings.

``state_class: measurement`` keeps their long-term statistics; a night no source covered shows
as unknown. Each names its source, and the whole measured night is in the attributes. Only a
bedroom with a sleep source has them, and imports this module (``measured.measured_sensors``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, UnitOfTime

from ..entity import ScoreEntity
from ..model.figures import rounded
from ..model.measured_record import measures_of
from ..model.sleep_measures import SleepMeasures
from ..runtime_data import SleepHygieneConfigEntry


@dataclass(frozen=True, kw_only=True)
class MeasuredSensorDescription(SensorEntityDescription):
    """A sensor showing one measure of the scored night."""

    measure: str


MEASURED_SENSORS: Final = (
    MeasuredSensorDescription(
        key="sleep_latency",
        translation_key="sleep_latency",
        measure="latency_minutes",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
    ),
    MeasuredSensorDescription(
        key="sleep_efficiency",
        translation_key="sleep_efficiency",
        measure="efficiency_percent",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
    ),
    MeasuredSensorDescription(
        key="sleep_awakenings",
        translation_key="sleep_awakenings",
        measure="awakenings",
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
    ),
)


class MeasuredSensor(ScoreEntity, SensorEntity):
    """One measure of the scored night, updated when the journal changes."""

    entity_description: MeasuredSensorDescription

    def __init__(
        self, entry: SleepHygieneConfigEntry, description: MeasuredSensorDescription
    ) -> None:
        """Describe the sensor and attach it to the bedroom's score coordinator."""
        super().__init__(entry, description.key)
        self.entity_description = description

    def _measures(self) -> SleepMeasures | None:
        record = self.entry.runtime_data.log.get(self.coordinator.data.summary.as_of)
        return None if record is None else measures_of(record)

    @property
    def native_value(self) -> float | None:
        """Return the measure, or None when no source covered it."""
        measures = self._measures()
        if measures is None:
            return None
        value = getattr(measures, self.entity_description.measure)
        return None if value is None else rounded(float(value))

    @property
    def extra_state_attributes(self) -> Mapping[str, Any]:
        """Return the night, the measure's source and what was odd about the night."""
        measures = self._measures()
        attributes: dict[str, Any] = {"night": self.coordinator.data.summary.as_of.isoformat()}
        if measures is not None:
            attributes["source"] = measures.sources.get(self.entity_description.measure)
            attributes["flags"] = list(measures.flags)
        return attributes
