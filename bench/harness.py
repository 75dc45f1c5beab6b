"""A real, in-process Home Assistant for the benchmarks, and a way to print figures.

Each figure is one JSON line: the bench, the figure, its value and unit, and the limit it is held
to. The machine is shared (two cores, other people's work at the same time), so a figure that
compares A with B measures both in one process, alternating over many rounds (AB, BA, AB...),
and prints the median with the range of the rounds beside it.
"""

from __future__ import annotations

import atexit
from collections.abc import AsyncIterator, Awaitable, Callable
import contextlib
import json
import os
from pathlib import Path
import shutil
import statistics
import sys
import tempfile
import time
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# The floor integration's manifest. It is written beside a copy of its code (bench/floor) when
# the bench runs: a manifest.json in the repository would be validated by the hassfest action,
# which takes every one it finds for an integration to ship.
FLOOR_MANIFEST = {
    "domain": "bench_floor",
    "name": "Bench floor",
    "codeowners": [],
    "config_flow": True,
    "dependencies": [],
    # hassfest takes a home-assistant.io documentation URL for a built-in integration's page.
    "documentation": "https://github.com/sleep-hygiene-ha/sleep-hygiene",
    "integration_type": "service",
    "iot_class": "calculated",
    "requirements": [],
    "version": "0.0.1",
}


def _floor_components() -> Path:
    """Return a folder whose custom_components/bench_floor is the floor integration."""
    folder = Path(tempfile.mkdtemp(prefix="bench-floor-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    floor = folder / "custom_components" / str(FLOOR_MANIFEST["domain"])
    shutil.copytree(BENCH / "floor", floor, ignore=shutil.ignore_patterns("__pycache__"))
    (floor / "manifest.json").write_text(json.dumps(FLOOR_MANIFEST), encoding="utf-8")
    return folder


# The floor's custom_components joins the project's.
sys.path[:0] = [str(ROOT), str(BENCH), str(_floor_components())]

from homeassistant import loader  # noqa: E402
from homeassistant.core import HomeAssistant  # noqa: E402
from pytest_homeassistant_custom_component.common import (  # noqa: E402
    async_test_home_assistant,
)

# A bedroom's routine as the schedule step of the config flow stores it, with the defaults.
OPTIONS = {
    "lights_out": "22:30:00",
    "wake": "06:30:00",
    "detox_lead": 30,
    "climate_lead": 60,
    "target_temperature": 18.0,
    "temperature_unit": "°C",
    "screen_policy": "keep_off",
}
# Said beside every A/B figure.
INTERLEAVED = "A and B alternate (AB, BA...) in one process on a shared machine; median of rounds"


def report(bench: str, figure: str, value: float, unit: str, limit: str, **extra: Any) -> None:
    """Print one figure as a JSON line."""
    line = {"bench": bench, "figure": figure, "value": round(value, 3), "unit": unit}
    print(json.dumps(line | {"limit": limit} | extra, ensure_ascii=False), flush=True)


def median_ms(samples: list[float]) -> float:
    """Return the median of samples given in seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def spread(values: list[float], scale: float = 1.0) -> dict[str, Any]:
    """Return the range of ``values`` (times ``scale``) and how many there are."""
    return {
        "range": [round(min(values) * scale, 3), round(max(values) * scale, 3)],
        "rounds": len(values),
    }


def ratios(a: list[float], b: list[float]) -> list[float]:
    """Return A over B round by round."""
    return [x / y for x, y in zip(a, b, strict=True)]


async def alternate[T](rounds: int, *measures: Callable[[], Awaitable[T]]) -> list[list[T]]:
    """Run each measure once a round, the order turning each round; return their samples.

    Two measures run AB, BA, AB...; three ABC, BCA, CAB: drift on a shared machine hits all alike.
    """
    samples: list[list[T]] = [[] for _ in measures]
    for round_ in range(rounds):
        shift = round_ % len(measures)
        for index in [*range(shift, len(measures)), *range(shift)]:
            samples[index].append(await measures[index]())
    return samples


def rss_mib() -> float:
    """Return this process's resident memory now, in MiB."""
    pages = int(Path("/proc/self/statm").read_text("ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@contextlib.asynccontextmanager
async def bench_hass() -> AsyncIterator[HomeAssistant]:
    """Yield a running Home Assistant that loads this repository's custom_components."""
    with tempfile.TemporaryDirectory() as config_dir:
        (Path(config_dir) / "custom_components").symlink_to(ROOT / "custom_components")
        async with async_test_home_assistant(config_dir=config_dir) as hass:
            hass.data.pop(loader.DATA_CUSTOM_COMPONENTS, None)
            yield hass
            await hass.async_stop(force=True)


def timer() -> float:
    """Return a monotonic time in seconds."""
    return time.perf_counter()


def cpu() -> float:
    """Return this process's CPU time in seconds (every thread, the executor's too).

    Wall time on a shared machine mostly measures the neighbours.
    """
    return time.process_time()
