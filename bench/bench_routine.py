"""The evening routine on the dashboard: calendar reads and moving lights-out.

Limits: the calendar trigger's read (a 15-minute look-ahead, every 15 minutes per automation)
median ≤ 1 ms; a month view of the calendar card (six weeks, 63 events; most of its time is Home
Assistant validating each CalendarEvent) median ≤ 20 ms, once per card load; moving lights-out
from a time entity until the reloaded bedroom shows the new time, median ≤ 250 ms (an options
change plus one bedroom reload; setup alone is held to ≤ 100 ms).
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from harness import OPTIONS, bench_hass, median_ms, report, timer
from homeassistant.components.calendar.const import DATA_COMPONENT
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN

READS = 200
MOVES = 20
CALENDAR = "calendar.bedroom_evening_routine"
LIGHTS_OUT = "time.bedroom_lights_out"


async def main() -> None:
    """Read the calendar READS times and move lights-out MOVES times; report the medians."""
    async with bench_hass() as hass:
        assert await async_setup_component(hass, DOMAIN, {})
        entry = MockConfigEntry(domain=DOMAIN, title="Bedroom", options=OPTIONS)
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()

        calendar = hass.data[DATA_COMPONENT].get_entity(CALENDAR)
        assert calendar is not None
        start = dt_util.start_of_local_day() - timedelta(days=7)
        # 22:10 tonight: the digital detox is under way and stretches come next.
        evening = dt_util.start_of_local_day() + timedelta(hours=22, minutes=10)
        reads = {
            "calendar trigger look-ahead (15 minutes)": (evening, timedelta(minutes=15), "≤ 1"),
            "calendar card month view (6 weeks)": (start, timedelta(days=42), "≤ 20"),
        }
        for figure, (begin, length, limit) in reads.items():
            samples: list[float] = []
            for _ in range(READS):
                began = timer()
                events = await calendar.async_get_events(hass, begin, begin + length)
                samples.append(timer() - began)
            report(
                "routine",
                f"{figure}, median of {READS}",
                median_ms(samples),
                "ms",
                limit,
                events=len(events),
            )

        samples = []
        for run in range(MOVES):
            value = ("23:00:00", "22:00:00")[run % 2]
            began = timer()
            await hass.services.async_call(
                "time", "set_value", {"entity_id": LIGHTS_OUT, "time": value}, blocking=True
            )
            await hass.async_block_till_done()
            samples.append(timer() - began)
            state = hass.states.get(LIGHTS_OUT)
            assert state is not None
            assert state.state == value
        report(
            "routine",
            f"move lights-out until the bedroom is reloaded, median of {MOVES}",
            median_ms(samples),
            "ms",
            "≤ 250",
        )


if __name__ == "__main__":
    asyncio.run(main())
