"""The check-in's words in Home Assistant's language: questions, buttons, thanks, spoken lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ...model.check_in_chain import STEPS, chain_length
from ...model.clock_text import format_clock
from ..texts import Texts


def format_figure(value: float, language: str) -> str:
    """Return a figure as the panel shows it: at most one decimal, the language's decimal mark."""
    text = f"{round(value, 1):.1f}".removesuffix(".0")
    # Every language shipped but English writes a decimal comma.
    return text if language.split("-", maxsplit=1)[0] == "en" else text.replace(".", ",")


@dataclass(frozen=True, slots=True)
class CheckInTexts(Texts):
    """Translated texts of the notification chain, in one language (``async_texts`` loads them)."""

    def title(self, number: int, weekly: bool) -> str:
        """Return the notification title, with the question's number."""
        total = str(chain_length(weekly=weekly))
        return self.text("check_in_title", number=str(number), total=total)

    def done_title(self) -> str:
        """Return the title of the last message."""
        return self.text("check_in_done_title")

    def question(self, step: str, cutoff: datetime) -> str:
        """Return the question a step asks (caffeine's names the night's cut-off time)."""
        return self.text(f"check_in_question_{step}", cutoff=format_clock(cutoff, self.language))

    def choice(self, step: str, choice: str, cutoff: datetime) -> str:
        """Return a button's label: the answer's name, or a follow-up's own words."""
        chain_step = STEPS[step]
        if (own := chain_step.texts.get(choice)) is not None:
            return self.text(own, cutoff=format_clock(cutoff, self.language))
        return self.string(f"selector.{chain_step.question}.options.{choice}")

    def thanks(
        self,
        hygiene: float | None,
        burden: float | None,
        family: str = "check_in_thanks",
        **values: str,
    ) -> str:
        """Return habits & bedroom beside the symptom burden, never mixed.

        ``family``: the texts to say it with (the phone's last message by default); each has
        a variant for a night without one figure or without both.
        """
        figures = {
            name: format_figure(value, self.language)
            for name, value in (("hygiene", hygiene), ("burden", burden))
            if value is not None
        }
        if len(figures) == 2:
            return self.text(family, **figures, **values)
        if "hygiene" in figures:
            return self.text(f"{family}_no_burden", **figures, **values)
        if "burden" in figures:
            return self.text(f"{family}_no_hygiene", **figures, **values)
        return self.text(f"{family}_no_score", **values)

    def spoken_question(self, step: str, cutoff: datetime, *, again: bool) -> str:
        """Return a question as a satellite says it, with its answers ("None, A few or Many?")."""
        labels = [self.choice(step, choice, cutoff) for choice in STEPS[step].choices]
        choices = self.text("voice_choices", choices=", ".join(labels[:-1]), last=labels[-1])
        said = f"{self.question(step, cutoff)} {choices}"
        return f"{self.text('voice_again')} {said}" if again else said

    def prompt_care(self) -> tuple[str, str]:
        """Return the title and text of the signs that need care today (pain or swelling)."""
        return self.text("prompt_care_title"), self.text("prompt_care")
