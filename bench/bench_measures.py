"""Cost of a measured night: 24 hours of a sensor reporting every second.

Two layers are measured:
- the pure model: 86 400 one-second updates of a bed sensor and a phone's sleep confidence kept
  as a timeline (changes only), then the night's stretches and measures derived; time and the
  peak memory it allocates (tracemalloc);
- the event-loop cost of one update in a real in-process Home Assistant: a bedroom with a bed
  sensor in its night window, the sensor re-reporting its state (the usual case) or changing it
  (the record is written).

Limits: the whole day's updates and the derivation must stay far below a second (≤ 250 ms) and
keep memory flat whatever the update rate (≤ 1 MiB: only changes are kept). Each update runs in
the event loop: ≤ 1 ms when nothing changes, ≤ 5 ms when the night's record is written (both far
under asyncio's 100 ms slow-callback mark).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
import time
import tracemalloc

from harness import OPTIONS, bench_hass, median_ms, report
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import CONF_BED_SENSOR, DOMAIN
from custom_components.sleep_hygiene.model.sleep_measures import derive
from custom_components.sleep_hygiene.model.sleep_sources import (
    SOURCE_BED,
    SOURCE_SLEEP_CONFIDENCE,
    NightSources,
    Span,
    Stretches,
    Timeline,
)

BENCH = "measures"
DAY_SECONDS = 24 * 3600
HA_UPDATES = 2000
BED = "binary_sensor.bed_occupancy"


def in_bed_at(second: int) -> bool:
    """Return the bed's state: in bed 22:40-06:50 (seconds from 18:00), out 03:00-03:12."""
    return 4 * 3600 + 40 * 60 <= second < 12 * 3600 + 50 * 60 and not (
        9 * 3600 <= second < 9 * 3600 + 12 * 60
    )


def pure_day() -> float:
    """Return the seconds of a day of one-second updates, derived into measures."""
    began = time.perf_counter()
    day()
    return time.perf_counter() - began


def pure_day_memory() -> float:
    """Return the peak MiB allocated by the same day (traced apart: tracing slows it down)."""
    tracemalloc.start()
    day()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def day() -> None:
    """Feed a day of one-second updates to two timelines and derive the night's measures."""
    start = datetime(2026, 11, 20, 18, tzinfo=dt_util.UTC)
    bed, asleep = Timeline(), Timeline()
    for second in range(DAY_SECONDS):
        at = start + timedelta(seconds=second)
        bed.add(at, in_bed_at(second))
        asleep.add(at, 5 * 3600 <= second < 12 * 3600 + 35 * 60)
    end = start + timedelta(seconds=DAY_SECONDS)
    window = Span(start, end)
    sources = NightSources(
        window,
        bed=Stretches(SOURCE_BED, tuple(bed.spans(True, end)), tuple(bed.spans(None, end))),
        asleep=Stretches(SOURCE_SLEEP_CONFIDENCE, tuple(asleep.spans(True, end))),
    )
    measures = derive(sources)
    assert measures.awakenings == 1, measures


async def loop_cost() -> tuple[float, float]:
    """Return the median ms of an unchanged and of a changed bed update in a running house."""
    async with bench_hass() as hass:
        now = dt_util.now()
        lights_out = (now + timedelta(minutes=15)).strftime("%H:%M:%S")
        wake = (now + timedelta(hours=8)).strftime("%H:%M:%S")
        hass.states.async_set(BED, "off", {"device_class": "occupancy"})
        entry = MockConfigEntry(
            domain=DOMAIN,
            title="Bench bedroom",
            data={},
            options=OPTIONS | {"lights_out": lights_out, "wake": wake, CONF_BED_SENSOR: BED},
            version=1,
            minor_version=2,
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        same: list[float] = []
        changed: list[float] = []
        for update in range(HA_UPDATES):
            flip = update % 100 == 0
            state = "on" if (update // 100) % 2 else "off"
            began = time.perf_counter()
            hass.states.async_set(BED, state, {"device_class": "occupancy", "n": update})
            await hass.async_block_till_done()
            (changed if flip else same).append(time.perf_counter() - began)
        assert any(r.sleep_sources for r in entry.runtime_data.log.records()), "not measured"
        await hass.config_entries.async_unload(entry.entry_id)
        return median_ms(same), median_ms(changed)


def main() -> None:
    """Print each figure with its limit beside it."""
    report(BENCH, "day_of_1s_updates_derived", pure_day() * 1000, "ms", "<= 250 ms")
    report(BENCH, "day_of_1s_updates_peak_memory", pure_day_memory(), "MiB", "<= 1 MiB")
    same, changed = asyncio.run(loop_cost())
    report(BENCH, "event_loop_per_update_unchanged", same, "ms", "<= 1 ms")
    report(BENCH, "event_loop_per_update_written", changed, "ms", "<= 5 ms")


if __name__ == "__main__":
    main()
