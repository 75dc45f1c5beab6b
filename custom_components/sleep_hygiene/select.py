"""The check-in as a dashboard form: one select per question, for last night.

A choice is a draft (kept across a restart) until the "submit" button stores it; the select shows
the draft, else what is stored.
"""

from __future__ import annotations

from homeassistant.components.select import SelectEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import LastNightEntity
from .house.check_in.recorder import dashboard_draft
from .model.night import QUESTIONS
from .model.stored_state import CheckInDraft
from .runtime_data import SleepHygieneConfigEntry, last_night_of

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's check-in selects."""
    async_add_entities(CheckInSelect(entry, question) for question in QUESTIONS)


class CheckInSelect(LastNightEntity, SelectEntity):
    """One question of last night's check-in."""

    def __init__(self, entry: SleepHygieneConfigEntry, question: str) -> None:
        """Describe the select."""
        super().__init__(entry, f"check_in_{question}")
        self._question = question
        self._attr_options = list(QUESTIONS[question])

    @property
    def current_option(self) -> str | None:
        """Return the draft answer, else the stored one, else None (unanswered)."""
        night = last_night_of(self.entry)
        pending = dashboard_draft(self.entry.runtime_data.bedroom, night).get(self._question)
        return pending or self._answers().get(self._question)

    async def async_select_option(self, option: str) -> None:
        """Keep the choice as a draft until the check-in is submitted."""
        night = last_night_of(self.entry)
        answers = dashboard_draft(self.entry.runtime_data.bedroom, night) | {self._question: option}
        self.entry.runtime_data.log.write_state(CheckInDraft, CheckInDraft(night, answers))
        self.async_write_ha_state()
