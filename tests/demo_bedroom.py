"""The demo bedroom of scripts/develop, set up in a test's Home Assistant (dashboard, snapshots)."""

from __future__ import annotations

from pathlib import Path

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util.yaml import load_yaml_dict
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import (
    CONF_CLIMATE,
    CONF_ILLUMINANCE_SENSOR,
    CONF_LIGHTS,
    CONF_SCREENS,
    CONF_TEMPERATURE_SENSOR,
    DOMAIN,
)

from .conftest import BEDROOM_OPTIONS

DEMO_BEDROOM = Path(__file__).parent.parent / "config" / "demo_bedroom.yaml"


async def demo_bedroom(hass: HomeAssistant) -> None:
    """Set up the demo bedroom of scripts/develop (its YAML package) and a bedroom "Bedroom"."""
    package = load_yaml_dict(str(DEMO_BEDROOM))
    for domain, config in package.items():
        assert await async_setup_component(hass, domain, {domain: config}), domain
    await hass.async_block_till_done()
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Bedroom",
        data={
            CONF_LIGHTS: ["light.bed_lamp", "light.ceiling_light", "light.reading_light"],
            CONF_SCREENS: ["media_player.bedroom_tv", "switch.games_console_plug"],
            CONF_CLIMATE: "climate.bedroom_thermostat",
            CONF_TEMPERATURE_SENSOR: "sensor.bedroom_temperature",
            CONF_ILLUMINANCE_SENSOR: "sensor.bedroom_illuminance",
        },
        options=BEDROOM_OPTIONS,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
