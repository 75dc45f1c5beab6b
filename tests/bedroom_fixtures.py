"""A real bedroom for the detox tests, each device backed by a helper a test can move by hand.

- ``light.bed_lamp``: template light with brightness and colour temperature (mireds in
  ``input_number.bed_lamp_mireds``), supports transitions.
- ``light.ceiling``: brightness only, available while ``input_boolean.ceiling_available``.
- ``light.fairy_lights``: on/off only (not in ``LIGHTS``), on while ``input_boolean.fairy_power``.
- ``light.reading_light``: brightness only, available while ``input_boolean.reading_available``.
- ``media_player.bedroom_tv``: universal media player powered by ``input_boolean.tv_power``.
- ``media_player.bedroom_radio``: universal media player that cannot be switched off (not in
  ``SCREENS``), on while ``input_boolean.radio_power``.
- ``switch.console_plug``: template switch, available while ``input_boolean.console_available``.
- ``remote.bedroom_remote``: Home Assistant's demo remote, through a test platform (the demo
  integration itself needs voice packages this machine lacks).

A person's change is made either through a service call with a user's context (the app) or on
the backing helper (a wall dimmer or the TV's own remote): both carry a context that is not ours.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.demo.remote import DemoRemote
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Context, Event, HomeAssistant, callback
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    setup_test_component_platform,
)

from custom_components.sleep_hygiene.const import (
    CONF_CLIMATE_LEAD,
    CONF_DETOX_LEAD,
    CONF_LIGHTS,
    CONF_LIGHTS_OUT,
    CONF_SCREEN_POLICY,
    CONF_SCREENS,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_UNIT,
    CONF_WAKE,
    DOMAIN,
)

from . import time_helpers

BED_LAMP = "light.bed_lamp"
CEILING = "light.ceiling"
RADIO = "media_player.bedroom_radio"
FAIRY = "light.fairy_lights"
READING = "light.reading_light"
TV = "media_player.bedroom_tv"
CONSOLE = "switch.console_plug"
REMOTE = "remote.bedroom_remote"
LIGHTS = [BED_LAMP, CEILING, READING]
SCREENS = [TV, CONSOLE, REMOTE]
DEVICE_DOMAINS = frozenset({"light", "media_player", "switch", "remote"})


def detox_options(**changes: Any) -> dict[str, Any]:
    """Return a bedroom's options: lights-out 22:30, detox 22:00, wake 06:30, keep screens off."""
    return {
        CONF_LIGHTS_OUT: "22:30:00",
        CONF_WAKE: "06:30:00",
        CONF_DETOX_LEAD: 30,
        CONF_CLIMATE_LEAD: 60,
        CONF_TARGET_TEMPERATURE: 18.0,
        CONF_TEMPERATURE_UNIT: "°C",
        CONF_SCREEN_POLICY: "keep_off",
    } | changes


def detox_entry(
    hass: HomeAssistant,
    *,
    lights: list[str] | None = None,
    screens: list[str] | None = None,
    **options: Any,
) -> MockConfigEntry:
    """Add (not set up) a bedroom with the fixture's lights and screens."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data={
            CONF_LIGHTS: LIGHTS if lights is None else lights,
            CONF_SCREENS: SCREENS if screens is None else screens,
        },
        options=detox_options(**options),
        entry_id="bedroom1",
        version=1,
        minor_version=1,
    )
    entry.add_to_hass(hass)
    return entry


def _power(name: str) -> dict[str, Any]:
    target = {"entity_id": f"input_boolean.{name}"}
    return {
        "turn_on": [{"action": "input_boolean.turn_on", "target": target}],
        "turn_off": [{"action": "input_boolean.turn_off", "target": target}],
    }


def _set_level(name: str) -> list[dict[str, Any]]:
    return [
        {
            "action": "input_number.set_value",
            "target": {"entity_id": f"input_number.{name}_level"},
            "data": {"value": "{{ brightness }}"},
        },
        {"action": "input_boolean.turn_on", "target": {"entity_id": f"input_boolean.{name}_power"}},
    ]


def _light(name: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": name.replace("_", " ").capitalize(),
        "unique_id": name,
        "state": f"{{{{ is_state('input_boolean.{name}_power', 'on') }}}}",
        "level": f"{{{{ states('input_number.{name}_level') | int }}}}",
        "supports_transition": "{{ true }}",
        "set_level": _set_level(name),
        **_power(f"{name}_power"),
        **extra,
    }


async def setup_bedroom(hass: HomeAssistant) -> None:
    """Create the bedroom's devices, all on: lamp 200 at 300 mireds, ceiling 255, reading 180."""
    booleans = [
        "bed_lamp_power",
        "ceiling_power",
        "reading_light_power",
        "reading_available",
        "ceiling_available",
        "radio_power",
        "fairy_power",
        "tv_power",
        "console_power",
        "console_available",
    ]
    assert await async_setup_component(
        hass,
        "input_boolean",
        {"input_boolean": {name: {"initial": True} for name in booleans}},
    )
    levels = {"bed_lamp_level": 200, "ceiling_level": 255, "reading_light_level": 180}
    numbers: dict[str, Any] = {
        name: {"min": 0, "max": 255, "step": 1, "initial": value} for name, value in levels.items()
    }
    numbers["bed_lamp_mireds"] = {"min": 153, "max": 500, "step": 1, "initial": 300}
    assert await async_setup_component(hass, "input_number", {"input_number": numbers})
    mireds = {"entity_id": "input_number.bed_lamp_mireds"}
    bed_lamp = _light(
        "bed_lamp",
        temperature="{{ states('input_number.bed_lamp_mireds') | int }}",
        # Home Assistant sends brightness with the colour temperature in this one action.
        set_temperature=[
            {
                "action": "input_number.set_value",
                "target": mireds,
                "data": {"value": "{{ color_temp }}"},
            },
            {"if": "{{ brightness is defined }}", "then": _set_level("bed_lamp")},
        ],
    )
    fairy = {
        "name": "Fairy lights",
        "unique_id": "fairy_lights",
        "state": "{{ is_state('input_boolean.fairy_power', 'on') }}",
        **_power("fairy_power"),
    }
    ceiling = _light(
        "ceiling", availability="{{ is_state('input_boolean.ceiling_available', 'on') }}"
    )
    reading = _light(
        "reading_light", availability="{{ is_state('input_boolean.reading_available', 'on') }}"
    )
    console = {
        "name": "Console plug",
        "unique_id": "console_plug",
        "state": "{{ is_state('input_boolean.console_power', 'on') }}",
        "availability": "{{ is_state('input_boolean.console_available', 'on') }}",
        **_power("console_power"),
    }
    assert await async_setup_component(
        hass,
        "template",
        {"template": [{"light": [bed_lamp, ceiling, reading, fairy], "switch": [console]}]},
    )
    assert await async_setup_component(
        hass,
        "media_player",
        {
            "media_player": [
                {
                    "platform": "universal",
                    "name": "Bedroom TV",
                    "unique_id": "bedroom_tv",
                    "attributes": {"state": "input_boolean.tv_power"},
                    "commands": {
                        service: actions[0] for service, actions in _power("tv_power").items()
                    },
                },
                {
                    "platform": "universal",
                    "name": "Bedroom radio",
                    "unique_id": "bedroom_radio",
                    "attributes": {"state": "input_boolean.radio_power"},
                },
            ]
        },
    )
    remote = DemoRemote("Bedroom remote", True)
    remote.entity_id = REMOTE
    setup_test_component_platform(hass, "remote", [remote])
    assert await async_setup_component(hass, "remote", {"remote": [{"platform": "test"}]})
    await hass.async_block_till_done()


