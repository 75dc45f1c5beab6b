"""What a bedroom costs the rest of the house: in the daytime, and inside its detox window.

One house (10 template lights, 10 screens, a heating thermostat, temperature and illuminance
sensors) is measured in three states, alternating over ROUNDS rounds in one process: no bedroom
loaded (B), a bedroom whose detox is hours away (daytime), and a bedroom inside its detox window
(its detox started 10 minutes ago, the thermostat held at the night target). Each state does
- UNRELATED state writes of entities the bedroom does not know, and
- CALLS ``light.turn_on`` on one of the bedroom's lights (a person at the switch; in the detox
  window the first one takes the light over for the night),
timed in CPU time of the process (wall time on a shared machine mostly measures the
neighbours). Ratios are A / B round by round; the median is printed with the range.

Also counted: the state-change callbacks of ours Home Assistant holds for the bedroom's lights,
screens, thermostat and sensors (0 in the daytime: nothing of ours runs for their changes).

Limits: daytime ≤ 1.02 for both; in the detox window ≤ 1.10 for both; daytime callbacks 0.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
import gc
import statistics

from harness import INTERLEAVED, alternate, bench_hass, cpu, ratios, report, spread
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from rooms import (
    bedroom_entry,
    build_bedroom,
    build_climate,
    has_run_before,
    switch_everything_on,
)

from custom_components.sleep_hygiene.const import DOMAIN

BENCH = "overhead"
LIGHTS = 10
ROUNDS = 15
UNRELATED = 100_000
CALLS = 2_000
# The track_state_change_event helper's data in hass.data (Home Assistant's own key).
TRACKED = "track_state_change_data"


async def unrelated_writes(hass: HomeAssistant) -> float:
    """Write UNRELATED state changes of entities the bedroom does not know; return CPU s."""
    began = cpu()
    for i in range(UNRELATED):
        hass.states.async_set(f"sensor.unrelated_{i % 500}", str(i))
        if i % 1000 == 0:
            await asyncio.sleep(0)
    await hass.async_block_till_done()
    return cpu() - began


async def light_calls(hass: HomeAssistant, light: str) -> float:
    """Turn ``light`` on CALLS times at alternating brightness, as a person would; return CPU s."""
    began = cpu()
    for i in range(CALLS):
        await hass.services.async_call(
            "light", "turn_on", {"entity_id": light, "brightness": 200 + i % 2}, blocking=True
        )
    await hass.async_block_till_done()
    return cpu() - began


def our_callbacks(hass: HomeAssistant, entity_ids: list[str]) -> int:
    """Return how many state-change callbacks of ours Home Assistant holds for ``entity_ids``."""
    data = hass.data.get(TRACKED)
    if data is None:
        return 0
    return sum(
        getattr(job.target, "__module__", "").startswith("custom_components.sleep_hygiene")
        for entity_id in entity_ids
        for job in data.callbacks.get(entity_id, ())
    )


async def main() -> None:
    async with bench_hass() as hass:
        await hass.config.async_set_time_zone("Europe/London")
        assert await async_setup_component(hass, DOMAIN, {})
        lights, screens = await build_bedroom(hass, LIGHTS)
        data = await build_climate(hass)
        await switch_everything_on(hass, lights, screens)
        watched = [*lights, *screens, *data.values()]
        now = dt_util.now()
        day = bedroom_entry(
            hass, lights, screens, now + timedelta(hours=6), now - timedelta(hours=1), **data
        )
        night = bedroom_entry(hass, lights, screens, now - timedelta(minutes=10), None, **data)
        has_run_before(hass, night)
        callbacks: dict[str, int] = {}

        def state(loaded: str | None) -> Callable[[], Awaitable[tuple[float, float]]]:
            async def measure() -> tuple[float, float]:
                for name, entry in (("day", day), ("night", night)):
                    if name != loaded and entry.state is ConfigEntryState.LOADED:
                        assert await hass.config_entries.async_unload(entry.entry_id)
                    elif name == loaded and entry.state is not ConfigEntryState.LOADED:
                        assert await hass.config_entries.async_setup(entry.entry_id)
                await hass.async_block_till_done()
                await asyncio.sleep(0.2)
                callbacks[loaded or "none"] = our_callbacks(hass, watched)
                if loaded == "night":
                    assert night.runtime_data.detox.detox_active, "in the detox window"
                gc.collect()
                return await unrelated_writes(hass), await light_calls(hass, lights[0])

            return measure

        await state(None)()  # warm up
        none, daytime, detox = await alternate(ROUNDS, state(None), state("day"), state("night"))
        for label, loaded, limit in (("daytime", daytime, "≤ 1.02"), ("detox", detox, "≤ 1.10")):
            for index, what in (
                (0, f"{UNRELATED} unrelated state writes"),
                (1, f"{CALLS} light.turn_on on a bedroom light"),
            ):
                with_ = [sample[index] for sample in loaded]
                without = [sample[index] for sample in none]
                over = ratios(with_, without)
                report(
                    BENCH,
                    f"{what}, {label}: with / without the bedroom",
                    statistics.median(over),
                    "ratio (CPU time)",
                    limit,
                    **spread(over),
                    with_ms=round(statistics.median(with_) * 1000, 1),
                    without_ms=round(statistics.median(without) * 1000, 1),
                    note=INTERLEAVED,
                )
        report(
            BENCH,
            "state-change callbacks of ours on the bedroom's devices, daytime",
            callbacks["day"],
            "callbacks",
            "0",
        )
        report(
            BENCH,
            "state-change callbacks of ours on the bedroom's devices, detox window",
            callbacks["night"],
            "callbacks",
            "none (lights, screens, thermostat, sensors)",
        )


if __name__ == "__main__":
    asyncio.run(main())
