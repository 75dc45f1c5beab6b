"""The shipped blueprints: valid for Home Assistant's blueprint schema, and working when used."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.automation.helpers import async_get_blueprints
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Event, HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.sleep_hygiene.blueprint_install import (
    SHIPPED,
    async_install_blueprints,
)
from custom_components.sleep_hygiene.const import DOMAIN

from .conftest import PHONE_PUSH_URL
from .time_helpers import advance, set_up_at

BLUEPRINTS = (
    "caffeine_cutoff_reminder.yaml",
    "lights_out_announcement.yaml",
    "morning_check_in.yaml",
)
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
async def blueprints(hass: HomeAssistant) -> None:
    """Install the shipped blueprints in this test's config folder, as setting up a bedroom does."""
    await async_install_blueprints(hass)


async def _automation(hass: HomeAssistant, blueprint: str, inputs: dict[str, Any]) -> str:
    """Create an automation from a blueprint; return its entity id."""
    config = {
        "id": blueprint,
        "alias": blueprint,
        "use_blueprint": {"path": f"{DOMAIN}/{blueprint}.yaml", "input": inputs},
    }
    assert await async_setup_component(hass, "automation", {"automation": [config]})
    await hass.async_block_till_done()
    entity_id = f"automation.{blueprint}"
    assert hass.states.get(entity_id).state == "on"
    return entity_id


def _at(day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=LONDON)


def test_every_shipped_blueprint_is_tested() -> None:
    assert sorted(path.name for path in SHIPPED.glob("*.yaml")) == sorted(BLUEPRINTS)


@pytest.mark.parametrize("name", BLUEPRINTS)
@pytest.mark.usefixtures("blueprints")
async def test_blueprint_passes_home_assistant_schema(hass: HomeAssistant, name: str) -> None:
    blueprint = await async_get_blueprints(hass).async_get_blueprint(f"{DOMAIN}/{name}")
    assert blueprint.domain == "automation"
    assert blueprint.name.startswith("Sleep Hygiene \N{EN DASH} ")
    # Where "Re-import blueprint" fetches it from: the file in the integration.
    assert blueprint.metadata["source_url"].endswith(
        f"/custom_components/{DOMAIN}/blueprints/automation/{name}"
    )
    # Home Assistant refuses to save without an input that has no default: its name says so
    # (the editor's pickers do not show that they are required).
    inputs = {**blueprint.inputs}
    for key, described in list(inputs.items()):
        if described and "input" in described:  # a section of inputs
            inputs |= described["input"]
            del inputs[key]
    for key, described in inputs.items():
        required = "default" not in (described or {})
        assert ("(required)" in described["name"]) is required, (name, key)


