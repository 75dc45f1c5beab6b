"""The runtime data a bedroom's config entry carries while it is loaded."""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.config_entries import ConfigEntry

from .clock import RoutineClock
from .detox import DetoxController
from .score_tracker import ScoreCoordinator
from .settings import BedroomSettings
from .store import NightLog


@dataclass(slots=True)
class SleepHygieneData:
    """Everything one bedroom needs at run time."""

    settings: BedroomSettings
    clock: RoutineClock
    log: NightLog
    detox: DetoxController
    scores: ScoreCoordinator


type SleepHygieneConfigEntry = ConfigEntry[SleepHygieneData]
