"""The Sleep panel on a phone with a year of nights: first paint, check-in, Trends, payloads.

A real Home Assistant 2026.11.0 (the browser tests' server, ``tests/e2e/server.py``) is onboarded
and given a bedroom through the config flow; its journal then gets 365 nights before last night,
each with a full check-in and a measured night (bed sensor and the phone's sleep segment),
written as the stored format while Home Assistant is stopped (the check-in action only takes the
last 60 nights). Debian's Chromium opens the panel at the phone size, 412 x 915, RUNS times, each
time a fresh page load, and the panel's websocket commands are asked again and again for their
payload sizes and answer times.

Figures, each the median of the runs with their range (times from the page's navigation start):
- first paint and first contentful paint of the page (Home Assistant's own frontend first);
- the Sleep panel's first render (its shadow root has content) and the check-in's first
  question on screen: ≤ 3 000 ms from navigation, of which ≤ 1 000 ms after the panel's module
  is defined (the panel's own part: its texts, bedrooms and morning over the websocket);
- Trends with 90 nights (the longest span the panel offers) drawn after the tap: ≤ 1 000 ms;
- each command's reply in bytes: ≤ 100 kB each (a phone on a slow link gets it in about a
  second), but ``nights`` with 365 (the API's maximum, not offered by the panel) ≤ 400 kB;
  ``night`` is one night in full (last night's), as the panel asks for it on a tap.
The machine is shared (2 cores, other people's work): the limits leave room for that.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
import json
import os
from pathlib import Path
import statistics
import subprocess
import sys
import tempfile
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RELEASE = "ha-2026.11.0"
PYTHON = ROOT / ".venvs" / RELEASE / "bin" / "python"
if Path(sys.prefix).resolve() != PYTHON.parent.parent.resolve():
    # scripts/bench runs every bench with the in-process release; this one needs the browser's.
    if not PYTHON.exists():
        subprocess.run([ROOT / "scripts" / "setup", RELEASE], stdout=sys.stderr, check=True)
    os.execv(PYTHON, [str(PYTHON), __file__, *sys.argv[1:]])
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from playwright.async_api import Page, async_playwright, expect  # noqa: E402

from custom_components.sleep_hygiene.model.night import QUESTIONS  # noqa: E402
from custom_components.sleep_hygiene.model.sleep_sources import (  # noqa: E402
    SOURCE_BED,
    SOURCE_SLEEP_SEGMENT,
    NightSources,
    Span,
    Stretches,
)
from tests.e2e.api import HomeAssistantApi, onboard  # noqa: E402
from tests.e2e.bedroom import add_bedroom_over_http  # noqa: E402
from tests.e2e.server import HomeAssistantProcess  # noqa: E402
from tests.e2e.ui import CHROMIUM, CHROMIUM_ARGS, Ui  # noqa: E402

BENCH = "panel"
NIGHTS = 365
RUNS = 7
COMMAND_ROUNDS = 5
PHONE = {"width": 412, "height": 915}
KB = 1000
# What the panel sends, with the figures' limits in bytes.
COMMANDS: list[tuple[str, dict[str, Any], int]] = [
    ("bedrooms", {}, 100 * KB),
    ("texts", {"language": "en"}, 100 * KB),
    ("morning", {}, 100 * KB),
    ("tonight", {}, 100 * KB),
    ("nights", {"nights": 14}, 100 * KB),
    ("nights", {"nights": 28}, 100 * KB),
    ("nights", {"nights": 90}, 100 * KB),
    ("nights", {"nights": 365}, 400 * KB),
    ("night", {"night": "last night"}, 100 * KB),
    ("insights", {}, 100 * KB),
    ("summary", {"nights": 90}, 100 * KB),
]
PAGE_LIMITS = {
    "first paint": "none (Home Assistant's own frontend)",
    "first contentful paint": "none (Home Assistant's own frontend)",
    "panel module defined": "none (Home Assistant's own frontend)",
    "panel first render": "≤ 3000",
    "check-in first question": "≤ 3000",
    "check-in after the panel's module": "≤ 1000",
}
# Runs in the page before Home Assistant's scripts: when each thing first shows, from navigation.
WATCH = """
window.__bench = {};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench[entry.name] = entry.startTime;
}).observe({ type: "paint", buffered: true });
customElements.whenDefined("sleep-hygiene-panel").then(() => {
  window.__bench["panel-defined"] = performance.now();
});
function find(root, selector) {
  const hit = root.querySelector(selector);
  if (hit) return hit;
  for (const el of root.querySelectorAll("*")) {
    if (el.shadowRoot) {
      const inner = find(el.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}
window.__benchFind = find;
function look() {
  const marks = window.__bench;
  const panel = find(document, "sleep-hygiene-panel");
  if (panel && panel.shadowRoot && panel.shadowRoot.childElementCount && !marks.panel) {
    marks.panel = performance.now();
  }
  if (panel && !marks.question && find(panel.shadowRoot ?? panel, "[data-question]")) {
    marks.question = performance.now();
  }
  if (!marks.question) requestAnimationFrame(look);
}
requestAnimationFrame(look);
"""


def report(figure: str, value: float, unit: str, limit: str, **extra: Any) -> None:
    """Print one figure as a JSON line, as every bench does, with its limit beside it."""
    line = {"bench": BENCH, "figure": figure, "value": round(value, 3), "unit": unit}
    print(json.dumps(line | {"limit": limit} | extra, ensure_ascii=False), flush=True)


def spread(values: list[float]) -> dict[str, Any]:
    """Return the range of ``values`` and how many there are."""
    return {"range": [round(min(values), 1), round(max(values), 1)], "rounds": len(values)}


def within(value: float, limit: str) -> bool | None:
    """Return whether ``value`` keeps to a "≤ N" limit; None for a figure without one."""
    return value <= float(limit.removeprefix("≤ ")) if limit.startswith("≤") else None


def _measured(night: date) -> dict[str, Any]:
    """Return a night's stored sources: in bed 22:40-06:50, out 03:00-03:12, asleep 23:05."""

    def at(hour: int, minute: int = 0) -> datetime:
        day = night if hour >= 12 else night + timedelta(days=1)
        return datetime.combine(day, time(hour, minute), UTC)

    bed = Stretches(SOURCE_BED, (Span(at(22, 40), at(3)), Span(at(3, 12), at(6, 50))))
    asleep = Stretches(SOURCE_SLEEP_SEGMENT, (Span(at(23, 5), at(6, 35)),))
    return NightSources(Span(at(18), at(11)), bed=bed, asleep=asleep).as_dict()


def _night(night: date, number: int) -> dict[str, Any]:
    """Return one stored night (format 1.2): the house's measurements, a check-in, a sleep."""
    evening = datetime.combine(night, time(22, 0), UTC)
    logged_at = evening + timedelta(hours=9)
    check_in = {
        "answers": {q: options[number % len(options)] for q, options in QUESTIONS.items()},
        "notes": "Woke at 3, legs restless after a late coffee." if number % 5 == 0 else None,
        "source": "dashboard",
        "logged_at": logged_at.isoformat(),
        "started_at": logged_at.isoformat(),
    }
    return {
        "night": night.isoformat(),
        "detox_planned": evening.isoformat(),
        "detox_started": (evening + timedelta(minutes=number % 20)).isoformat(),
        "skipped": False,
        "screen_on_minutes": float(number % 7),
        "overrides": [],
        "lights_out_planned": (evening + timedelta(minutes=30)).isoformat(),
        "lights_out_at": (evening + timedelta(minutes=30 + number % 45)).isoformat(),
        "temperature_target_c": 18.0,
        "temperature_mean_c": 18.0 + (number % 30) / 10,
        "temperature_in_band_share": 0.5 + (number % 50) / 100,
        "climate_override": False,
        "phone_screen_minutes": float(number % 11),
        "sleep_sources": _measured(night),
        "check_in": check_in,
        "edits": [],
    }


def write_journal(config_dir: Path, entry_id: str, due: date) -> None:
    """Write NIGHTS nights before ``due`` (last night, still to be answered) as the store."""
    key = f"sleep_hygiene.{entry_id}"
    nights = {
        (due - timedelta(days=n)).isoformat(): _night(due - timedelta(days=n), n)
        for n in range(1, NIGHTS + 1)
    }
    stored = {"version": 1, "minor_version": 2, "key": key, "data": {"nights": nights, "state": {}}}
    (config_dir / ".storage" / key).write_text(json.dumps(stored), encoding="utf-8")


def _size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":")).encode())


