"""How much resident memory one bedroom adds to Home Assistant, against the floor integration.

Each sample is a fresh process (RSS only grows within one): a running Home Assistant with 10
template lights, 10 screens, a thermostat and sensors, and its entity platforms set up (sensor,
select, calendar...: a house has them before any bedroom); the RSS before and after setting up one
bedroom (the first also imports the integration's modules), then a second one. The floor
(bench/floor, the same number and kinds of plain entities) is measured the same way, alternating
with the bedroom over ROUNDS rounds. The bedroom's journal is empty: bench_store measures the
journal's memory.

Where the first bedroom's memory goes is shown apart, traced by tracemalloc in TRACED further
processes: what its imports hold (code, classes, functions: allocated under importlib) and the
rest (entities, registries, translations, timers).

Limits: RSS growth of one bedroom ≤ 2 MiB, the first (with its imports) and a further one.
"""

from __future__ import annotations

import asyncio
from collections import Counter
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from typing import Any

from harness import bench_hass, report, rss_mib, spread
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from rooms import DOMAIN, build_bedroom, build_climate, daytime_options

BENCH = "memory"
FLOOR = "bench_floor"
ROUNDS = 7
TRACED = 3
# Deep enough to reach importlib's frames from where an import allocates.
TRACE_DEPTH = 100
IMPORTING = "<frozen importlib._bootstrap"
LIGHTS = 10
NOTE = "bedroom and floor alternate, each sample a fresh process on a shared machine; median"


async def _house(hass: HomeAssistant) -> dict[str, Any]:
    """Build the bedroom's devices; return the bedroom's data."""
    lights, screens = await build_bedroom(hass, LIGHTS)
    return {"lights": lights, "screens": screens, **await build_climate(hass)}


async def _settled_rss(hass: HomeAssistant) -> float:
    await hass.async_block_till_done()
    await asyncio.sleep(0.2)
    gc.collect()
    return rss_mib()


async def one_sample(domain: str, entities: dict[str, int]) -> dict[str, float]:
    """In this process: the RSS growth of a first and of a second entry of ``domain``."""
    async with bench_hass() as hass:
        bedroom = await _house(hass)
        data = bedroom if domain == DOMAIN else {"entities": entities}
        for platform in entities:
            assert await async_setup_component(hass, platform, {})
        before = await _settled_rss(hass)
        growth = []
        for number in range(2):
            entry = MockConfigEntry(
                domain=domain, title=f"Room {number}", data=data, options=daytime_options()
            )
            entry.add_to_hass(hass)
            assert await hass.config_entries.async_setup(entry.entry_id)
            after = await _settled_rss(hass)
            growth.append(after - before)
            before = after
    return {"first": growth[0], "further": growth[1]}


async def traced_sample(entities: dict[str, int]) -> dict[str, float]:
    """In this process: the first bedroom's traced memory, its imports' and the rest, in MiB."""
    async with bench_hass() as hass:
        bedroom = await _house(hass)
        for platform in entities:
            assert await async_setup_component(hass, platform, {})
        await _settled_rss(hass)
        tracemalloc.start(TRACE_DEPTH)
        before = tracemalloc.take_snapshot()
        entry = MockConfigEntry(
            domain=DOMAIN, title="Room", data=bedroom, options=daytime_options()
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await _settled_rss(hass)
        after = tracemalloc.take_snapshot()
        tracemalloc.stop()
    split = {"imports": 0.0, "rest": 0.0}
    for stat in after.compare_to(before, "traceback"):
        importing = any(frame.filename.startswith(IMPORTING) for frame in stat.traceback)
        split["imports" if importing else "rest"] += stat.size_diff / 2**20
    return split


async def count_entities() -> dict[str, int]:
    """Return how many entities of each platform a bedroom has."""
    async with bench_hass() as hass:
        bedroom = await _house(hass)
        assert await async_setup_component(hass, DOMAIN, {})
        entry = MockConfigEntry(
            domain=DOMAIN, title="Room", data=bedroom, options=daytime_options()
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        entries = er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)
        return dict(Counter(entity.domain for entity in entries))


def sample(domain: str, entities: dict[str, int], pycache: str) -> dict[str, float]:
    """Return a sample measured in a fresh process that imports from cached bytecode.

    As Home Assistant does from its second start: compiling the sources costs memory too.
    ``domain`` "traced": the first bedroom's traced memory instead.
    """
    argv = [sys.executable, __file__, domain, json.dumps(entities)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    done = subprocess.run(argv, capture_output=True, check=True, text=True, env=env)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    entities = asyncio.run(count_entities())
    samples: dict[str, list[dict[str, float]]] = {DOMAIN: [], FLOOR: []}
    with tempfile.TemporaryDirectory() as pycache:
        for domain in (DOMAIN, FLOOR):
            sample(domain, entities, pycache)  # compiles and caches the bytecode
        for round_ in range(ROUNDS):
            for domain in (DOMAIN, FLOOR) if round_ % 2 == 0 else (FLOOR, DOMAIN):
                samples[domain].append(sample(domain, entities, pycache))
        traced = [sample("traced", entities, pycache) for _ in range(TRACED)]
    for which, label in (("first", "first (imports its modules)"), ("further", "a further one")):
        for domain, limit in ((DOMAIN, "≤ 2"), (FLOOR, "none (the floor)")):
            values = [growth[which] for growth in samples[domain]]
            name = "bedroom" if domain == DOMAIN else "floor integration, the same entities"
            report(
                BENCH,
                f"RSS growth of one {name}, {label}",
                statistics.median(values),
                "MiB",
                limit,
                **spread(values),
                note=NOTE,
                entities=entities,
            )
    for part, label in (("imports", "its imports hold"), ("rest", "the rest")):
        values = [split[part] for split in traced]
        report(
            BENCH,
            f"traced memory of the first bedroom's setup: {label}",
            statistics.median(values),
            "MiB",
            "none (where the first's RSS goes)",
            **spread(values),
            note="tracemalloc in a fresh process; allocated under importlib or not",
        )


if __name__ == "__main__":
    if len(sys.argv) > 1:
        domain, entities = sys.argv[1], json.loads(sys.argv[2])
        measure = traced_sample(entities) if domain == "traced" else one_sample(domain, entities)
        print(json.dumps(asyncio.run(measure)))
    else:
        main()
