"""The phone check-in's words in Home Assistant's language: questions, buttons, thanks."""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations

from ..const import DOMAIN
from ..model.check_in_chain import CHOICE_LATER, ORDER, STEPS

_COMMON = f"component.{DOMAIN}.common"
_SELECTOR = f"component.{DOMAIN}.selector"


@dataclass(frozen=True, slots=True)
class CheckInTexts:
    """Translated texts of the notification chain."""

    strings: dict[str, str]

    def title(self, number: int) -> str:
        """Return the notification title, with the question's number."""
        template = self.strings[f"{_COMMON}.check_in_title"]
        return template.replace("{number}", str(number)).replace("{total}", str(len(ORDER)))

    def done_title(self) -> str:
        """Return the title of the last message."""
        return self.strings[f"{_COMMON}.check_in_done_title"]

    def question(self, step: str) -> str:
        """Return the question a step asks."""
        return self.strings[f"{_COMMON}.check_in_question_{step}"]

    def choice(self, step: str, choice: str) -> str:
        """Return a button's label: the answer's name, or "later" for the caffeine follow-up."""
        if choice == CHOICE_LATER:
            return self.strings[f"{_COMMON}.check_in_choice_later"]
        return self.strings[f"{_SELECTOR}.{STEPS[step].question}.options.{choice}"]

    def thanks(self, score: float | None) -> str:
        """Return the last message, with the night's score when there is one."""
        if score is None:
            return self.strings[f"{_COMMON}.check_in_thanks_no_score"]
        template = self.strings[f"{_COMMON}.check_in_thanks"]
        return template.replace("{score}", str(round(score)))


async def async_check_in_texts(hass: HomeAssistant) -> CheckInTexts:
    """Load the texts; Home Assistant fills a language's gaps with English."""
    language = hass.config.language
    common = await async_get_translations(hass, language, "common", [DOMAIN])
    selector = await async_get_translations(hass, language, "selector", [DOMAIN])
    return CheckInTexts(common | selector)
