"""The optional parts of a bedroom: what turns each on, and the one place each is imported.

A part is imported only by a bedroom whose settings (or night log) need it (memory: most bedrooms
have no phone, bed sensor, wearable, light sensor or satellite); without it, the part would
listen and do nothing. It is imported in the executor, as Home Assistant imports an integration:
an import reads files. Each part is made from the bedroom and its detox, and started once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Protocol

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.helpers.importlib import async_import_module

from ..model.stored_state import PhoneChain, VoiceChain
from .bedroom import Bedroom, StartedPart
from .detox.controller import DetoxController
from .journal.store import NightLog


class Part(Protocol):
    """A controller a bedroom starts, made from the bedroom and its detox."""

    def async_start(self) -> CALLBACK_TYPE:
        """Start the part; return its stopper."""


@dataclass(frozen=True, slots=True)
class OptionalPart:
    """A part, the module (below ``house``) and class that make it, and when a bedroom has it."""

    module: str
    cls: str
    wanted: Callable[[Bedroom], bool]


PHONE_CHECK_IN: Final = "phone_check_in"
VOICE_CHECK_IN: Final = "voice_check_in"


def _under_way(log: NightLog, kind: type[PhoneChain | VoiceChain]) -> bool:
    """Return True while a check-in waits for an answer (its phones or satellite may be gone)."""
    chain = log.read_state(kind)
    return chain is not None and chain.step is not None


# In the order they start (a clock's listeners are called in the order they were added).
PARTS: Final[dict[str, OptionalPart]] = {
    "phone_screens": OptionalPart(
        "phones.screens", "PhoneScreens", lambda b: bool(b.settings.phones)
    ),
    # Always: it keeps the night's Do Not Disturb state, and gives back what an earlier run asked.
    "phone_dnd": OptionalPart("phones.dnd", "PhoneDnd", lambda _: True),
    "night_measures": OptionalPart(
        "measures.nights",
        "NightMeasures",
        lambda b: b.settings.bed_sensor is not None or b.settings.phone_sleep,
    ),
    "late_sources": OptionalPart(
        "measures.late_sources",
        "LateSources",
        lambda b: bool(
            b.settings.phone_sleep
            or b.settings.sleep_duration_sensor
            or b.settings.sleep_score_sensor
        ),
    ),
    "illuminance": OptionalPart(
        "measures.illuminance",
        "IlluminanceTracker",
        lambda b: b.settings.illuminance_sensor is not None,
    ),
    "reminders": OptionalPart(
        "routine.reminders",
        "RoutineReminders",
        lambda b: bool(b.settings.phones and b.settings.reminders),
    ),
    PHONE_CHECK_IN: OptionalPart(
        "phones.check_in",
        "PhoneCheckIn",
        lambda b: bool(b.settings.phones) or _under_way(b.log, PhoneChain),
    ),
    VOICE_CHECK_IN: OptionalPart(
        "voice.check_in",
        "VoiceCheckIn",
        lambda b: b.settings.satellite is not None or _under_way(b.log, VoiceChain),
    ),
}


async def async_start_parts(bedroom: Bedroom, detox: DetoxController) -> CALLBACK_TYPE:
    """Start the parts the bedroom has; return the stopper of them all."""
    for name, part in PARTS.items():
        if part.wanted(bedroom):
            await async_part(bedroom, detox, name)

    @callback
    def stop() -> None:
        for started in reversed(list(bedroom.parts.values())):
            started.stop()
        bedroom.parts.clear()

    return stop


async def async_part(bedroom: Bedroom, detox: DetoxController, name: str) -> object:
    """Return the bedroom's part ``name``, imported and started now if it has none yet.

    A service or Assist asks for a part the bedroom's settings did not start (a check-in now).
    """
    if (started := bedroom.parts.get(name)) is not None:
        return started.part
    part = PARTS[name]
    module = await async_import_module(bedroom.hass, f"{__package__}.{part.module}")
    made: Part = getattr(module, part.cls)(bedroom, detox)
    bedroom.parts[name] = StartedPart(made, made.async_start())
    return made