@pytest.mark.usefixtures("blueprints")
async def test_caffeine_cutoff_reminder(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    await set_up_at(hass, freezer, bedroom_entry, _at(20, 12, 0))
    await _automation(
        hass,
        "caffeine_cutoff_reminder",
        {
            "routine_calendar": "calendar.main_bedroom_evening_routine",
            "phone": registered_phone,
            "offset": {"hours": 0, "minutes": -15, "seconds": 0},
        },
    )

    def reminders() -> list[tuple[str, str]]:
        return [
            (call[2]["title"], call[2]["message"])
            for call in aioclient_mock.mock_calls
            if str(call[1]) == PHONE_PUSH_URL and call[2].get("title") == "Caffeine cut-off"
        ]

    # The calendar trigger looks ahead every 15 minutes; the cut-off is at 14:00.
    for minute in range(15, 120, 15):
        await advance(hass, freezer, _at(20, 12 + minute // 60, minute % 60))
        assert reminders() == [], minute
    await advance(hass, freezer, _at(20, 13, 45, 1))
    assert reminders() == [
        (
            "Caffeine cut-off",
            "No more coffee, tea, cola or energy drinks today. Your legs will thank you tonight.",
        )
    ]
    # The other steps of the evening are on the same calendar and remind nobody.
    for hour, minute in [(14, 0), (19, 15), (19, 30), (21, 15), (21, 30), (22, 30)]:
        await advance(hass, freezer, _at(20, hour, minute))
    assert len(reminders()) == 1
    # A calendar trigger looks ahead until its automation stops: stop it before the test ends.
    await hass.services.async_call(
        "automation", "turn_off", {"entity_id": "all", "stop_actions": True}, blocking=True
    )


@pytest.mark.usefixtures("blueprints")
async def test_lights_out_announcement(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    # A speaker whose play_media records what it was asked to play.
    assert await async_setup_component(
        hass, "input_text", {"input_text": {"speaker_played": {"max": 255}}}
    )
    assert await async_setup_component(
        hass,
        "media_player",
        {
            "media_player": [
                {
                    "platform": "universal",
                    "name": "Bedside speaker",
                    "state_template": "idle",
                    "commands": {
                        "play_media": {
                            "action": "input_text.set_value",
                            "target": {"entity_id": "input_text.speaker_played"},
                            "data": {"value": "{{ media_content_id }}"},
                        }
                    },
                }
            ]
        },
    )
    await set_up_at(hass, freezer, bedroom_entry, _at(20, 22, 0))
    message = "media-source://tts/demo?message=Lights+out.+Sleep+well."
    await _automation(
        hass,
        "lights_out_announcement",
        {
            "bedroom": bedroom_entry.entry_id,
            "announcement": {
                "entity_id": "media_player.bedside_speaker",
                "media_content_id": message,
                "media_content_type": "provider",
            },
        },
    )
    for minute in (15, 29):
        await advance(hass, freezer, _at(20, 22, minute))
    assert hass.states.get("input_text.speaker_played").state != message
    await advance(hass, freezer, _at(20, 22, 30))
    assert hass.states.get("input_text.speaker_played").state == message

    # Not on a skipped night.
    await hass.services.async_call(
        "input_text",
        "set_value",
        {"entity_id": "input_text.speaker_played", "value": "nothing"},
        blocking=True,
    )
    await advance(hass, freezer, _at(21, 6, 30))
    await advance(hass, freezer, _at(21, 21, 0))
    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": bedroom_entry.entry_id}, blocking=True
    )
    for hour, minute in [(21, 30), (22, 0), (22, 15), (22, 30)]:
        await advance(hass, freezer, _at(21, hour, minute))
    assert hass.states.get("input_text.speaker_played").state == "nothing"


def _check_ins(events: list[Event]) -> list[dict[str, Any]]:
    return [
        e.data["service_data"]
        for e in events
        if e.data["domain"] == DOMAIN and e.data["service"] == "send_check_in"
    ]


async def _set_state(hass: HomeAssistant, domain: str, service: str, data: dict[str, Any]) -> None:
    await hass.services.async_call(domain, service, data, blocking=True)
    await hass.async_block_till_done()
    # Template entities render on a timer scheduled for "now": let the frozen clock run it.
    async_fire_time_changed(hass)
    await hass.async_block_till_done()


@pytest.mark.usefixtures("blueprints")
async def test_morning_check_in_when_leaving_bed(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    # A bed-occupancy sensor, made of real helpers.
    assert await async_setup_component(hass, "input_boolean", {"input_boolean": {"in_bed": {}}})
    assert await async_setup_component(
        hass,
        "template",
        {
            "template": [
                {
                    "binary_sensor": [
                        {
                            "name": "Bed occupied",
                            "state": "{{ is_state('input_boolean.in_bed', 'on') }}",
                            "device_class": "occupancy",
                        }
                    ]
                }
            ]
        },
    )
    await set_up_at(hass, freezer, bedroom_entry, _at(21, 2, 50))
    await _automation(
        hass,
        "morning_check_in",
        {"bedroom": bedroom_entry.entry_id, "got_up_entity": "binary_sensor.bed_occupied"},
    )
    calls = async_capture_events(hass, EVENT_CALL_SERVICE)
    bed = {"entity_id": "input_boolean.in_bed"}
    await _set_state(hass, "input_boolean", "turn_on", bed)

    # Up at 3 a.m. for a glass of water: too early for the check-in.
    freezer.move_to(_at(21, 3, 0))
    await _set_state(hass, "input_boolean", "turn_off", bed)
    await _set_state(hass, "input_boolean", "turn_on", bed)
    assert _check_ins(calls) == []

    freezer.move_to(_at(21, 7, 5))
    await _set_state(hass, "input_boolean", "turn_off", bed)
    assert _check_ins(calls) == [{"config_entry_id": bedroom_entry.entry_id}]

    # Back to bed and up again: the morning was asked already.
    freezer.move_to(_at(21, 7, 20))
    await _set_state(hass, "input_boolean", "turn_on", bed)
    await _set_state(hass, "input_boolean", "turn_off", bed)
    assert len(_check_ins(calls)) == 1

    # The next morning asks again.
    freezer.move_to(_at(22, 6, 50))
    await _set_state(hass, "input_boolean", "turn_on", bed)
    await _set_state(hass, "input_boolean", "turn_off", bed)
    assert len(_check_ins(calls)) == 2


@pytest.mark.usefixtures("blueprints")
async def test_morning_check_in_when_the_alarm_moves_on(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    # Like a phone's next-alarm sensor: the time moves on when the alarm is dismissed.
    assert await async_setup_component(
        hass,
        "input_datetime",
        {"input_datetime": {"next_alarm": {"has_date": True, "has_time": True}}},
    )
    await set_up_at(hass, freezer, bedroom_entry, _at(21, 6, 0))
    await _set_state(
        hass,
        "input_datetime",
        "set_datetime",
        {"entity_id": "input_datetime.next_alarm", "datetime": "2026-11-21 06:40:00"},
    )
    await _automation(
        hass,
        "morning_check_in",
        {
            "bedroom": bedroom_entry.entry_id,
            "got_up_entity": "input_datetime.next_alarm",
            "got_up_state": "any",
        },
    )
    calls = async_capture_events(hass, EVENT_CALL_SERVICE)
    freezer.move_to(_at(21, 6, 42))
    await _set_state(
        hass,
        "input_datetime",
        "set_datetime",
        {"entity_id": "input_datetime.next_alarm", "datetime": "2026-11-22 06:40:00"},
    )
    assert _check_ins(calls) == [{"config_entry_id": bedroom_entry.entry_id}]
