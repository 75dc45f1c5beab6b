"""The bedroom's experiments as the house applies them: each night's detox lead, target and arm.

Read from the night log once, before the clock (an earlier detox moves its nights' times); the
experiment's control replaces them as experiments start, stop and get their results.
"""

from __future__ import annotations

from datetime import date

from ...model.experiment_day import ArmOfNight, arm_of_night
from ...model.experiment_state import Experiments
from ...model.schedule import NightTimes
from ...model.settings import BedroomSettings
from ...model.temperature import CELSIUS
from ..journal.store import NightLog


class ExperimentArms:
    """What the bedroom's experiments ask of each night."""

    def __init__(self, log: NightLog) -> None:
        """Read the stored experiments."""
        self.state = log.read_state(Experiments) or Experiments()

    def detox_lead_on(self, night: date) -> int | None:
        """Return the detox's lead (minutes) on ``night`` when an experiment sets it."""
        experiment = self.state.covering(night)
        return None if experiment is None else experiment.detox_minutes_on(night)

    def target_on(self, night: date) -> float | None:
        """Return the bedroom's target (°C) on ``night`` when an experiment sets it."""
        experiment = self.state.covering(night)
        return None if experiment is None else experiment.target_on(night)

    def arm_of(self, times: NightTimes) -> ArmOfNight | None:
        """Return what the experiment asks of the night of ``times``, if it is in one."""
        return arm_of_night(self.state.covering(times.night), times)

    def night_target(self, night: date, settings: BedroomSettings) -> tuple[float, str]:
        """Return the bedroom's target on ``night`` and its unit: the experiment's, else its own."""
        target_c = self.target_on(night)
        if target_c is not None:
            return target_c, CELSIUS
        return settings.target_temperature, settings.temperature_unit
