"""Time entities that move lights-out and wake from a dashboard.

A change is stored in the entry's options (so it survives a restart) and the bedroom reloads, so
every timer, the calendar and the sensors follow at once, exactly as after the options flow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any

from homeassistant.components.time import TimeEntity, TimeEntityDescription
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import CONF_CLIMATE_LEAD, CONF_DETOX_LEAD, CONF_LIGHTS_OUT, CONF_WAKE, DOMAIN
from .entity import SleepHygieneEntity
from .model.night_length import night_length
from .model.schedule import Routine
from .runtime_data import SleepHygieneConfigEntry


@dataclass(frozen=True, kw_only=True)
class RoutineTimeDescription(TimeEntityDescription):
    """A routine time kept in the entry's options under ``option``."""

    option: str
    value_fn: Callable[[Routine], time]


ROUTINE_TIMES = (
    RoutineTimeDescription(
        key="lights_out",
        translation_key="lights_out",
        entity_category=EntityCategory.CONFIG,
        option=CONF_LIGHTS_OUT,
        value_fn=lambda routine: routine.lights_out,
    ),
    RoutineTimeDescription(
        key="wake",
        translation_key="wake",
        entity_category=EntityCategory.CONFIG,
        option=CONF_WAKE,
        value_fn=lambda routine: routine.wake,
    ),
)


def _wake_inside_wind_down(options: dict[str, Any]) -> bool:
    """Return whether wake falls inside the leads before lights-out (or is lights-out)."""
    # The day, from wake to lights-out: a night length read the other way round.
    day = night_length(
        time.fromisoformat(options[CONF_WAKE]), time.fromisoformat(options[CONF_LIGHTS_OUT])
    )
    longest_lead = max(options[CONF_DETOX_LEAD], options[CONF_CLIMATE_LEAD])
    return day < timedelta(minutes=longest_lead) or not day


def _routine_options(routine: Routine) -> dict[str, str | int]:
    """Return the routine as the options the config flow stores."""
    return {
        CONF_LIGHTS_OUT: routine.lights_out.isoformat(),
        CONF_WAKE: routine.wake.isoformat(),
        CONF_DETOX_LEAD: int(routine.detox_lead.total_seconds() // 60),
        CONF_CLIMATE_LEAD: int(routine.climate_lead.total_seconds() // 60),
    }


class RoutineTime(SleepHygieneEntity, TimeEntity):
    """Lights-out or wake; setting it reschedules the whole bedroom."""

    entity_description: RoutineTimeDescription

    def __init__(self, entry: SleepHygieneConfigEntry, description: RoutineTimeDescription) -> None:
        """Describe the entity."""
        super().__init__(entry, description.key)
        self.entity_description = description

    @property
    def native_value(self) -> time:
        """Return the configured time."""
        return self.entity_description.value_fn(self.entry.runtime_data.settings.routine)

    async def async_set_value(self, value: time) -> None:
        """Store the new time and reload the bedroom; refuse one inside the wind-down."""
        new = value.replace(microsecond=0).isoformat()
        routine = _routine_options(self.entry.runtime_data.settings.routine)
        if routine[self.entity_description.option] == new:
            return
        routine[self.entity_description.option] = new
        # The rest of the stored options passed the same check when they were saved.
        if _wake_inside_wind_down({**self.entry.options, **routine}):
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="wake_inside_wind_down",
                translation_placeholders={
                    "lights_out": str(routine[CONF_LIGHTS_OUT])[:5],
                    "wake": str(routine[CONF_WAKE])[:5],
                },
            )
        hass = self.hass
        hass.config_entries.async_update_entry(
            self.entry, options={**self.entry.options, self.entity_description.option: new}
        )
        hass.config_entries.async_schedule_reload(self.entry.entry_id)


PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's time entities."""
    async_add_entities(RoutineTime(entry, description) for description in ROUTINE_TIMES)
