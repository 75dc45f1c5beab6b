"""The notices a bedroom shows in Home Assistant's notifications, as a test reads them."""

from __future__ import annotations

from homeassistant.components import persistent_notification
from homeassistant.components.persistent_notification import Notification, UpdateType
from homeassistant.core import HomeAssistant, callback

from custom_components.sleep_hygiene.house.routine.notices import notice_id


class Notices:
    """Follows Home Assistant's persistent notifications from the moment it is made."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Listen to every notification added, updated and dismissed."""
        self.shown: dict[str, Notification] = {}
        self.count = 0
        persistent_notification.async_register_callback(hass, self._on_update)

    @callback
    def _on_update(self, update: UpdateType, notifications: dict[str, Notification]) -> None:
        for key, notification in notifications.items():
            if update is UpdateType.REMOVED:
                self.shown.pop(key, None)
            else:
                self.count += 1
                self.shown[key] = notification

    def of(self, entry_id: str = "bedroom1") -> tuple[str, str] | None:
        """Return the title and message of the bedroom's notice, or None when there is none."""
        notice = self.shown.get(notice_id(entry_id))
        return None if notice is None else (notice["title"] or "", notice["message"])
