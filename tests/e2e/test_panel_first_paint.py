"""The panel's first paint on a phone: a gzip-encoded module and one round trip for its data.

The module is loaded on every Home Assistant page (the card is offered on every dashboard), so
it travels gzip-encoded to a browser that accepts it; the first view comes with the bedrooms'
list, so a phone waits for one websocket round trip before it sees it, not two.
"""

from __future__ import annotations

import gzip
import json
from typing import Any

import aiohttp
from playwright.async_api import WebSocket, expect
import pytest

from .api import HomeAssistantApi
from .panel import PANEL, PHONE, show_as
from .server import ROOT
from .ui import Ui

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

BUNDLE = ROOT / "custom_components" / "sleep_hygiene" / "panel" / "sleep-hygiene.js"
MODULE_PATH = "/sleep_hygiene_static/sleep-hygiene.js"


async def test_the_module_is_sent_gzip_encoded_to_a_browser_that_accepts_it(
    api: HomeAssistantApi, bedroom: str
) -> None:
    """Asked with Accept-Encoding: gzip, Home Assistant sends the .gz beside the bundle."""
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        async with session.get(
            api.url + MODULE_PATH, headers={"Accept-Encoding": "gzip, deflate, br, zstd"}
        ) as response:
            assert response.status == 200
            assert response.headers["Content-Encoding"] == "gzip"
            assert response.headers["Content-Type"] == "text/javascript"
            body = await response.read()
        async with session.get(
            api.url + MODULE_PATH, headers={"Accept-Encoding": "identity"}
        ) as plain:
            assert "Content-Encoding" not in plain.headers
            assert await plain.read() == BUNDLE.read_bytes()
    assert body == BUNDLE.with_name(f"{BUNDLE.name}.gz").read_bytes()
    assert gzip.decompress(body) == BUNDLE.read_bytes()
    assert len(body) < len(BUNDLE.read_bytes()) / 3


async def test_the_first_view_paints_after_one_round_trip(ui: Ui, bedroom: str) -> None:
    """Opening the panel on a phone: bedrooms (with the first view), then the view; no morning."""
    page = ui.page
    sent: list[str] = []

    def follow(socket: WebSocket) -> None:
        def on_frame(payload: str | bytes) -> None:
            try:
                message: Any = json.loads(payload)
            except ValueError:
                return
            kind = message.get("type", "") if isinstance(message, dict) else ""
            if isinstance(kind, str) and kind.startswith("sleep_hygiene/"):
                sent.append(kind)

        socket.on("framesent", on_frame)

    page.on("websocket", follow)
    await show_as(ui, PHONE, "light")
    async with ui.step("the first view, painted"):
        await ui.open(PANEL)
        panel = page.locator("sleep-hygiene-panel")
        view = panel.locator("sleep-hygiene-morning, sleep-hygiene-tonight")
        await expect(view.first).to_be_visible()
        await expect(panel.get_by_text("Loading", exact=False)).to_have_count(0)
    before_paint = list(sent)
    assert "sleep_hygiene/bedrooms" in before_paint
    # The first view came with the list: neither was asked for on its own.
    assert "sleep_hygiene/morning" not in before_paint, before_paint
    assert "sleep_hygiene/tonight" not in before_paint, before_paint

    # The browser got the module gzip-encoded: fewer bytes on the wire than it runs.
    sizes = await page.evaluate(
        """path => performance.getEntriesByType("resource")
            .filter(entry => new URL(entry.name).pathname === path)
            .map(entry => [entry.encodedBodySize, entry.decodedBodySize])""",
        MODULE_PATH,
    )
    assert sizes, "the module was loaded"
    encoded, decoded = sizes[0]
    assert decoded == len(BUNDLE.read_bytes())
    assert encoded < decoded / 3
