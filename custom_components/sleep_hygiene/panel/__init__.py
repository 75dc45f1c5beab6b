"""The Sleep panel and card: one bundled module, served by Home Assistant, and its websocket API.

The bundle (``sleep-hygiene.js``, built from ``frontend/`` and committed) defines the panel, the
Lovelace card and the card's editor. Its URL carries a hash of its content, so a browser never
keeps an old one after an update. The panel shows while at least one loaded
bedroom wants it; the card is offered on every dashboard once a bedroom is set up.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Final

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util.hass_dict import HassKey

from ..compat import StaticPathConfig
from ..const import CONF_SHOW_PANEL, DEFAULT_SHOW_PANEL, DOMAIN, PANEL_PATH
from .websocket_api import async_register_commands

BUNDLE: Final = Path(__file__).with_name("sleep-hygiene.js")
STATIC_URL: Final = f"/{DOMAIN}_static/{BUNDLE.name}"
PANEL_ELEMENT: Final = "sleep-hygiene-panel"
PANEL_ICON: Final = "mdi:bed-clock"
# The module's URL once served (with its content hash), or absent before the first bedroom.
MODULE_URL: HassKey[str] = HassKey(f"{DOMAIN}_module_url")
# Held while the module is being served: bedrooms set up together (a start) serve it once.
SERVING: HassKey[asyncio.Lock] = HassKey(f"{DOMAIN}_serving")

__all__ = ["PANEL_PATH", "async_register_commands", "async_update_panel"]


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


async def _async_serve_bundle(hass: HomeAssistant) -> str:
    """Serve the bundle and offer the card on dashboards, once; return the module's URL."""
    async with hass.data.setdefault(SERVING, asyncio.Lock()):
        if (url := hass.data.get(MODULE_URL)) is not None:
            return url
        # Memory: the frontend's modules are imported only when Home Assistant's frontend runs.
        from homeassistant.components import frontend  # noqa: PLC0415

        version = await hass.async_add_executor_job(_hash, BUNDLE)
        await hass.http.async_register_static_paths(
            [StaticPathConfig(STATIC_URL, str(BUNDLE), cache_headers=True)]
        )
        url = hass.data[MODULE_URL] = f"{STATIC_URL}?v={version}"
        frontend.add_extra_js_url(hass, url)
        return url


async def _async_title(hass: HomeAssistant) -> str:
    """Return the sidebar's title in the instance's language (a sidebar has one for everyone)."""
    key = f"component.{DOMAIN}.common.panel_title"
    texts = await async_get_translations(hass, hass.config.language, "common", [DOMAIN])
    return texts.get(key, "Sleep")


def _panel_wanted(hass: HomeAssistant) -> bool:
    # A bedroom calls this last in its setup (so it counts) and in its unload (so it does not).
    return any(
        entry.options.get(CONF_SHOW_PANEL, DEFAULT_SHOW_PANEL)
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.state in (ConfigEntryState.LOADED, ConfigEntryState.SETUP_IN_PROGRESS)
    )


async def async_update_panel(hass: HomeAssistant) -> None:
    """Show the Sleep panel while a loaded bedroom wants it, remove it when none does.

    Nothing happens without Home Assistant's frontend (a headless instance, most tests).
    """
    if "frontend" not in hass.config.components:
        return
    # Memory: the frontend's modules are imported only when Home Assistant's frontend runs.
    from homeassistant.components import frontend, panel_custom  # noqa: PLC0415

    url = await _async_serve_bundle(hass)
    shown = PANEL_PATH in hass.data.get(frontend.DATA_PANELS, {})
    if _panel_wanted(hass) and not shown:
        await panel_custom.async_register_panel(
            hass,
            frontend_url_path=PANEL_PATH,
            webcomponent_name=PANEL_ELEMENT,
            sidebar_title=await _async_title(hass),
            sidebar_icon=PANEL_ICON,
            module_url=url,
            config={"domain": DOMAIN},
        )
    elif not _panel_wanted(hass) and shown:
        frontend.async_remove_panel(hass, PANEL_PATH)
