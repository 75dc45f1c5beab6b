"""A bedroom's config entry setup against Home Assistant's floor, and with 10 and 50 lights.

The floor is the integration bench_floor (bench/floor): a config entry that creates the same number
of plain entities of each platform as a bedroom, on one device, and does nothing else (no store, no
listener, no computation). Two occasions, each alternating floor, 10 lights and 50 lights over
ROUNDS rounds: a new entry (its entities enter the registries), and an entry set up again as at
every start of Home Assistant (its registry entries and journal exist). Each setup is timed from
``async_setup`` until Home Assistant is idle again, in CPU time of the process (the executor's too);
unloading and removing are not timed. The bedroom's lights are template lights that exist.

Limits: a bedroom with 10 lights ≤ 1.5 times the floor; with 50 lights ≤ 1.1 times with 10 (a
light costs nothing until the night needs it). The first setup (imports) is shown apart.
"""

from __future__ import annotations

import asyncio
from collections import Counter
import gc
import statistics
from typing import Any

from harness import (
    INTERLEAVED,
    alternate,
    bench_hass,
    cpu,
    median_ms,
    ratios,
    report,
    spread,
    timer,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from rooms import build_bedroom, daytime_options

from custom_components.sleep_hygiene.const import DOMAIN

BENCH = "setup"
FLOOR = "bench_floor"
ROUNDS = 31
FEW, MANY = 10, 50


class Timed:
    """Sets an entry up and tears it down again, timing only the setup."""

    def __init__(self, hass: HomeAssistant, domain: str, *, again: bool, **entry: Any) -> None:
        """Prepare; ``again``: keep one entry, unloaded between setups."""
        self.hass, self.domain, self.again, self.entry = hass, domain, again, entry
        self.config: MockConfigEntry | None = None
        self.walls: list[float] = []

    async def __call__(self) -> float:
        """Set up once; return CPU seconds."""
        hass = self.hass
        if self.config is None or not self.again:
            self.config = MockConfigEntry(domain=self.domain, **self.entry)
            self.config.add_to_hass(hass)
        gc.collect()
        began, began_wall = cpu(), timer()
        assert await hass.config_entries.async_setup(self.config.entry_id)
        await hass.async_block_till_done()
        spent = cpu() - began
        self.walls.append(timer() - began_wall)
        if self.again:
            assert await hass.config_entries.async_unload(self.config.entry_id)
        else:
            assert await hass.config_entries.async_remove(self.config.entry_id)
        await hass.async_block_till_done()
        return spent


def kinds(hass: HomeAssistant, entry_id: str) -> dict[str, int]:
    """Return how many entities of each platform an entry has."""
    entries = er.async_entries_for_config_entry(er.async_get(hass), entry_id)
    return dict(Counter(entity.domain for entity in entries))


async def occasion(
    hass: HomeAssistant, lights: list[str], entities: dict[str, int], *, again: bool
) -> None:
    """Report the figures of one occasion."""
    label = "set up again (as at a restart)" if again else "a new entry"
    bedroom = {"title": "Bedroom", "options": daytime_options()}
    timed = {
        "floor": Timed(hass, FLOOR, again=again, title="Floor", data={"entities": entities}),
        "few": Timed(hass, DOMAIN, again=again, data={"lights": lights[:FEW]}, **bedroom),
        "many": Timed(hass, DOMAIN, again=again, data={"lights": lights}, **bedroom),
    }
    if again:
        for setup in timed.values():
            await setup()  # the registry entries and the journal
    floor, few, many = await alternate(ROUNDS, *timed.values())
    names = {
        "floor": f"floor integration, the same {sum(entities.values())} plain entities",
        "few": f"bedroom with {FEW} lights",
        "many": f"bedroom with {MANY} lights",
    }
    for key, samples in zip(names, (floor, few, many), strict=True):
        report(
            BENCH,
            f"config entry setup, {label}, {names[key]}",
            median_ms(samples),
            "ms (CPU)",
            "none (see the ratios)",
            **spread(samples, 1000),
            wall_median_ms=round(median_ms(timed[key].walls), 3),
        )
    few_over_floor = ratios(few, floor)
    report(
        BENCH,
        f"setup, {label}: bedroom with {FEW} lights / floor",
        statistics.median(few_over_floor),
        "ratio",
        "≤ 1.5",
        **spread(few_over_floor),
        note=INTERLEAVED,
        entities=entities,
    )
    many_over_few = ratios(many, few)
    report(
        BENCH,
        f"setup, {label}: {MANY} lights / {FEW} lights",
        statistics.median(many_over_few),
        "ratio",
        "≤ 1.1",
        **spread(many_over_few),
        note=INTERLEAVED,
    )


async def main() -> None:
    async with bench_hass() as hass:
        lights, _screens = await build_bedroom(hass, MANY)
        assert await async_setup_component(hass, DOMAIN, {})
        first = MockConfigEntry(
            domain=DOMAIN, title="Bedroom", data={"lights": lights[:FEW]}, options=daytime_options()
        )
        first.add_to_hass(hass)
        began = timer()
        assert await hass.config_entries.async_setup(first.entry_id)
        await hass.async_block_till_done()
        elapsed = (timer() - began) * 1000
        report(BENCH, "first bedroom setup (imports its modules)", elapsed, "ms", "none")
        entities = kinds(hass, first.entry_id)
        assert await hass.config_entries.async_remove(first.entry_id)
        await Timed(hass, FLOOR, again=False, title="Floor", data={"entities": entities})()
        for again in (False, True):
            await occasion(hass, lights, entities, again=again)


if __name__ == "__main__":
    asyncio.run(main())
