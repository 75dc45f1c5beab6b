"""Config entry setup time and the process's peak memory.

Limits: setup median ≤ 100 ms (the brief: slow setup on small machines is a complaint we must not
repeat); peak memory is reported for comparison between versions, no limit.
"""

from __future__ import annotations

import asyncio

from harness import OPTIONS, bench_hass, median_ms, peak_memory_mib, report, timer
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN

RUNS = 20


async def main() -> None:
    """Set a bedroom up and unload it RUNS times; report the median setup time."""
    async with bench_hass() as hass:
        assert await async_setup_component(hass, DOMAIN, {})
        samples: list[float] = []
        for run in range(RUNS + 1):
            entry = MockConfigEntry(domain=DOMAIN, title=f"Bedroom {run}", options=OPTIONS)
            entry.add_to_hass(hass)
            start = timer()
            assert await hass.config_entries.async_setup(entry.entry_id)
            await hass.async_block_till_done()
            elapsed = timer() - start
            # The first run imports the platforms; it is reported apart.
            if run == 0:
                report("setup", "first config entry setup (imports)", elapsed * 1000, "ms", "none")
            else:
                samples.append(elapsed)
            assert await hass.config_entries.async_unload(entry.entry_id)
            await hass.config_entries.async_remove(entry.entry_id)
        report("setup", f"config entry setup, median of {RUNS}", median_ms(samples), "ms", "≤ 100")
    report("setup", "peak memory of the process", peak_memory_mib(), "MiB", "none (compare)")


if __name__ == "__main__":
    asyncio.run(main())
