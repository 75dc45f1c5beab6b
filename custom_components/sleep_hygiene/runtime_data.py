"""The runtime data a bedroom's config entry carries while it is loaded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from homeassistant.config_entries import ConfigEntry

# Types only: the controllers import this module, never the other way round at run time.
if TYPE_CHECKING:
    from .coordinator import ScoreCoordinator
    from .house.detox.controller import DetoxController
    from .house.experiment.control import ExperimentControl
    from .house.journal.store import NightLog
    from .house.routine.clock import RoutineClock
    from .house.routine.setup_hold import SetupHold
    from .house.voice.check_in import VoiceCheckIn
    from .model.settings import BedroomSettings


@dataclass(slots=True)
class SleepHygieneData:
    """Everything one bedroom needs at run time."""

    settings: BedroomSettings
    clock: RoutineClock
    log: NightLog
    detox: DetoxController
    scores: ScoreCoordinator
    # Whether the bedroom, set up or changed in the night, waits for the next step to act.
    hold: SetupHold
    # The personal experiment: its nights' arms, applied by the clock and the thermostat.
    experiments: ExperimentControl
    # The check-in asked aloud, while the bedroom has a satellite or one asked it.
    voice: VoiceCheckIn | None = None


type SleepHygieneConfigEntry = ConfigEntry[SleepHygieneData]