def _composition(nights: list[dict[str, Any]]) -> None:
    """Report what one night of ``nights`` weighs (no limit: to see the bulk)."""
    whole = [_size(night) for night in nights]
    report("nights: one night in all", statistics.mean(whole), "bytes", "none (bulk)")


def _night_composition(night: dict[str, Any]) -> None:
    """Report what one night in full (``night``) weighs, part by part (no limit)."""
    for key in ("parts", "measured", "answers"):
        report(f"night: its {key}", _size(night[key]), "bytes", "none (bulk)")


async def payloads(api: HomeAssistantApi, entry_id: str, last_night: str) -> None:
    """Report each command's reply size (bytes on the websocket) and answer time."""
    socket = await api.session.ws_connect(f"{api.url}/api/websocket", max_msg_size=0)
    await socket.receive_str()
    await socket.send_json({"type": "auth", "access_token": api.token})
    assert json.loads(await socket.receive_str())["type"] == "auth_ok"
    message_id = 0
    for command, params, limit in COMMANDS:
        sizes, times = [], []
        for _ in range(COMMAND_ROUNDS):
            message_id += 1
            asked = {
                key: last_night if value == "last night" else value for key, value in params.items()
            }
            ask = {"id": message_id, "type": f"sleep_hygiene/{command}", **asked}
            if command not in ("bedrooms", "texts"):
                ask["entry_id"] = entry_id
            began = asyncio.get_running_loop().time()
            await socket.send_json(ask)
            raw = await socket.receive_str()
            times.append((asyncio.get_running_loop().time() - began) * 1000)
            reply = json.loads(raw)
            assert reply.get("success"), reply
            sizes.append(len(raw.encode()))
        name = command + "".join(f" {value}" for key, value in params.items() if key == "nights")
        if command == "nights" and params["nights"] == NIGHTS:
            _composition(reply["result"]["nights"])
        if command == "night":
            _night_composition(reply["result"])
        size = statistics.median(sizes)
        shown = f"≤ {limit // KB} kB"
        report(f"{name}: reply size", size / KB, "kB", shown, ok=size <= limit)
        report(f"{name}: answer time", statistics.median(times), "ms", "none", **spread(times))
    await socket.close()


