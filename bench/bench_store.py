"""The night log with ten years of nights: load time, memory, saves, and log_check_in latency.

The log is a real file of 3 650 nights, each with a full check-in (a note on every fifth, an
earlier version on every tenth) and the house's measurements, read and written by Home
Assistant's Store in a real, in-process Home Assistant.

Limits, on this 2-core machine (a Raspberry Pi 4 is about 3-4 times slower):
- load 3 650 nights, median ≤ 300 ms: setup must stay far from the 10 s complaints;
- memory held by the loaded log ≤ 30 MiB;
- a change's event-loop cost (update + save snapshot) ≤ 2 ms, since a busy night makes many;
- log_check_in, written to disk before it returns: median ≤ 50 ms, p95 ≤ 100 ms;
- setting up a bedroom with the 3 650 nights (score, streak, every sensor) ≤ 1 000 ms.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
import gc
import json
from pathlib import Path
import statistics
import tracemalloc
from typing import Any

from harness import OPTIONS, bench_hass, median_ms, report, timer
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.house.store import NightLog
from custom_components.sleep_hygiene.model.night import QUESTIONS, CheckIn, NightRecord
from custom_components.sleep_hygiene.model.schedule import Routine, last_night

BENCH = "store"
NIGHTS = 3650
LOAD_RUNS = 10
CALLS = 50
ENTRY_ID = "bench_bedroom"


def _night(night: date, number: int) -> dict[str, Any]:
    """Return one stored night: measurements and a full check-in, varied by ``number``."""
    evening = datetime.combine(night, time(22, 0), UTC)
    answers = {q: options[number % len(options)] for q, options in QUESTIONS.items()}
    logged_at = evening + timedelta(hours=9)
    record = NightRecord(
        night=night,
        detox_planned=evening,
        detox_started=evening + timedelta(minutes=number % 20),
        screen_on_minutes=float(number % 7),
        lights_out_planned=evening + timedelta(minutes=30),
        lights_out_at=evening + timedelta(minutes=30 + number % 45),
        temperature_target_c=18.0,
        temperature_mean_c=18.0 + (number % 30) / 10,
        temperature_in_band_share=0.5 + (number % 50) / 100,
        check_in=CheckIn(
            answers,
            "Woke up at 3 am, legs restless after a late coffee." if number % 5 == 0 else None,
            "phone",
            logged_at,
            logged_at - timedelta(seconds=25),
        ),
    )
    stored = record.as_dict()
    if number % 10 == 0:
        stored["edits"] = [stored["check_in"] | {"replaced_at": logged_at.isoformat()}]
    return stored


def _write_log(hass: HomeAssistant, last: date) -> Path:
    nights = {
        (last - timedelta(days=n)).isoformat(): _night(last - timedelta(days=n), n)
        for n in range(1, NIGHTS + 1)
    }
    path = Path(hass.config.path(".storage", f"{DOMAIN}.{ENTRY_ID}"))
    path.parent.mkdir(exist_ok=True)
    key = f"{DOMAIN}.{ENTRY_ID}"
    stored = {"version": 1, "minor_version": 2, "key": key, "data": {"nights": nights, "state": {}}}
    path.write_text(json.dumps(stored), encoding="utf-8")
    return path


async def _load_figures(hass: HomeAssistant) -> None:
    samples = []
    for _ in range(LOAD_RUNS):
        log = NightLog(hass, ENTRY_ID)
        start = timer()
        await log.async_load()
        samples.append(timer() - start)
        assert len(log.records()) == NIGHTS
    report(BENCH, f"load {NIGHTS} nights, median of {LOAD_RUNS}", median_ms(samples), "ms", "≤ 300")

    gc.collect()
    tracemalloc.start()
    log = NightLog(hass, ENTRY_ID)
    await log.async_load()
    gc.collect()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    report(BENCH, f"memory held by a loaded log of {NIGHTS} nights", held / 2**20, "MiB", "≤ 30")
    report(BENCH, "peak memory while loading it", peak / 2**20, "MiB", "none (compare)")

    night = log.records()[-1].night
    changes = []
    for minutes in range(200):
        start = timer()
        log.update(night, lambda record, m=minutes: setattr(record, "screen_on_minutes", m))
        changes.append(timer() - start)
    report(
        BENCH,
        "event-loop cost of one change (update + save snapshot), median of 200",
        median_ms(changes),
        "ms",
        "≤ 2",
    )
    start = timer()
    await log.async_flush()
    flushed = (timer() - start) * 1000
    report(BENCH, f"flush {NIGHTS} nights to disk", flushed, "ms", "none (compare)")


async def _service_figures(hass: HomeAssistant) -> None:
    assert await async_setup_component(hass, DOMAIN, {})
    entry = MockConfigEntry(
        domain=DOMAIN, title="Bench bedroom", options=OPTIONS, entry_id=ENTRY_ID
    )
    entry.add_to_hass(hass)
    start = timer()
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    report(
        BENCH,
        f"bedroom setup with {NIGHTS} nights",
        (timer() - start) * 1000,
        "ms",
        "≤ 1000",
    )

    samples = []
    options = QUESTIONS["twitches"]
    for call in range(CALLS):
        start = timer()
        response = await hass.services.async_call(
            DOMAIN,
            "log_check_in",
            {"config_entry_id": ENTRY_ID, "twitches": options[call % len(options)]},
            blocking=True,
            return_response=True,
        )
        samples.append(timer() - start)
        assert response is not None
    p95 = statistics.quantiles(samples, n=20)[-1] * 1000
    report(BENCH, f"log_check_in (flushed), median of {CALLS}", median_ms(samples), "ms", "≤ 50")
    report(BENCH, f"log_check_in (flushed), p95 of {CALLS}", p95, "ms", "≤ 100")
    assert await hass.config_entries.async_unload(entry.entry_id)


async def main() -> None:
    """Write ten years of nights, then measure."""
    async with bench_hass() as hass:
        await hass.config.async_set_time_zone("Europe/London")
        last = last_night(dt_util.now(), Routine())
        path = _write_log(hass, last)
        report(BENCH, f"file size of {NIGHTS} nights", path.stat().st_size / 2**20, "MiB", "none")
        await _load_figures(hass)
        await _service_figures(hass)


if __name__ == "__main__":
    asyncio.run(main())
