"""Drive the frontend like a person (log in, pick entities, fill times), photographing each step."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
import os
from pathlib import Path
import re

from playwright.async_api import Error as PlaywrightError, Locator, Page, ViewportSize, expect

from .api import PASSWORD, USERNAME

SCREENSHOTS = Path(__file__).parent / "screenshots"
DOCS = Path(__file__).resolve().parents[2] / "docs"
# Set to 1 (scripts/screenshots does) to write the README's pictures into docs/; otherwise they
# go beside the other screenshots, and a test run leaves the checkout as it was.
README_PICTURES = "SLEEP_HYGIENE_README_PICTURES"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Nothing leaves the machine: brand icons and the like resolve to nowhere.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
# The frontend is slow to render on a busy 2-core machine; wait longer than Playwright's 5 s.
expect.set_options(timeout=15_000)


def readme_picture(name: str) -> Path:
    """Return where this run saves the README's picture ``docs/<name>.png``."""
    folder = DOCS if os.environ.get(README_PICTURES) == "1" else SCREENSHOTS / "readme"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.png"


class Ui:
    """A page of the frontend, with a numbered screenshot after every step."""

    def __init__(self, page: Page, url: str, folder: Path, shots: list[Path]) -> None:
        """Photograph into ``folder`` and record each file in ``shots``."""
        self.page = page
        self.url = url
        self.folder = folder
        self.shots = shots

    async def screenshot(self, name: str) -> Path:
        """Save a screenshot of the page now."""
        self.folder.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        path = self.folder / f"{len(self.shots) + 1:02d}-{slug}.png"
        await self.page.screenshot(path=path)
        self.shots.append(path)
        return path

    @asynccontextmanager
    async def step(self, name: str) -> AsyncIterator[None]:
        """Run one step; photograph the result, or the failure with its path in the error."""
        try:
            yield
        except Exception as err:
            try:
                path = await self.screenshot(f"{name} FAILED")
            except PlaywrightError as shot_error:
                err.add_note(f"no screenshot of the failed step {name!r}: {shot_error}")
            else:
                err.add_note(f"screenshot of the failed step {name!r}: {path}")
            raise
        await self.screenshot(name)

    async def open(self, path: str) -> None:
        """Navigate inside Home Assistant."""
        await self.page.goto(self.url + path)

    async def log_in(self) -> None:
        """Log in through the login page."""
        await self.open("/")
        await self.page.get_by_role("textbox", name="Username").fill(USERNAME)
        await self.page.get_by_role("textbox", name="Password").fill(PASSWORD)
        await self.page.get_by_role("button", name="Log in").click()
        await self.page.wait_for_url(re.compile(r"/home/"))

    def flow_title(self, title: str) -> Locator:
        """Return the title of the config/options flow dialog, if it shows ``title``."""
        return self.page.locator("dialog-data-entry-flow").get_by_title(title, exact=True)

    def selector(self, kind: str, label: str) -> Locator:
        """Return a form field of ``kind`` (entity, time, ...) by its label ("*" if required)."""
        return self.page.locator(f"ha-selector-{kind}").filter(
            has=self.page.get_by_text(re.compile(rf"^{re.escape(label)}(\s*\*)?$"))
        )

    async def pick_entity(self, label: str, name: str) -> None:
        """Choose ``name`` in the entity picker labelled ``label`` (adds to a multiple one)."""
        field = self.selector("entity", label)
        add = field.get_by_role("button", name="Add entity")
        if await add.count():
            await add.click()
        else:
            await field.locator("ha-picker-field").last.click()
        combo = self.page.locator("ha-picker-combo-box")
        await combo.get_by_role("textbox").fill(name)
        await combo.locator("ha-combo-box-item", has_text=name).first.click()
        await expect(field.locator("ha-picker-field", has_text=name)).to_be_visible()

    async def set_time(self, label: str, hours: int, minutes: int) -> None:
        """Type a time into the 12-hour time field labelled ``label`` (keeps AM/PM)."""
        field = self.selector("time", label)
        await field.locator("input[name=hours]").fill(str(hours))
        await field.locator("input[name=minutes]").fill(f"{minutes:02d}")
