"""The routine's words in the user's language: step names and what each step asks of them."""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import (
    async_get_cached_translations,
    async_get_translations,
)

from ..const import DOMAIN
from ..model.schedule import STEPS


@dataclass(frozen=True, slots=True)
class RoutineTexts:
    """Translated names and descriptions of the steps."""

    names: dict[str, str]
    descriptions: dict[str, str]
    skipped_name: str
    skipped_description: str

    def name(self, step: str, *, skipped: bool = False) -> str:
        """Return the step's name, marked when the night is skipped."""
        return (
            self.skipped_name.replace("{step}", self.names[step]) if skipped else self.names[step]
        )

    def description(self, step: str, *, skipped: bool = False) -> str:
        """Return what the step asks of the person, or why nothing happens on a skipped night."""
        return self.skipped_description if skipped else self.descriptions[step]


async def async_routine_texts(hass: HomeAssistant) -> RoutineTexts:
    """Load the texts in Home Assistant's language; Home Assistant fills gaps with English."""
    language = hass.config.language
    entity = await async_get_translations(hass, language, "entity", [DOMAIN])
    common = await async_get_translations(hass, language, "common", [DOMAIN])
    return _routine_texts(entity, common)


def cached_routine_texts(hass: HomeAssistant) -> RoutineTexts:
    """Return the texts Home Assistant loaded with the integration, without waiting."""
    language = hass.config.language
    return _routine_texts(
        async_get_cached_translations(hass, language, "entity", DOMAIN),
        async_get_cached_translations(hass, language, "common", DOMAIN),
    )


def _routine_texts(entity: dict[str, str], common: dict[str, str]) -> RoutineTexts:
    state = f"component.{DOMAIN}.entity.sensor.routine_step.state"
    text = f"component.{DOMAIN}.common"
    return RoutineTexts(
        names={step: entity[f"{state}.{step}"] for step in STEPS},
        descriptions={step: common[f"{text}.routine_{step}"] for step in STEPS},
        skipped_name=common[f"{text}.routine_skipped_name"],
        skipped_description=common[f"{text}.routine_skipped_description"],
    )
