"""One bedroom as every controller sees it: its entry, settings, clock, night log and setup hold.

Built first when a bedroom is set up, before anything acts; every controller is made from it
(with the further parts it needs named in its constructor), so a setting changed from a dashboard
reaches all of them at once through ``settings``.
"""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant

from ..model.settings import BedroomSettings
from .experiment.arms import ExperimentArms
from .journal.store import NightLog
from .routine.clock import RoutineClock
from .routine.setup_hold import SetupHold


@dataclass(frozen=True, slots=True)
class StartedPart:
    """An optional part a bedroom started (``parts.py``), and its stopper."""

    part: object
    stop: CALLBACK_TYPE


@dataclass(slots=True)
class Bedroom:
    """What every part of one bedroom shares while it is loaded."""

    hass: HomeAssistant
    entry: ConfigEntry
    # Replaced (never changed in place) when a dashboard changes a setting without a reload.
    settings: BedroomSettings
    clock: RoutineClock
    log: NightLog
    # Whether the bedroom, set up or changed in the night, waits for the next step to act.
    hold: SetupHold
    # The experiment's nights' arms, which the clock, the thermostat and the texts apply.
    arms: ExperimentArms
    # The optional parts started, by name (``parts.py``).
    parts: dict[str, StartedPart] = field(default_factory=dict)

    @property
    def entry_id(self) -> str:
        """Return the bedroom's config entry id."""
        return self.entry.entry_id

    @property
    def title(self) -> str:
        """Return the bedroom's name."""
        return self.entry.title

    def create_task(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        """Run ``coro`` in a task the bedroom's unloading cancels and tests wait for."""
        self.entry.async_create_task(self.hass, coro, name)


async def async_load_bedroom(hass: HomeAssistant, entry: ConfigEntry) -> Bedroom:
    """Read the bedroom's settings and night log, and make the parts every controller shares."""
    settings = BedroomSettings.from_entry(entry.data, entry.options)
    log = NightLog(hass, entry.entry_id)
    await log.async_load()
    # Unload callbacks run last-registered first: this one writes what the others saved on stopping.
    entry.async_on_unload(log.async_flush)
    # Before the clock: an experiment's earlier detox moves its nights' times.
    arms = ExperimentArms(log)
    clock = RoutineClock(hass, settings.routine, arms.detox_lead_on)
    # Before anything acts: whether the bedroom, set up or changed in the night, waits a step.
    hold = SetupHold(hass, entry, settings, clock, log)
    return Bedroom(hass, entry, settings, clock, log, hold, arms)
