"""Buttons: start tonight's detox now, skip or resume tonight, submit the dashboard's check-in."""

from __future__ import annotations

from homeassistant.components.button import ButtonEntity
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.importlib import async_import_module

from .const import DOMAIN
from .entity import DetoxEntity, SleepHygieneEntity
from .house.check_in.recorder import dashboard_draft
from .house.routine.notices import async_show_notice
from .house.texts import async_texts
from .model.check_in import SOURCE_DASHBOARD
from .model.stored_state import CheckInDraft
from .runtime_data import (
    SleepHygieneConfigEntry,
    async_record_check_in,
    last_night_of,
    night_score,
)
from .services import async_resume_tonight, async_skip_tonight

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's buttons."""
    async_add_entities(
        [
            StartDetoxButton(entry),
            SkipTonightButton(entry),
            ResumeTonightButton(entry),
            SubmitCheckInButton(entry),
        ]
    )


class StartDetoxButton(DetoxEntity, ButtonEntity):
    """Starts tonight's digital detox now."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the button."""
        super().__init__(entry, "start_detox")

    async def async_press(self) -> None:
        """Start the detox."""
        await self._detox.async_start_now()


class SkipTonightButton(DetoxEntity, ButtonEntity):
    """Leaves the bedroom alone tonight."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the button."""
        super().__init__(entry, "skip_tonight")

    async def async_press(self) -> None:
        """Skip tonight, and say so until the next step."""
        await async_skip_tonight(self.hass, self.entry)


class ResumeTonightButton(DetoxEntity, ButtonEntity):
    """Takes tonight's skip back, until lights-out."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the button."""
        super().__init__(entry, "resume_tonight")

    async def async_press(self) -> None:
        """Resume tonight, and say so."""
        await async_resume_tonight(self.hass, self.entry)


class SubmitCheckInButton(SleepHygieneEntity, ButtonEntity):
    """Stores the answers chosen on the dashboard as last night's check-in."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the button."""
        super().__init__(entry, "submit_check_in")

    async def async_press(self) -> None:
        """Store the draft, or say there is nothing to store."""
        night = last_night_of(self.entry)
        answers = dashboard_draft(self.entry.runtime_data.bedroom, night)
        if not answers:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="check_in_nothing_to_submit"
            )
        self.entry.runtime_data.log.write_state(CheckInDraft, None)
        await async_record_check_in(
            self.hass, self.entry, night, answers, None, source=SOURCE_DASHBOARD
        )
        # The same thanks as on the phone, where the dashboard shows it: until the next step.
        scored = night_score(self.entry, night)
        # Memory: the phone chain's texts are imported when a check-in is submitted here.
        await async_import_module(self.hass, f"{__package__}.house.check_in.texts")
        await async_import_module(self.hass, f"{__package__}.house.experiment.texts")
        from .house.check_in.texts import CheckInTexts  # noqa: PLC0415
        from .house.experiment.texts import async_arm_line  # noqa: PLC0415

        texts = await async_texts(self.hass, CheckInTexts)
        thanks = texts.thanks(
            None if scored is None else scored.hygiene, None if scored is None else scored.burden
        )
        today = self.entry.runtime_data.clock.times().night
        if line := await async_arm_line(self.entry.runtime_data.bedroom, today):
            thanks = f"{thanks}\n{line}"
        await async_show_notice(self.hass, self.entry, thanks)
