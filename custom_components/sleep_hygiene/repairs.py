"""Fix flows for the integration's Repairs issues.

An issue is routed by its data's "fix" value; a fixable issue without one gets Home Assistant's
plain confirm flow, and a non-fixable issue never comes here, so other features can raise issues
without touching this module.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.repairs import ConfirmRepairFlow, RepairsFlow
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant

from .compat import RepairsFlowResult, vol
from .config_flow import async_import_forms
from .const import DOMAIN
from .house.issues.missing_entities import FIX_MISSING_ENTITY


async def async_create_fix_flow(
    hass: HomeAssistant,
    issue_id: str,
    data: dict[str, str | int | float | None] | None,
) -> RepairsFlow:
    """Return the fix flow of an issue."""
    if data and data.get("fix") == FIX_MISSING_ENTITY:
        return MissingEntityFlow(data)
    return ConfirmRepairFlow()


class MissingEntityFlow(RepairsFlow):
    """Pick another entity for a bedroom, or stop using one."""

    def __init__(self, data: dict[str, str | int | float | None]) -> None:
        """Remember which bedroom and which of its entities."""
        self._entry_id = str(data["entry_id"])
        self._key = str(data["key"])
        self._placeholders = {"entity_id": str(data["entity_id"])}

    def _entry(self) -> ConfigEntry[Any] | None:
        entry = self.hass.config_entries.async_get_entry(self._entry_id)
        return entry if entry is not None and entry.domain == DOMAIN else None

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> RepairsFlowResult:
        """Offer to replace the entity or to stop using it."""
        return self.async_show_menu(
            step_id="init",
            menu_options=["replace", "stop_using"],
            description_placeholders=self._placeholders,
        )

    async def async_step_replace(
        self, user_input: dict[str, Any] | None = None
    ) -> RepairsFlowResult:
        """Pick the entity that takes the missing one's place."""
        if user_input is not None:
            return self._finish(user_input[self._key])
        # Memory: the bedroom's form is imported when a fix shows it (this module loads at start).
        await async_import_forms(self.hass)
        from .flow_schemas import bedroom_schema  # noqa: PLC0415

        # The same selector as the bedroom's setup, so the same entities are offered.
        field = bedroom_schema().schema[self._key]
        return self.async_show_form(
            step_id="replace",
            data_schema=vol.Schema({vol.Required(self._key): field}),
            description_placeholders=self._placeholders,
        )

    async def async_step_stop_using(
        self, user_input: dict[str, Any] | None = None
    ) -> RepairsFlowResult:
        """Confirm the bedroom goes on without it."""
        if user_input is not None:
            return self._finish(None)
        return self.async_show_form(
            step_id="stop_using",
            data_schema=vol.Schema({}),
            description_placeholders=self._placeholders,
        )

    def _finish(self, entity_id: str | None) -> RepairsFlowResult:
        """Store the new entity (None: none) and reload the bedroom."""
        entry = self._entry()
        if entry is None:
            return self.async_abort(reason="entry_removed")
        data = dict(entry.data)
        if entity_id is None:
            data.pop(self._key, None)
        else:
            data[self._key] = entity_id
        self.hass.config_entries.async_update_entry(entry, data=data)
        # Entry data is read at setup; options changes reload on their own, data changes do not.
        self.hass.config_entries.async_schedule_reload(entry.entry_id)
        return self.async_create_entry(data={})