async def set_helper(hass: HomeAssistant, entity_id: str, value: Any) -> None:
    """Move a backing helper by hand (a wall dimmer, a TV's own remote, a device dropping out)."""
    domain = entity_id.split(".", 1)[0]
    if domain == "input_number":
        service, data = "set_value", {"value": value}
    else:
        service, data = ("turn_on" if value else "turn_off"), {}
    await hass.services.async_call(
        domain, service, {"entity_id": entity_id, **data}, blocking=True, context=Context()
    )
    await settle(hass)


async def advance(hass: HomeAssistant, freezer: FrozenDateTimeFactory, to: datetime) -> None:
    """Move the clock to ``to`` a minute at a time, letting every timer run when it is due."""
    await time_helpers.advance(hass, freezer, to, step=timedelta(minutes=1))
    await settle(hass)


async def settle(hass: HomeAssistant) -> None:
    """Let a chain of state changes run out (helper -> template entity -> our listener).

    State listeners run on the next loop turn, and a turn with no task in flight ends Home
    Assistant's wait; a few waits let the whole chain through.
    """
    for _ in range(3):
        await hass.async_block_till_done()


class CallLog:
    """The light and screen service calls not made by a test's person."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Listen to every service call."""
        self.calls: list[tuple[str, str, list[str], dict[str, Any]]] = []
        self.person_contexts: set[str] = set()
        self.unsub: Callable[[], None] = hass.bus.async_listen(EVENT_CALL_SERVICE, self._on_call)

    @callback
    def _on_call(self, event: Event) -> None:
        data = event.data
        if data["domain"] not in DEVICE_DOMAINS or event.context.id in self.person_contexts:
            return
        service_data = dict(data["service_data"])
        entity_ids = service_data.pop("entity_id")
        entity_ids = [entity_ids] if isinstance(entity_ids, str) else list(entity_ids)
        self.calls.append((data["domain"], data["service"], entity_ids, service_data))

    def take(self) -> list[tuple[str, str, list[str], dict[str, Any]]]:
        """Return the calls since the last take."""
        calls, self.calls = self.calls, []
        return calls

    async def person(
        self, hass: HomeAssistant, domain: str, service: str, entity_id: str, **data: Any
    ) -> None:
        """Change a device the way a person does in the app: a service call of their own."""
        context = Context()
        self.person_contexts.add(context.id)
        await hass.services.async_call(
            domain, service, {"entity_id": entity_id, **data}, blocking=True, context=context
        )
        await settle(hass)


LONDON = "Europe/London"


async def start_bedroom(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    at: datetime,
    *,
    lights: list[str] | None = None,
    screens: list[str] | None = None,
    **options: Any,
) -> tuple[MockConfigEntry, CallLog]:
    """At ``at`` (in London unless it says else), build the bedroom and set up its entry."""
    await hass.config.async_set_time_zone(str(at.tzinfo))
    freezer.move_to(at)
    await setup_bedroom(hass)
    entry = detox_entry(hass, lights=lights, screens=screens, **options)
    log = CallLog(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry, log


async def restart(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Unload the bedroom (writing what is pending) and set it up again, as a restart does."""
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
