"""The runtime data a bedroom's config entry carries while it is loaded.

The controllers in ``house/`` never import this module: they are made from the ``Bedroom``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import ConfigEntry

from .house.check_in import recorder

if TYPE_CHECKING:
    from collections.abc import Mapping

    from homeassistant.core import HomeAssistant

    from .coordinator import ScoreCoordinator
    from .house.bedroom import Bedroom
    from .house.climate.control import ClimateControl
    from .house.climate.thermometer import BedroomThermometer
    from .house.detox.controller import DetoxController
    from .house.experiment.control import ExperimentControl
    from .house.journal.store import NightLog
    from .house.routine.clock import RoutineClock
    from .house.routine.setup_hold import SetupHold
    from .model.score import NightScore
    from .model.settings import BedroomSettings


@dataclass(slots=True)
class SleepHygieneData:
    """Everything one bedroom needs at run time: the bedroom and the parts entities read."""

    bedroom: Bedroom
    detox: DetoxController
    scores: ScoreCoordinator
    # The personal experiment: started and stopped from the panel or a service.
    experiments: ExperimentControl
    # The thermostat's night, and the bedroom's temperature through it (with a source).
    climate: ClimateControl
    thermometer: BedroomThermometer | None

    @property
    def settings(self) -> BedroomSettings:
        """Return the bedroom's settings now."""
        return self.bedroom.settings

    @settings.setter
    def settings(self, settings: BedroomSettings) -> None:
        self.bedroom.settings = settings

    @property
    def clock(self) -> RoutineClock:
        """Return the bedroom's routine clock."""
        return self.bedroom.clock

    @property
    def log(self) -> NightLog:
        """Return the bedroom's night log."""
        return self.bedroom.log

    @property
    def hold(self) -> SetupHold:
        """Return whether the bedroom waits for a step (set up or changed in the night)."""
        return self.bedroom.hold


type SleepHygieneConfigEntry = ConfigEntry[SleepHygieneData]


# What the panel asks of a bedroom's entry.
def last_night_of(entry: SleepHygieneConfigEntry) -> date:
    """Return the night a morning check-in is for now."""
    return recorder.last_night_of(entry.runtime_data.bedroom)


def night_score(entry: SleepHygieneConfigEntry, night: date) -> NightScore | None:
    """Return the night's score as it stands in the log."""
    return recorder.night_score(entry.runtime_data.bedroom, night)


def night_response(entry: SleepHygieneConfigEntry, night: date) -> dict[str, Any]:
    """Return the stored night and its score, as a service response."""
    return recorder.night_response(entry.runtime_data.bedroom, night)


def night_target(entry: SleepHygieneConfigEntry, night: date) -> tuple[float, str]:
    """Return the bedroom's target on ``night`` and its unit: the experiment's, else its own."""
    bedroom = entry.runtime_data.bedroom
    return bedroom.arms.night_target(night, bedroom.settings)


async def async_record_check_in(
    _hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    night: date,
    answers: Mapping[str, str],
    notes: str | None,
    *,
    source: str,
) -> None:
    """Record a whole check-in (dashboard, service): merge, write at once, tell automations."""
    await recorder.async_record_check_in(
        entry.runtime_data.bedroom, night, answers, notes, source=source
    )
