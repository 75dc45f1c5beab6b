"""Cost of measuring the bedroom overnight.

Two figures:
- the pure tally of a whole night from 10 000 readings (one every 2.9 s over 8 hours: far more
  than a real sensor sends), time-weighted mean and comfort share included;
- one reading in a running Home Assistant: the bedroom's listener reads the stored tally, adds the
  reading and stores it back (what runs in the event loop each time the sensor changes).

Limits: a night of 10 000 readings ≤ 20 ms in all (it is spread over the night anyway); one
reading ≤ 0.5 ms (state write and listener together), so even a chatty sensor costs the event
loop nothing noticeable.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
import math

from harness import OPTIONS, bench_hass, median_ms, report, timer
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry
from rooms import has_run_before

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.model.comfort_stats import ComfortTally, NightTemperature

SAMPLES = 10_000
RUNS = 30
READINGS = 500
SENSOR = "sensor.bedroom_temperature"


def night_curve() -> list[tuple[datetime, float]]:
    """Return SAMPLES readings over 8 hours, drifting around 18 °C."""
    start = datetime(2026, 11, 20, 22, 30, tzinfo=UTC)
    step = timedelta(hours=8) / SAMPLES
    return [(start + i * step, 18 + 1.5 * math.sin(i / 500)) for i in range(SAMPLES)]


def tally_night(curve: list[tuple[datetime, float]]) -> float | None:
    tally = ComfortTally(target_c=18.0, band_c=1.0)
    for at, value in curve:
        tally.add(at, value)
    tally.close(curve[-1][0] + timedelta(seconds=3))
    return tally.in_band_share


def in_bed_now() -> dict[str, str]:
    """Return lights-out and wake that put now inside tonight's in-bed window."""
    now = dt_util.now()
    if now.hour >= 13:  # evening: lights went out an hour ago
        return {"lights_out": (now - timedelta(hours=1)).strftime("%H:%M:00")}
    # Morning or after midnight: lights went out at midnight, wake is later today.
    return {"lights_out": "00:00:00", "wake": (now + timedelta(hours=2)).strftime("%H:%M:00")}


async def in_home_assistant() -> None:
    async with bench_hass() as hass:
        hass.states.async_set(SENSOR, "18.0", {"unit_of_measurement": "°C"})
        entry = MockConfigEntry(
            domain=DOMAIN,
            title="Bedroom",
            data={"temperature_sensor": SENSOR},
            options=OPTIONS | in_bed_now(),
        )
        entry.add_to_hass(hass)
        # Set up in its night, a new bedroom would wait for its next step: this one ran before.
        has_run_before(hass, entry)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        assert entry.runtime_data.log.read_state(NightTemperature) is not None

        # Listeners run just after each state is written: time the whole batch, then divide.
        began = timer()
        for i in range(READINGS):
            hass.states.async_set(SENSOR, f"{18 + (i % 7) / 10:.1f}", {"unit_of_measurement": "°C"})
            await asyncio.sleep(0)
        await hass.async_block_till_done()
        per_reading = (timer() - began) / READINGS
        stored = entry.runtime_data.log.read_state(NightTemperature)
        assert stored is not None
        assert stored.tally.last_c == 18 + ((READINGS - 1) % 7) / 10, "the listener did not keep up"
        report(
            "climate",
            f"one bedroom reading in a running Home Assistant, mean of {READINGS}",
            per_reading * 1000,
            "ms",
            "≤ 0.5",
        )


def main() -> None:
    curve = night_curve()
    samples: list[float] = []
    for _ in range(RUNS):
        began = timer()
        share = tally_night(curve)
        samples.append(timer() - began)
    report(
        "climate",
        f"night stats from {SAMPLES} readings (pure), median of {RUNS}",
        median_ms(samples),
        "ms",
        "≤ 20",
        in_band_share=round(share or 0, 3),
    )
    asyncio.run(in_home_assistant())


if __name__ == "__main__":
    main()
