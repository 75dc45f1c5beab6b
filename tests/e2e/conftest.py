"""A real Home Assistant with its frontend, a logged-in Chromium and an API client, per session.

Run by scripts/test (``pytest tests/e2e -m e2e -p no:homeassistant --confcutdir tests/e2e``):
Home Assistant runs in a subprocess, so pytest-homeassistant's in-process fixtures do not apply.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from pathlib import Path
import shutil

import aiohttp
from playwright.async_api import BrowserContext, async_playwright
import pytest
import pytest_asyncio

from .api import HomeAssistantApi, onboard
from .bedroom import add_bedroom
from .server import Server, home_assistant
from .ui import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, VIEWPORT, Ui

SHOTS = pytest.StashKey[list[Path]]()
HA_LOG = pytest.StashKey[Path]()
LOG_START = pytest.StashKey[int]()
LOG_LINES = 15


@pytest.fixture(scope="session")
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """Start Home Assistant with the demo bedroom and the integration from this checkout."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    with home_assistant(tmp_path_factory.mktemp("config")) as running:
        request.config.stash[HA_LOG] = running.log
        yield running


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def api(server: Server) -> AsyncIterator[HomeAssistantApi]:
    """Finish onboarding and return a client with the new owner's token."""
    async with aiohttp.ClientSession() as session:
        yield await onboard(session, server.url)


@pytest.fixture(scope="session")
def chromium() -> str:
    """Return Debian's Chromium, or fail saying how to get it."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup as root (apt-get install chromium)")
    return CHROMIUM


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser(
    api: HomeAssistantApi, chromium: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[BrowserContext]:
    """Launch Debian's Chromium with a fresh profile and log in through the login page."""
    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"),
            executable_path=chromium,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport=VIEWPORT,
        )
        page = context.pages[0] if context.pages else await context.new_page()
        ui = Ui(page, api.url, SCREENSHOTS / "login", [])
        async with ui.step("logged in"):
            await ui.log_in()
        yield context
        await context.close()


@pytest_asyncio.fixture(loop_scope="session")
async def ui(
    request: pytest.FixtureRequest, browser: BrowserContext, api: HomeAssistantApi
) -> AsyncIterator[Ui]:
    """Return a fresh logged-in page that photographs into screenshots/<test name>/."""
    shots: list[Path] = []
    request.node.stash[SHOTS] = shots
    page = await browser.new_page()
    yield Ui(page, api.url, SCREENSHOTS / request.node.name, shots)
    await page.close()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def bedroom(browser: BrowserContext, api: HomeAssistantApi) -> AsyncIterator[str]:
    """Add the demo bedroom through the config flow in the UI once; yield its entry id."""
    page = await browser.new_page()
    yield await add_bedroom(Ui(page, api.url, SCREENSHOTS / "add_bedroom", []), api)
    await page.close()


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Remember where Home Assistant's log stood, to report only what a test made it log."""
    if (log := item.config.stash.get(HA_LOG, None)) is not None:
        item.stash[LOG_START] = log.stat().st_size


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """List a failed test's screenshots, and Home Assistant's last errors, under its report."""
    report = yield
    if not report.failed:
        return report
    if shots := item.stash.get(SHOTS, []):
        report.sections.append(("screenshots", "\n".join(str(path) for path in shots)))
    if (log := item.config.stash.get(HA_LOG, None)) is not None:
        with log.open() as lines:
            lines.seek(item.stash.get(LOG_START, 0))
            errors = [line.rstrip() for line in lines if " ERROR " in line]
        report.sections.append(
            (f"Home Assistant errors meanwhile ({log})", "\n".join(errors[-LOG_LINES:]) or "none")
        )
    return report
