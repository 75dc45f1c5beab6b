"""The benchmarks' bedroom: template lights and screens backed by helpers, and its entry.

Template devices run a script for each command, in the same event loop, like a real integration
that talks to a device: a service call on them costs what it costs in a house.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import json
from pathlib import Path
from typing import Any

from homeassistant.components.demo.remote import DemoRemote
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    setup_test_component_platform,
)

SWITCHES = 4
PLAYERS = 4
REMOTES = 2
# Not imported from the integration: bench_memory measures what importing it costs.
DOMAIN = "sleep_hygiene"
THERMOSTAT = "climate.bedroom"
TEMPERATURE = "sensor.bedroom_temperature"
ILLUMINANCE = "sensor.bedroom_illuminance"


def _power(name: str) -> dict[str, Any]:
    target = {"entity_id": f"input_boolean.{name}"}
    return {
        "turn_on": {"action": "input_boolean.turn_on", "target": target},
        "turn_off": {"action": "input_boolean.turn_off", "target": target},
    }


def _light(i: int) -> dict[str, Any]:
    return {
        "name": f"Light {i}",
        "unique_id": f"light_{i}",
        "state": f"{{{{ is_state('input_boolean.light_{i}', 'on') }}}}",
        "level": f"{{{{ states('input_number.light_{i}_level') | int }}}}",
        "set_level": [
            {
                "action": "input_number.set_value",
                "target": {"entity_id": f"input_number.light_{i}_level"},
                "data": {"value": "{{ brightness }}"},
            }
        ],
        **{key: [action] for key, action in _power(f"light_{i}").items()},
    }


async def build_bedroom(hass: HomeAssistant, lights: int) -> tuple[list[str], list[str]]:
    """Create ``lights`` template lights and 10 screens, all on; return their entity ids."""
    booleans = [f"light_{i}" for i in range(lights)] + [f"screen_{i}" for i in range(8)]
    booleans.append("heater")  # build_climate's
    numbers = {
        f"light_{i}_level": {"min": 0, "max": 255, "step": 1, "initial": 255} for i in range(lights)
    }
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {name: {"initial": True} for name in booleans}}
    )
    assert await async_setup_component(hass, "input_number", {"input_number": numbers})
    switches = [
        {
            "name": f"Screen {i}",
            "unique_id": f"screen_{i}",
            "state": f"{{{{ is_state('input_boolean.screen_{i}', 'on') }}}}",
            **{key: [action] for key, action in _power(f"screen_{i}").items()},
        }
        for i in range(SWITCHES)
    ]
    template = [{"light": [_light(i) for i in range(lights)], "switch": switches}]
    assert await async_setup_component(hass, "template", {"template": template})
    players = [
        {
            "platform": "universal",
            "name": f"Player {i}",
            "attributes": {"state": f"input_boolean.screen_{i}"},
            "commands": _power(f"screen_{i}"),
        }
        for i in range(SWITCHES, SWITCHES + PLAYERS)
    ]
    assert await async_setup_component(hass, "media_player", {"media_player": players})
    remotes = [DemoRemote(f"Remote {i}", True) for i in range(REMOTES)]
    setup_test_component_platform(hass, "remote", remotes)
    assert await async_setup_component(hass, "remote", {"remote": [{"platform": "test"}]})
    await hass.async_block_till_done()
    screens = (
        [f"switch.screen_{i}" for i in range(SWITCHES)]
        + [f"media_player.player_{i}" for i in range(SWITCHES, SWITCHES + PLAYERS)]
        + [f"remote.remote_{i}" for i in range(REMOTES)]
    )
    light_ids = [f"light.light_{i}" for i in range(lights)]
    assert all(hass.states.get(e) is not None for e in light_ids + screens)
    return light_ids, screens


async def switch_everything_on(hass: HomeAssistant, lights: list[str], screens: list[str]) -> None:
    """Switch every light to full brightness and every screen on."""
    await hass.services.async_call(
        "light", "turn_on", {"entity_id": lights, "brightness": 255}, blocking=True
    )
    for domain in ("switch", "media_player", "remote"):
        ids = [e for e in screens if e.startswith(f"{domain}.")]
        await hass.services.async_call(domain, "turn_on", {"entity_id": ids}, blocking=True)
    await hass.async_block_till_done()


async def build_climate(hass: HomeAssistant) -> dict[str, str]:
    """Create a heating thermostat and temperature and illuminance sensors; return bedroom data.

    After build_bedroom, which makes the thermostat's heater.
    """
    hass.states.async_set(TEMPERATURE, "19.0", {"unit_of_measurement": "°C"})
    hass.states.async_set(ILLUMINANCE, "3", {"unit_of_measurement": "lx"})
    # The thermostat switches its heater through homeassistant.turn_on/turn_off.
    assert await async_setup_component(hass, "homeassistant", {})
    thermostat = {
        "platform": "generic_thermostat",
        "name": "Bedroom",
        "heater": "input_boolean.heater",
        "target_sensor": TEMPERATURE,
        "initial_hvac_mode": "heat",
        "target_temp": 21,
    }
    assert await async_setup_component(hass, "climate", {"climate": [thermostat]})
    await hass.async_block_till_done()
    assert hass.states.get(THERMOSTAT) is not None
    return {
        "climate": THERMOSTAT,
        "temperature_sensor": TEMPERATURE,
        "illuminance_sensor": ILLUMINANCE,
    }


def options_with_detox_at(at: datetime, woke: datetime | None = None) -> dict[str, Any]:
    """Return options whose detox (30 min before lights-out) falls at ``at`` (local time).

    Wake at ``woke``, else an hour before ``at``: the previous night is over either way, so ``at``
    is tonight's.
    """
    return {
        "lights_out": (at + timedelta(minutes=30)).strftime("%H:%M:%S"),
        "wake": (woke or at - timedelta(hours=1)).strftime("%H:%M:%S"),
        "detox_lead": 30,
        "climate_lead": 60,
        "target_temperature": 18.0,
        "temperature_unit": "°C",
        "screen_policy": "keep_off",
    }


def daytime_options() -> dict[str, Any]:
    """Return options that put the bedroom in its daytime: woken an hour ago, detox in 6 hours."""
    now = dt_util.now()
    return options_with_detox_at(now + timedelta(hours=6), woke=now - timedelta(hours=1))


def bedroom_entry(
    hass: HomeAssistant,
    lights: list[str],
    screens: list[str],
    detox_at: datetime,
    woke: datetime | None = None,
    **more: str,
) -> MockConfigEntry:
    """Add a bedroom whose detox is at ``detox_at``; a new one each time, so a new night log.

    ``woke``: as ``options_with_detox_at`` takes it; ``more``: further bedroom data (a thermostat,
    sensors).
    """
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=f"Bedroom {detox_at.isoformat()}",
        data={"lights": lights, "screens": screens, **more},
        options=options_with_detox_at(detox_at, woke),
    )
    entry.add_to_hass(hass)
    return entry


def has_run_before(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Give a bedroom a journal with a night long past, as one that ran before has.

    Set up in its night it then catches up, as after a restart; a bedroom new in the night waits
    for its next step instead (it would not be in its detox).
    """
    key = f"{DOMAIN}.{entry.entry_id}"
    night = {"night": "2020-01-01"}
    stored = {
        "version": 1,
        "minor_version": 2,
        "key": key,
        "data": {"nights": {"2020-01-01": night}},
    }
    path = Path(hass.config.path(".storage", key))
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(stored), encoding="utf-8")
