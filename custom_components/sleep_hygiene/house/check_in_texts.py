"""The phone check-in's words in Home Assistant's language: questions, buttons, thanks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations

from ..const import DOMAIN
from ..model.check_in_chain import STEPS, chain_length
from ..model.clock_text import format_clock

_COMMON = f"component.{DOMAIN}.common"
_SELECTOR = f"component.{DOMAIN}.selector"


def format_figure(value: float, language: str) -> str:
    """Return a figure as the panel shows it: at most one decimal, the language's decimal mark."""
    text = f"{round(value, 1):.1f}".removesuffix(".0")
    # Every language shipped but English writes a decimal comma.
    return text if language.split("-", maxsplit=1)[0] == "en" else text.replace(".", ",")


@dataclass(frozen=True, slots=True)
class CheckInTexts:
    """Translated texts of the notification chain, in one language."""

    strings: dict[str, str]
    language: str

    def _text(self, key: str, **values: str) -> str:
        text = self.strings[f"{_COMMON}.{key}"]
        for name, value in values.items():
            text = text.replace(f"{{{name}}}", value)
        return text

    def title(self, number: int, weekly: bool) -> str:
        """Return the notification title, with the question's number."""
        total = str(chain_length(weekly=weekly))
        return self._text("check_in_title", number=str(number), total=total)

    def done_title(self) -> str:
        """Return the title of the last message."""
        return self._text("check_in_done_title")

    def question(self, step: str, cutoff: datetime) -> str:
        """Return the question a step asks (caffeine's names the night's cut-off time)."""
        return self._text(f"check_in_question_{step}", cutoff=format_clock(cutoff, self.language))

    def choice(self, step: str, choice: str, cutoff: datetime) -> str:
        """Return a button's label: the answer's name, or a follow-up's own words."""
        chain_step = STEPS[step]
        if (own := chain_step.texts.get(choice)) is not None:
            return self._text(own, cutoff=format_clock(cutoff, self.language))
        return self.strings[f"{_SELECTOR}.{chain_step.question}.options.{choice}"]

    def thanks(self, hygiene: float | None, burden: float | None) -> str:
        """Return the last message: habits & bedroom beside the symptom burden, never mixed."""
        figures = {
            name: format_figure(value, self.language)
            for name, value in (("hygiene", hygiene), ("burden", burden))
            if value is not None
        }
        if len(figures) == 2:
            return self._text("check_in_thanks", **figures)
        if "hygiene" in figures:
            return self._text("check_in_thanks_no_burden", **figures)
        if "burden" in figures:
            return self._text("check_in_thanks_no_hygiene", **figures)
        return self._text("check_in_thanks_no_score")

    def prompt_care(self) -> tuple[str, str]:
        """Return the title and text of the signs that need care today (pain or swelling)."""
        return self._text("prompt_care_title"), self._text("prompt_care")


async def async_check_in_texts(hass: HomeAssistant) -> CheckInTexts:
    """Load the texts; Home Assistant fills a language's gaps with English."""
    language = hass.config.language
    common = await async_get_translations(hass, language, "common", [DOMAIN])
    selector = await async_get_translations(hass, language, "selector", [DOMAIN])
    return CheckInTexts(common | selector, language)
