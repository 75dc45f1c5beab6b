"""The brand images Home Assistant serves from the integration's brand/ folder (2026.3 and later).

Every image it asks for is there, a PNG with transparency at the size its brand images use.
"""

from __future__ import annotations

from pathlib import Path
import struct

from homeassistant.core import HomeAssistant
from homeassistant.loader import async_get_integration
import pytest

from custom_components.sleep_hygiene.const import DOMAIN

BRAND = Path(__file__).parent.parent / "custom_components" / "sleep_hygiene" / "brand"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
RGBA = 6  # the IHDR colour type of a truecolour image with an alpha channel


def _header(path: Path) -> tuple[int, int, int]:
    """Return a PNG's width, height and colour type from its IHDR chunk."""
    head = path.read_bytes()[:26]
    assert head[:8] == PNG_SIGNATURE, path.name
    assert head[12:16] == b"IHDR", path.name
    width, height = struct.unpack(">II", head[16:24])
    return width, height, head[25]


@pytest.mark.parametrize("scheme", ["", "dark_"])
def test_icons_are_square_256_and_512(scheme: str) -> None:
    assert _header(BRAND / f"{scheme}icon.png") == (256, 256, RGBA)
    assert _header(BRAND / f"{scheme}icon@2x.png") == (512, 512, RGBA)


@pytest.mark.parametrize("scheme", ["", "dark_"])
def test_logos_are_landscape_and_the_2x_is_twice_the_size(scheme: str) -> None:
    width, height, colour = _header(BRAND / f"{scheme}logo.png")
    assert (height, colour) == (256, RGBA)
    assert width > height
    assert _header(BRAND / f"{scheme}logo@2x.png") == (2 * width, 2 * height, RGBA)


def test_only_the_images_home_assistant_serves() -> None:
    names = {
        f"{scheme}{kind}{scale}.png"
        for scheme in ("", "dark_")
        for kind in ("icon", "logo")
        for scale in ("", "@2x")
    }
    assert {path.name for path in BRAND.iterdir()} == names


async def test_home_assistant_finds_the_brand_folder(hass: HomeAssistant) -> None:
    integration = await async_get_integration(hass, DOMAIN)
    if not hasattr(integration, "has_branding"):
        pytest.skip("before 2026.3 Home Assistant takes brand images from its CDN only")
    assert integration.has_branding
