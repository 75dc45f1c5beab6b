"""The integration's own texts (strings.json) in Home Assistant's language: one loader for all.

Each part's words (the check-in's, the routine's) are a ``Texts`` that only formats; they are
all loaded here, from Home Assistant's translation cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import (
    async_get_cached_translations,
    async_get_translations,
)

from ..const import DOMAIN

_PREFIX: Final = f"component.{DOMAIN}."
# The parts of strings.json the texts come from (Home Assistant loads a file's all at once).
_CATEGORIES: Final = ("common", "entity", "exceptions", "selector")


@dataclass(frozen=True, slots=True)
class Texts:
    """Translated texts of one language, with their placeholders filled in."""

    strings: dict[str, str]
    language: str

    def text(self, key: str, **values: str) -> str:
        """Return the ``common`` text of ``key`` with each ``{name}`` replaced by its value."""
        return filled(self.strings[f"{_PREFIX}common.{key}"], values)

    def string(self, path: str) -> str:
        """Return the text at ``path`` in strings.json (e.g. ``selector.x.options.y``)."""
        return self.strings[f"{_PREFIX}{path}"]

    def has(self, key: str) -> bool:
        """Return True when the ``common`` text of ``key`` is loaded."""
        return f"{_PREFIX}common.{key}" in self.strings


def filled(text: str, values: dict[str, str]) -> str:
    """Return ``text`` with each ``{name}`` replaced by its value."""
    for name, value in values.items():
        text = text.replace(f"{{{name}}}", value)
    return text


async def async_texts[T: Texts](
    hass: HomeAssistant, kind: type[T], language: str | None = None
) -> T:
    """Load the texts in ``language`` (default Home Assistant's); gaps are filled with English."""
    language = language or hass.config.language
    strings: dict[str, str] = {}
    for category in _CATEGORIES:
        strings |= await async_get_translations(hass, language, category, [DOMAIN])
    return kind(strings, language)


def cached_texts[T: Texts](hass: HomeAssistant, kind: type[T]) -> T:
    """Return the texts Home Assistant loaded with the integration, without waiting."""
    language = hass.config.language
    strings: dict[str, str] = {}
    for category in _CATEGORIES:
        strings |= async_get_cached_translations(hass, language, category, DOMAIN)
    return kind(strings, language)
