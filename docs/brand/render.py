"""Render the brand images Home Assistant serves from the integration's own brand/ folder.

Home Assistant 2026.3 and later serve ``<integration>/brand/<name>.png`` for a custom integration
(icon, logo, their @2x and their dark_ variants). All eight come from mark.svg, drawn by Chromium
with a transparent background: dark_ ones with a dark colour scheme, @2x at twice the pixels.

    .venvs/ha-2026.11.0/bin/python docs/brand/render.py
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from playwright.async_api import Browser, async_playwright

HERE = Path(__file__).parent
BRAND = HERE.parent.parent / "custom_components" / "sleep_hygiene" / "brand"
CHROMIUM = "/usr/bin/chromium"
SIZE = 256  # the icon's side and the logo's height, in pixels at 1x
WORDMARK = "Sleep<br>Hygiene"
PAGE = """<!doctype html>
<style>
  body {{ margin: 0; }}
  #art {{ display: inline-flex; align-items: center; gap: 20px; height: {size}px; }}
  #art svg {{ display: block; width: {size}px; height: {size}px; }}
  #art span {{
    font: bold 92px/0.98 "DejaVu Sans", sans-serif; letter-spacing: -2px; color: var(--frame);
  }}
</style>
<div id="art">{mark}{wordmark}</div>
"""


async def _render(browser: Browser, name: str, scheme: str, scale: int) -> None:
    wordmark = f"<span>{WORDMARK}</span>" if name == "logo" else ""
    page = await browser.new_page(
        device_scale_factor=scale, color_scheme="dark" if scheme == "dark" else "light"
    )
    mark = (HERE / "mark.svg").read_text(encoding="utf-8")
    await page.set_content(PAGE.format(size=SIZE, mark=mark, wordmark=wordmark))
    art = page.locator("#art")
    # A whole number of pixels at 1x, so @2x is exactly twice the size.
    width = await art.evaluate("e => Math.ceil(e.getBoundingClientRect().width)")
    await art.evaluate(f"e => e.style.width = '{width}px'")
    prefix = "dark_" if scheme == "dark" else ""
    suffix = "@2x" if scale == 2 else ""
    await art.screenshot(path=BRAND / f"{prefix}{name}{suffix}.png", omit_background=True)
    await page.close()


async def main() -> None:
    """Render icon and logo, light and dark, at 1x and 2x."""
    BRAND.mkdir(exist_ok=True)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"]
        )
        for name in ("icon", "logo"):
            for scheme in ("light", "dark"):
                for scale in (1, 2):
                    await _render(browser, name, scheme, scale)
        await browser.close()


if __name__ == "__main__":
    asyncio.run(main())
