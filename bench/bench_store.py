"""The night log with one and ten years of nights: load time, memory, saves, log_check_in.

The log is a real file of 365 or 3 650 nights, each with a full check-in (a note on every fifth,
an earlier version on every tenth) and the house's measurements, written as the stored format
(plain JSON, whatever the code holds in memory) and read and written by Home Assistant's Store in
a real, in-process Home Assistant.

Limits, on this 2-core machine shared with others (a Raspberry Pi 4 is about 3-4 times slower):
- load 3 650 nights ≤ 50 ms (median of LOAD_RUNS, wall and CPU time), and the memory the
  loaded log holds ≤ 5 MiB (tracemalloc): a journal of ten years must not weigh on a small
  machine; 365 nights are shown beside them to see how both grow, no limit;
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

from harness import OPTIONS, bench_hass, cpu, median_ms, report, spread, timer
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.house.journal.store import NightLog
from custom_components.sleep_hygiene.model.night import QUESTIONS, NightRecord
from custom_components.sleep_hygiene.model.schedule import (
    Routine,
    current_night,
    last_night,
    night_times,
)

BENCH = "store"
SIZES = (365, 3650)
NIGHTS = SIZES[-1]
LOAD_RUNS = 31
CALLS = 50
ENTRY_ID = "bench_bedroom"
# Limits of the load figures, by size: ten years are held to the issue's.
LOAD_LIMITS = {365: ("none (growth)", "none (growth)"), 3650: ("≤ 50", "≤ 5")}


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _night(night: date, number: int) -> dict[str, Any]:
    """Return one stored night: measurements and a full check-in, varied by ``number``."""
    evening = datetime.combine(night, time(22, 0), UTC)
    logged_at = evening + timedelta(hours=9)
    check_in = {
        "answers": {q: options[number % len(options)] for q, options in QUESTIONS.items()},
        "notes": "Woke up at 3 am, legs restless after a late coffee." if number % 5 == 0 else None,
        "source": "phone",
        "logged_at": _iso(logged_at),
        "started_at": _iso(logged_at - timedelta(seconds=25)),
    }
    return {
        "night": night.isoformat(),
        "detox_planned": _iso(evening),
        "detox_started": _iso(evening + timedelta(minutes=number % 20)),
        "skipped": False,
        "screen_on_minutes": float(number % 7),
        "overrides": [],
        "lights_out_planned": _iso(evening + timedelta(minutes=30)),
        "lights_out_at": _iso(evening + timedelta(minutes=30 + number % 45)),
        "lux_wind_down_max": None,
        "lux_asleep_max": None,
        "temperature_target_c": 18.0,
        "temperature_mean_c": 18.0 + (number % 30) / 10,
        "temperature_in_band_share": 0.5 + (number % 50) / 100,
        "climate_override": False,
        "check_in": check_in,
        "edits": [check_in | {"replaced_at": _iso(logged_at)}] if number % 10 == 0 else [],
    }


def _write_log(hass: HomeAssistant, last: date, nights: int) -> Path:
    stored_nights = {
        (last - timedelta(days=n)).isoformat(): _night(last - timedelta(days=n), n)
        for n in range(1, nights + 1)
    }
    key = f"{DOMAIN}.{ENTRY_ID}"
    path = Path(hass.config.path(".storage", key))
    path.parent.mkdir(exist_ok=True)
    data = {"nights": stored_nights, "state": {}}
    stored = {"version": 1, "minor_version": 2, "key": key, "data": data}
    path.write_text(json.dumps(stored), encoding="utf-8")
    return path


async def _load_figures(hass: HomeAssistant, nights: int) -> NightLog:
    """Report the load time and memory of a log of ``nights``; return the log."""
    walls, cpus = [], []
    for _ in range(LOAD_RUNS):
        log = NightLog(hass, ENTRY_ID)
        gc.collect()
        began, began_cpu = timer(), cpu()
        await log.async_load()
        walls.append(timer() - began)
        cpus.append(cpu() - began_cpu)
        assert len(log.records()) == nights
    time_limit, memory_limit = LOAD_LIMITS[nights]
    for kind, samples in (("wall", walls), ("CPU", cpus)):
        report(
            BENCH,
            f"load {nights} nights, median of {LOAD_RUNS}",
            median_ms(samples),
            f"ms ({kind})",
            time_limit,
            **spread(samples, 1000),
        )

    del log
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    log = NightLog(hass, ENTRY_ID)
    await log.async_load()
    gc.collect()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    report(
        BENCH,
        f"memory held by a loaded log of {nights} nights",
        (held - before) / 2**20,
        "MiB (tracemalloc)",
        memory_limit,
    )
    report(
        BENCH,
        f"peak memory while loading {nights} nights",
        (peak - before) / 2**20,
        "MiB (tracemalloc)",
        "none (compare)",
    )
    return log


async def _change_figures(log: NightLog) -> None:
    night = log.records()[-1].night
    changes = []
    for minutes in range(200):

        def change(record: NightRecord, minutes: float = minutes) -> None:
            record.screen_on_minutes = minutes

        start = timer()
        log.update(night, change)
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
    """Write a year, then ten years of nights, and measure each."""
    async with bench_hass() as hass:
        await hass.config.async_set_time_zone("Europe/London")
        now, routine = dt_util.now(), Routine()
        tz = dt_util.get_default_time_zone()
        last = last_night(now, night_times(current_night(now, routine), routine, tz))
        for nights in SIZES:
            path = _write_log(hass, last, nights)
            size = path.stat().st_size / 2**20
            report(BENCH, f"file size of {nights} nights", size, "MiB", "none")
            log = await _load_figures(hass, nights)
        await _change_figures(log)
        await _service_figures(hass)


if __name__ == "__main__":
    asyncio.run(main())
