"""The routine's words in the user's language: step names and what each step asks of them."""

from __future__ import annotations

from dataclasses import dataclass

from ..texts import Texts


@dataclass(frozen=True, slots=True)
class RoutineTexts(Texts):
    """Translated names and descriptions of the steps (``async_texts`` loads them)."""

    def name(self, step: str, *, skipped: bool = False) -> str:
        """Return the step's name, marked when the night is skipped."""
        name = self.string(f"entity.sensor.routine_step.state.{step}")
        return self.text("routine_skipped_name", step=name) if skipped else name

    def description(self, step: str, *, skipped: bool = False) -> str:
        """Return what the step asks of the person, or why nothing happens on a skipped night."""
        return self.skipped_description if skipped else self.text(f"routine_{step}")

    @property
    def skipped_description(self) -> str:
        """Return why nothing happens on a skipped night."""
        return self.text("routine_skipped_description")
