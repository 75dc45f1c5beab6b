"""Do Not Disturb on real companion-app phones: asked at detox time, given back at wake."""

from __future__ import annotations

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.const import CONF_PHONE_DND, CONF_PHONES

from .bedroom_fixtures import restart
from .phone_app import DND, AppPhone, async_app_phone, pushed_commands
from .test_phone_screens import at, clients, evening  # noqa: F401 (fixtures)
from .time_helpers import advance, set_up_at


async def _bedroom(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    entry: MockConfigEntry,
    phones: list[AppPhone],
    dnd: bool = True,
) -> None:
    hass.config_entries.async_update_entry(
        entry,
        data=entry.data | {CONF_PHONES: [phone.device_id for phone in phones]},
        options=entry.options | {CONF_PHONE_DND: dnd},
    )
    await set_up_at(hass, freezer, entry, at(21))


async def test_dnd_asked_and_given_back(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    clients: tuple[ClientSessionGenerator, ClientSessionGenerator],  # noqa: F811 (fixture)
    aioclient_mock: AiohttpClientMocker,
    bedroom_entry: MockConfigEntry,
) -> None:
    """Off before: priority only at 22:00, off again at wake; the person's own change is kept."""
    pixel = await async_app_phone(hass, clients, aioclient_mock, "Pixel")
    await pixel.register(DND, "off")
    tablet = await async_app_phone(hass, clients, aioclient_mock, "Tablet")
    await tablet.register(DND, "off")
    iphone = await async_app_phone(hass, clients, aioclient_mock, "iPhone", "iOS")
    await _bedroom(hass, freezer, bedroom_entry, [pixel, tablet, iphone])

    await advance(hass, freezer, at(22, 1))
    commands = pushed_commands(aioclient_mock)
    assert commands == [{"message": "command_dnd", "command": "priority_only"}] * 2
    await pixel.update(DND, "priority_only")
    await tablet.update(DND, "priority_only")
    # In the night the tablet's owner turns it to total silence: that stays theirs.
    await advance(hass, freezer, at(2))
    await tablet.update(DND, "total_silence")

    await advance(hass, freezer, at(6, 31))
    assert pushed_commands(aioclient_mock)[2:] == [{"message": "command_dnd", "command": "off"}]


async def test_no_dnd_unless_chosen(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    clients: tuple[ClientSessionGenerator, ClientSessionGenerator],  # noqa: F811 (fixture)
    aioclient_mock: AiohttpClientMocker,
    bedroom_entry: MockConfigEntry,
) -> None:
    """Without the option, and for a phone already quiet, nothing is sent."""
    pixel = await async_app_phone(hass, clients, aioclient_mock, "Pixel")
    await pixel.register(DND, "off")
    await _bedroom(hass, freezer, bedroom_entry, [pixel], dnd=False)
    await advance(hass, freezer, at(22, 1))
    await advance(hass, freezer, at(2))
    await advance(hass, freezer, at(6, 31))
    assert pushed_commands(aioclient_mock) == []


async def test_a_restart_in_the_night_neither_asks_again_nor_forgets(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    clients: tuple[ClientSessionGenerator, ClientSessionGenerator],  # noqa: F811 (fixture)
    aioclient_mock: AiohttpClientMocker,
    bedroom_entry: MockConfigEntry,
) -> None:
    """What was asked is in the night log: after a restart at 01:00 it is given back at wake."""
    pixel = await async_app_phone(hass, clients, aioclient_mock, "Pixel")
    await pixel.register(DND, "off")
    await _bedroom(hass, freezer, bedroom_entry, [pixel])
    await advance(hass, freezer, at(22, 1))
    assert pushed_commands(aioclient_mock) == [
        {"message": "command_dnd", "command": "priority_only"}
    ]
    await pixel.update(DND, "priority_only")

    await advance(hass, freezer, at(1))
    await restart(hass, bedroom_entry)
    await advance(hass, freezer, at(2))
    assert len(pushed_commands(aioclient_mock)) == 1

    await advance(hass, freezer, at(6, 31))
    assert pushed_commands(aioclient_mock)[1:] == [{"message": "command_dnd", "command": "off"}]
