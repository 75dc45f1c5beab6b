"""The Sleep panel appears with the first bedroom, serves its module, and goes when asked."""

from __future__ import annotations

import gzip
from typing import Any

from homeassistant.components import frontend
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator, WebSocketGenerator

from custom_components.sleep_hygiene.const import CONF_SHOW_PANEL
from custom_components.sleep_hygiene.panel import BUNDLE, MODULE_URL, PANEL_PATH

from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS


async def _panels(hass: HomeAssistant, hass_ws_client: WebSocketGenerator) -> dict[str, Any]:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "get_panels"})
    reply = await client.receive_json()
    assert reply["success"]
    panels: dict[str, Any] = reply["result"]
    return panels


async def test_the_first_bedroom_brings_the_panel_and_the_card(
    hass: HomeAssistant,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_client: ClientSessionGenerator,
) -> None:
    assert await async_setup_component(hass, "frontend", {})
    assert PANEL_PATH not in await _panels(hass, hass_ws_client)

    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()

    panel = (await _panels(hass, hass_ws_client))[PANEL_PATH]
    assert panel["title"] == "Sleep"
    assert panel["icon"] == "mdi:bed-clock"
    assert panel["require_admin"] is False
    custom = panel["config"]["_panel_custom"]
    assert custom["name"] == "sleep-hygiene-panel"
    url = custom["module_url"]
    assert url.startswith("/sleep_hygiene_static/sleep-hygiene.js?v=")
    # The card's module is the same file, loaded on every dashboard.
    assert url in hass.data[frontend.DATA_EXTRA_MODULE_URL].urls

    client = await hass_client()
    response = await client.get(url)
    assert response.status == 200
    assert await response.read() == BUNDLE.read_bytes()
    # Only the bundle is served, not the integration's sources beside it.
    assert (await client.get("/sleep_hygiene_static/websocket_api.py")).status == 404

    await hass.config_entries.async_unload(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert PANEL_PATH not in await _panels(hass, hass_ws_client)


async def test_the_module_travels_gzip_encoded_to_a_browser_that_accepts_it(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    """Home Assistant's static handler sends the .gz beside the bundle: a fraction of its size."""
    assert await async_setup_component(hass, "frontend", {})
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    url = hass.data[MODULE_URL]
    compressed = BUNDLE.with_name(f"{BUNDLE.name}.gz").read_bytes()
    # The .gz is the bundle as gzip -9n makes it: no name, no time in its header.
    assert gzip.decompress(compressed) == BUNDLE.read_bytes()
    assert compressed[3] == 0  # no flags: no name, no comment
    assert compressed[4:8] == bytes(4)  # no time
    assert len(compressed) < len(BUNDLE.read_bytes()) / 3

    client = await hass_client()
    gzipped = await client.get(url, headers={"Accept-Encoding": "gzip, deflate, br, zstd"})
    assert gzipped.status == 200
    assert gzipped.headers["Content-Encoding"] == "gzip"
    assert gzipped.headers["Content-Length"] == str(len(compressed))
    assert gzipped.headers["Content-Type"] == "text/javascript"
    assert "max-age" in gzipped.headers["Cache-Control"]
    assert await gzipped.read() == BUNDLE.read_bytes()  # as the browser unpacks it

    plain = await client.get(url, headers={"Accept-Encoding": "identity"})
    assert plain.status == 200
    assert "Content-Encoding" not in plain.headers
    assert plain.headers["Content-Length"] == str(len(BUNDLE.read_bytes()))
    assert await plain.read() == BUNDLE.read_bytes()


async def test_the_panel_stays_while_one_bedroom_wants_it(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    assert await async_setup_component(hass, "frontend", {})
    hass.config_entries.async_update_entry(
        bedroom_entry, options={**BEDROOM_OPTIONS, CONF_SHOW_PANEL: False}
    )
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert PANEL_PATH not in await _panels(hass, hass_ws_client)

    guest = MockConfigEntry(
        domain="sleep_hygiene",
        title="Guest room",
        data={**BEDROOM_DATA, "lights": [], "screens": []},
        options=dict(BEDROOM_OPTIONS),
        unique_id="guest_room",
        version=1,
        minor_version=2,
    )
    guest.add_to_hass(hass)
    assert await hass.config_entries.async_setup(guest.entry_id)
    await hass.async_block_till_done()
    assert PANEL_PATH in await _panels(hass, hass_ws_client)

    # Switching it off in the guest room's options too (the bedroom reloads) removes it.
    hass.config_entries.async_update_entry(
        guest, options={**BEDROOM_OPTIONS, CONF_SHOW_PANEL: False}
    )
    await hass.config_entries.async_reload(guest.entry_id)
    await hass.async_block_till_done()
    assert PANEL_PATH not in await _panels(hass, hass_ws_client)


async def test_without_the_frontend_nothing_is_registered(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert "frontend" not in hass.config.components
    assert PANEL_PATH not in hass.data.get(frontend.DATA_PANELS, {})
    assert frontend.DATA_EXTRA_MODULE_URL not in hass.data
