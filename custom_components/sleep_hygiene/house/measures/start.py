"""Start what measures a bedroom's night (phones' screens, sleep sources) and quiets its phones.

A part is imported only by a bedroom that has what it follows (memory: most bedrooms have no
phone, bed sensor or wearable); without it, the part would listen and do nothing. It is imported
in the executor, as Home Assistant imports an integration: an import reads files.
"""

from __future__ import annotations

from importlib.util import resolve_name
from typing import TYPE_CHECKING

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.importlib import async_import_module

from ..phones.dnd import PhoneDnd

if TYPE_CHECKING:
    from ...runtime_data import SleepHygieneConfigEntry


async def async_start_measuring(
    hass: HomeAssistant, entry: SleepHygieneConfigEntry
) -> CALLBACK_TYPE:
    """Start the phones (screens, Do Not Disturb) and the night's measures; return the stopper."""
    settings = entry.runtime_data.settings
    stops: list[CALLBACK_TYPE] = []
    if settings.phones:
        # Memory: only a bedroom with phones counts their screens.
        await async_import_module(hass, resolve_name("..phones.screens", __package__))
        from ..phones.screens import PhoneScreens  # noqa: PLC0415

        stops.append(PhoneScreens(hass, entry).async_start())
    # Always: it keeps the night's Do Not Disturb state, and gives back what an earlier run asked.
    stops.append(PhoneDnd(hass, entry).async_start())
    if settings.bed_sensor is not None or settings.phone_sleep:
        # Memory: only a bedroom with a bed sensor or the phones' sleep keeps the night's sources.
        await async_import_module(hass, f"{__package__}.nights")
        from .nights import NightMeasures  # noqa: PLC0415

        stops.append(NightMeasures(hass, entry).async_start())
    if settings.phone_sleep or settings.sleep_duration_sensor or settings.sleep_score_sensor:
        # Memory: only a bedroom with a source that reports after the night listens for it.
        await async_import_module(hass, f"{__package__}.late_sources")
        from .late_sources import LateSources  # noqa: PLC0415

        stops.append(LateSources(hass, entry).async_start())

    @callback
    def stop() -> None:
        for each in stops:
            each()

    return stop
