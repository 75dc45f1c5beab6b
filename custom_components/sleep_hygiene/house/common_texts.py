"""The integration's own texts (``common`` in strings.json) in Home Assistant's language."""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import (
    async_get_cached_translations,
    async_get_translations,
)

from ..const import DOMAIN

_PREFIX = f"component.{DOMAIN}.common."


@dataclass(frozen=True, slots=True)
class CommonTexts:
    """Translated texts, with their placeholders filled in."""

    strings: dict[str, str]

    def text(self, key: str, **values: str) -> str:
        """Return the text of ``key`` with each ``{name}`` replaced by its value."""
        text = self.strings[f"{_PREFIX}{key}"]
        for name, value in values.items():
            text = text.replace(f"{{{name}}}", value)
        return text


async def async_common_texts(hass: HomeAssistant) -> CommonTexts:
    """Load the texts; Home Assistant fills a language's gaps with English."""
    return CommonTexts(await async_get_translations(hass, hass.config.language, "common", [DOMAIN]))


def cached_common_texts(hass: HomeAssistant) -> CommonTexts:
    """Return the texts Home Assistant loaded with the integration, without waiting."""
    return CommonTexts(async_get_cached_translations(hass, hass.config.language, "common", DOMAIN))
