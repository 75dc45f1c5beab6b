"""A real, in-process Home Assistant for the benchmarks, and a way to print figures.

Each figure is one JSON line: the bench, the figure, its value and unit, and the limit it is held
to.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
import contextlib
import json
from pathlib import Path
import resource
import statistics
import sys
import tempfile
import time
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def report(bench: str, figure: str, value: float, unit: str, limit: str, **extra: Any) -> None:
    """Print one figure as a JSON line."""
    line = {"bench": bench, "figure": figure, "value": round(value, 3), "unit": unit}
    print(json.dumps(line | {"limit": limit} | extra, ensure_ascii=False), flush=True)


def median_ms(samples: list[float]) -> float:
    """Return the median of samples given in seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def peak_memory_mib() -> float:
    """Return this process's peak resident memory in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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
