"""Cost of the score: the whole summary recomputed, and one new night, at 100 and 3 650 nights.

Two layers are measured:
- the pure summary (score, averages, insights, red flags, streak) from a list of records;
- the bedroom's score coordinator in a real in-process Home Assistant, reading its night log
  (what runs in the event loop after a check-in), and the get_summary action over a year.

Times are CPU time of this process (the machine may be shared; wall time varies with its load).

Limits: a new night must cost the same whatever the history (the 3 650-night figure at most
1.5 times the 100-night one: the issue's requirement). Both run in the event loop, so each must
stay well under asyncio's 100 ms slow-callback mark: ≤ 20 ms for a new night (every check-in),
≤ 50 ms for the rare pass over the whole log (an older night edited).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime, timedelta
import random
import statistics
import time

from harness import OPTIONS, bench_hass, median_ms, report
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.model.night import QUESTIONS, CheckIn, NightRecord
from custom_components.sleep_hygiene.model.score import score_window
from custom_components.sleep_hygiene.model.summary import summarise

SIZES = (100, 3650)
RUNS = 200
HA_RUNS = 50


def fill_night(record: NightRecord, rng: random.Random) -> None:
    """Give a night plausible measurements and a random check-in."""
    night = record.night
    planned = datetime(night.year, night.month, night.day, 22, tzinfo=dt_util.UTC)
    record.detox_planned = planned
    record.detox_started = planned + timedelta(minutes=rng.uniform(0, 70))
    record.screen_on_minutes = rng.uniform(0, 40)
    record.lights_out_at = planned + timedelta(minutes=rng.uniform(0, 120))
    record.temperature_target_c = 18.0
    record.temperature_mean_c = rng.uniform(16, 22)
    record.temperature_in_band_share = rng.random()
    record.check_in = CheckIn(answers={q: rng.choice(options) for q, options in QUESTIONS.items()})


def history(nights: int, last: date, seed: int = 1) -> list[NightRecord]:
    """Return ``nights`` consecutive checked-in nights ending at ``last``."""
    rng = random.Random(seed)
    records = []
    for back in reversed(range(nights)):
        record = NightRecord(night=last - timedelta(days=back))
        fill_night(record, rng)
        records.append(record)
    return records


def timer() -> float:
    """Return this process's CPU time in seconds."""
    return time.process_time()


def median_of(run: Callable[[], object], runs: int = RUNS) -> float:
    """Return the median time of ``run`` in seconds."""
    samples = []
    for _ in range(runs):
        start = timer()
        run()
        samples.append(timer() - start)
    return statistics.median(samples)


def bench_pure_size(size: int, last: date) -> float:
    """Report the pure figures at one history length; return the new-night time."""
    records = history(size, last)
    full = median_of(lambda: summarise(records, last, dt_util.UTC), runs=50)
    report("score", f"summary from scratch, {size} nights", full * 1000, "ms", "≤ 50")
    previous = summarise(records[:-1], last - timedelta(days=1), dt_util.UTC)
    one = median_of(lambda: summarise(records, last, dt_util.UTC, previous))
    report("score", f"summary of one new night, {size} nights", one * 1e6, "µs", "≤ 20000")
    every = median_of(lambda: score_window(records, last, size, dt_util.UTC), runs=5)
    report("score", f"score of every night, {size} nights", every * 1000, "ms", "none")
    return one


def bench_pure() -> None:
    """The pure summary: from scratch, and one new night counted on from the previous one."""
    last = date(2030, 1, 1)
    small, large = (bench_pure_size(size, last) for size in SIZES)
    report("score", "one new night: 3650 / 100 nights", large / small, "ratio", "≤ 1.5")


def filler(rng: random.Random) -> Callable[[NightRecord], None]:
    """Return a change that gives a night new random measurements and answers."""
    return lambda record: fill_night(record, rng)


async def bench_bedroom(hass: HomeAssistant, size: int) -> float:
    """Report the Home Assistant figures for a bedroom with ``size`` nights; return new-night."""
    entry = MockConfigEntry(domain=DOMAIN, title=f"Bedroom {size}", options=OPTIONS)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    coordinator = entry.runtime_data.scores
    log = entry.runtime_data.log
    last = coordinator.scored_night()
    change = filler(random.Random(size))
    for back in reversed(range(size)):
        log.update(last - timedelta(days=back), change)
    await coordinator.async_refresh()

    async def refresh_after(night: date) -> float:
        # A changed answer each time, so the sensors write their states too.
        log.update(night, change)
        start = timer()
        await coordinator.async_refresh()
        return timer() - start

    checked_in = statistics.median([await refresh_after(last) for _ in range(HA_RUNS)])
    report(
        "score",
        f"Home Assistant: refresh after last night's check-in, {size} nights",
        checked_in * 1e6,
        "µs",
        "≤ 20000",
    )
    older = [await refresh_after(last - timedelta(days=30)) for _ in range(HA_RUNS)]
    report(
        "score",
        f"Home Assistant: refresh after an older night changed, {size} nights",
        median_ms(older),
        "ms",
        "≤ 50",
    )
    calls = []
    for _ in range(10):
        start = timer()
        await hass.services.async_call(
            DOMAIN,
            "get_summary",
            {"config_entry_id": entry.entry_id, "nights": 365},
            blocking=True,
            return_response=True,
        )
        calls.append(timer() - start)
    report(
        "score",
        f"Home Assistant: get_summary of 365 nights, {size} nights",
        median_ms(calls),
        "ms",
        "none (an action, not the event loop's steady cost)",
    )
    assert await hass.config_entries.async_unload(entry.entry_id)
    return checked_in


async def bench_home_assistant() -> None:
    """The coordinator in a real Home Assistant: a check-in for last night, an older edit."""
    async with bench_hass() as hass:
        small = await bench_bedroom(hass, SIZES[0])
        large = await bench_bedroom(hass, SIZES[1])
        report("score", "Home Assistant one new night: 3650 / 100", large / small, "ratio", "≤ 1.5")


if __name__ == "__main__":
    bench_pure()
    asyncio.run(bench_home_assistant())
