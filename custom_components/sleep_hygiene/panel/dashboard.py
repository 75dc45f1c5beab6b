"""The no-JavaScript dashboard of a bedroom, made from the template beside this file.

The template names entities by what they are, not by id: ``sensor.{score}`` is the bedroom's own
sensor with that key, ``{climate}`` or ``{lights}`` the devices chosen for it. Ids come from the
entity registry, so a renamed entity or a bedroom of any name gets a dashboard that works.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
import re
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.util.yaml import dump, load_yaml_dict

from ..const import DOMAIN
from ..runtime_data import SleepHygieneConfigEntry

TEMPLATE: Final = Path(__file__).with_name("dashboard.yaml")
_OURS: Final = re.compile(r"^(\w+)\.\{(\w+)\}$")
_DEVICES: Final = re.compile(r"^\{(\w+)\}$")

# The entity ids a reference stands for ([] if none), or None for plain text.
type Resolve = Callable[[str], list[str] | None]


def _resolver(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> Resolve:
    registry = er.async_get(hass)
    settings = entry.runtime_data.settings
    devices: dict[str, list[str]] = {
        "climate": [settings.climate] if settings.climate else [],
        "temperature_sensor": [settings.temperature_sensor] if settings.temperature_sensor else [],
        "lights": list(settings.lights),
        "screens": list(settings.screens),
    }

    def resolve(reference: str) -> list[str] | None:
        if match := _OURS.match(reference):
            domain, key = match.groups()
            found = registry.async_get_entity_id(domain, DOMAIN, f"{entry.entry_id}_{key}")
            return [] if found is None else [found]
        if match := _DEVICES.match(reference):
            return devices[match.group(1)]
        return None

    return resolve


def _fill(node: Any, resolve: Resolve) -> Any:
    """Return ``node`` with its references replaced; None when a card or row has no entity."""
    if isinstance(node, dict):
        if isinstance(entity := node.get("entity"), str) and (ids := resolve(entity)) is not None:
            if not ids:
                return None
            node = {**node, "entity": ids[0]}
        filled = {key: _fill(value, resolve) for key, value in node.items()}
        if isinstance(node.get("entities"), list) and not filled["entities"]:
            return None
        if isinstance(node.get("cards"), list) and not filled["cards"]:
            return None
        return filled
    if isinstance(node, list):
        items: list[Any] = []
        for item in node:
            if isinstance(item, str) and (ids := resolve(item)) is not None:
                items.extend(ids)
            elif (filled_item := _fill(item, resolve)) is not None:
                items.append(filled_item)
        return items
    return node


async def async_dashboard_yaml(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> str:
    """Return the bedroom's dashboard as YAML, ready to paste into a dashboard's raw editor."""
    template = await hass.async_add_executor_job(load_yaml_dict, str(TEMPLATE))
    header = (
        f'# The Sleep dashboard of the bedroom "{entry.title}", made by Sleep Hygiene.\n'
        "# Built-in cards only: paste it into a dashboard's raw configuration editor.\n"
    )
    return header + dump(_fill(template, _resolver(hass, entry)))