async def open_panel(page: Page, url: str) -> dict[str, float]:
    """Load the panel afresh and return when each thing first showed, in ms from navigation."""
    await page.goto(f"{url}/sleep-hygiene")
    await expect(page.locator("sleep-hygiene-morning [data-question]").first).to_be_visible()
    await page.wait_for_function("window.__bench.question !== undefined")
    marks: dict[str, float] = await page.evaluate("window.__bench")
    # Trends with the longest span the panel offers: the tap, then the 90 nights' bars.
    trends = page.locator("sleep-hygiene-panel").get_by_role("tab", name="Trends", exact=True)
    await trends.click()
    await page.locator("sleep-hygiene-trends").get_by_role("button", name="90 nights").click()
    began = await page.evaluate("performance.now()")
    bars = page.locator("sleep-hygiene-trends figure.score button.night")
    await expect(bars).to_have_count(90, timeout=30_000)
    await expect(bars.last).to_be_visible()
    marks["trends"] = await page.evaluate("performance.now()") - began
    return marks


async def pages(url: str) -> None:
    """Open the panel RUNS times on a phone and report the medians with their ranges."""
    runs: list[dict[str, float]] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        context = await browser.new_context(viewport=PHONE)  # type: ignore[arg-type,unused-ignore]
        login = await context.new_page()
        await Ui(login, url, Path(tempfile.gettempdir()), []).log_in()
        await context.add_init_script(WATCH)
        await open_panel(await context.new_page(), url)  # a first load warms the caches
        for _ in range(RUNS):
            page = await context.new_page()
            runs.append(await open_panel(page, url))
            await page.close()
        await browser.close()
    figures = {
        "first paint": "first-paint",
        "first contentful paint": "first-contentful-paint",
        "panel module defined": "panel-defined",
        "panel first render": "panel",
        "check-in first question": "question",
    }
    for figure, mark in figures.items():
        values = [run[mark] for run in runs]
        value = statistics.median(values)
        limit = f"{PAGE_LIMITS[figure]}"
        report(
            f"{figure}, 412 x 915", value, "ms", limit, ok=within(value, limit), **spread(values)
        )
    own = [run["question"] - run["panel-defined"] for run in runs]
    limit = PAGE_LIMITS["check-in after the panel's module"]
    value = statistics.median(own)
    report(
        "check-in after the panel's module",
        value,
        "ms",
        limit,
        ok=within(value, limit),
        **spread(own),
    )
    trends = [run["trends"] for run in runs]
    value = statistics.median(trends)
    report(
        "Trends 90 nights drawn after the tap",
        value,
        "ms",
        "≤ 1000",
        ok=value <= 1000,
        **spread(trends),
    )


