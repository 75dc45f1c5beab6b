"""What the bedroom tells the person in Home Assistant's notifications, until the next step.

One notice per bedroom, in Home Assistant's language: a new one replaces it, and the next step of
the routine (or the bedroom unloading) takes it away, so none lingers once it is out of date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.components import persistent_notification
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback

from ...const import DOMAIN
from ...model.schedule import STEPS, NightTimes
from ..texts import Texts, async_texts

if TYPE_CHECKING:
    from .clock import RoutineClock


def notice_id(entry_id: str) -> str:
    """Return the id of a bedroom's notice."""
    return f"{DOMAIN}_{entry_id}_notice"


async def async_show_notice(hass: HomeAssistant, entry: ConfigEntry, message: str) -> None:
    """Show ``message`` (already in Home Assistant's language) as the bedroom's notice."""
    texts = await async_texts(hass, Texts)
    title = texts.text("notification_title", bedroom=entry.title)
    persistent_notification.async_create(hass, message, title, notice_id(entry.entry_id))


@callback
def async_clear_notices_at_each_step(
    hass: HomeAssistant, entry_id: str, clock: RoutineClock
) -> CALLBACK_TYPE:
    """Take the bedroom's notice away at each step of the routine; return the stopper."""

    @callback
    def on_clock(boundary: str, _times: NightTimes) -> None:
        if boundary in STEPS:
            persistent_notification.async_dismiss(hass, notice_id(entry_id))

    remove = clock.async_add_listener(on_clock)

    @callback
    def stop() -> None:
        remove()
        persistent_notification.async_dismiss(hass, notice_id(entry_id))

    return stop
