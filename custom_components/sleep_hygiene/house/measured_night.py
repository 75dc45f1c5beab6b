"""Start what measures a bedroom's night (phones' screens, sleep sources) and quiets its phones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback

from .late_sources import LateSources
from .night_measures import NightMeasures
from .phone_dnd import PhoneDnd
from .phone_screens import PhoneScreens

if TYPE_CHECKING:
    from ..runtime_data import SleepHygieneConfigEntry


@callback
def async_start_measuring(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> CALLBACK_TYPE:
    """Start the phones (screens, Do Not Disturb) and the night's measures; return the stopper."""
    stops = [
        PhoneScreens(hass, entry).async_start(),
        PhoneDnd(hass, entry).async_start(),
        NightMeasures(hass, entry).async_start(),
        LateSources(hass, entry).async_start(),
    ]

    @callback
    def stop() -> None:
        for each in stops:
            each()

    return stop