async def _year(api: HomeAssistantApi, entry_id: str) -> dict[str, Any]:
    """Return the year of nights once the bedroom is set up again after the restart."""
    ask = {"type": "sleep_hygiene/nights", "entry_id": entry_id, "nights": NIGHTS}
    for _ in range(240):
        try:
            year: dict[str, Any] = await api.command(ask)
        except (RuntimeError, aiohttp.ClientError, KeyError):
            year = {}
        if year.get("nights") and any(night["answered"] for night in year["nights"]):
            return year
        await asyncio.sleep(0.5)
    raise RuntimeError("the bedroom did not come back with its journal")


async def main() -> None:
    """Start Home Assistant, give it a bedroom and a year of nights, then measure."""
    with tempfile.TemporaryDirectory(prefix="bench-panel-") as folder:
        config_dir = Path(folder)
        server = HomeAssistantProcess(config_dir)
        server.start()
        try:
            async with aiohttp.ClientSession() as session:
                api = await onboard(session, server.url)
                entry_id = await add_bedroom_over_http(api, "Bench bedroom", [])
                morning = await api.command({"type": "sleep_hygiene/morning", "entry_id": entry_id})
                server.stop()
                due = date.fromisoformat(morning["night"])
                write_journal(config_dir, entry_id, due)
                server.start()
                year = await _year(api, entry_id)
                answered = sum(night["answered"] for night in year["nights"])
                print(f"[bench_panel] {answered} of {NIGHTS} nights answered", file=sys.stderr)
                # The year ends at the scored night: by day that is the night still due, so the
                # oldest written night falls out of it; by night it is the one before.
                first = date.fromisoformat(year["first_night"])
                last = date.fromisoformat(year["last_night"])
                written = (due - timedelta(days=n) for n in range(1, NIGHTS + 1))
                assert answered == sum(first <= night <= last for night in written), (
                    "the journal was not loaded"
                )
                await payloads(api, entry_id, year["last_night"])
                await pages(server.url)
        finally:
            server.stop()


if __name__ == "__main__":
    asyncio.run(main())
