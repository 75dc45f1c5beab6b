"""What every websocket command of the panel shares: the bedroom it names, and translated errors."""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import ERR_NOT_FOUND
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from ..compat import vol
from ..const import DOMAIN
from ..runtime_data import SleepHygieneConfigEntry

ENTRY: Final[dict[Any, Any]] = {vol.Required("entry_id"): str}
ERR_NOT_LOADED: Final = "not_loaded"

type Connection = ActiveConnection


def send_error(
    connection: Connection, msg_id: int, code: str, key: str, placeholders: dict[str, str]
) -> None:
    """Answer with a translated error."""
    # The message is English; the panel shows the translation key's text in the user's language.
    error = HomeAssistantError(
        translation_domain=DOMAIN, translation_key=key, translation_placeholders=placeholders
    )
    connection.send_error(
        msg_id,
        code,
        str(error),
        translation_key=key,
        translation_domain=DOMAIN,
        translation_placeholders=placeholders,
    )


def bedroom_of(
    hass: HomeAssistant, connection: Connection, msg: dict[str, Any]
) -> SleepHygieneConfigEntry | None:
    """Return the loaded bedroom the message names, or answer with an error and return None."""
    entry_id = msg["entry_id"]
    entry: SleepHygieneConfigEntry | None = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        send_error(connection, msg["id"], ERR_NOT_FOUND, "entry_not_found", {"entry_id": entry_id})
        return None
    if entry.state is not ConfigEntryState.LOADED:
        send_error(connection, msg["id"], ERR_NOT_LOADED, "entry_not_loaded", {"name": entry.title})
        return None
    return entry
