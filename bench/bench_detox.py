"""The digital detox in a bedroom with 50 lights and 10 screens.

Figures:
- latency from the detox time (the clock's real timer, wall time) until every service call is
  dispatched, median of RUNS nights (``timer_late_ms``: how late a bare Home Assistant timer
  fires on the same machine, the part that is not the bedroom's work); and until every light and
  screen shows its new state;
- the number of service calls the detox step makes (grouped: one per domain, not one per entity).

What the bedroom costs the rest of the house, in and out of the detox, is bench_overhead's.

Limits: dispatched ≤ 50 ms (a person at the switch would not notice 100 ms); every device
updated ≤ 500 ms (template devices run a script each, in the same loop); 4 calls (lights, media
players, switches, remotes).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta
import time

from harness import bench_hass, median_ms, report
from homeassistant.const import EVENT_CALL_SERVICE, EVENT_STATE_CHANGED
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers.event import async_track_point_in_utc_time
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from rooms import bedroom_entry, build_bedroom, switch_everything_on

from custom_components.sleep_hygiene.const import DOMAIN

LIGHTS = 50
RUNS = 15
DEVICE_DOMAINS = {"light", "media_player", "switch", "remote"}


@dataclass
class Night:
    """One detox, timed from its instant (seconds)."""

    dispatched: float
    updated: float
    calls: int
    timer_late: float


async def one_night(hass: HomeAssistant, lights: list[str], screens: list[str]) -> Night:
    """Run one detox on a real timer."""
    await switch_everything_on(hass, lights, screens)
    at = (dt_util.now() + timedelta(seconds=2)).replace(microsecond=0)
    # A timer of our own half a second earlier: how late Home Assistant's timers fire here.
    reference = at - timedelta(seconds=0.5)
    fired: list[float] = []

    @callback
    def on_timer(_now: datetime) -> None:
        fired.append(time.time())

    unsub_timer = async_track_point_in_utc_time(hass, on_timer, reference)
    entry = bedroom_entry(hass, lights, screens, at)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    dispatched: list[float] = []
    changed: dict[str, float] = {}
    watched = set(lights) | set(screens)

    @callback
    def on_call(event: Event) -> None:
        if event.data["domain"] in DEVICE_DOMAINS:
            dispatched.append(time.time())

    @callback
    def on_change(event: Event[EventStateChangedData]) -> None:
        if event.data["entity_id"] in watched:
            changed[event.data["entity_id"]] = time.time()

    unsubs = [
        unsub_timer,
        hass.bus.async_listen(EVENT_CALL_SERVICE, on_call),
        hass.bus.async_listen(EVENT_STATE_CHANGED, on_change),
    ]
    await asyncio.sleep(max(0.0, at.timestamp() - time.time()) + 1.0)
    await hass.async_block_till_done()
    for unsub in unsubs:
        unsub()
    assert await hass.config_entries.async_remove(entry.entry_id)
    assert len(changed) == len(watched), f"only {len(changed)} devices changed"
    trigger = at.timestamp()
    return Night(
        dispatched=max(dispatched) - trigger,
        updated=max(changed.values()) - trigger,
        calls=len(dispatched),
        timer_late=fired[0] - reference.timestamp(),
    )


async def main() -> None:
    async with bench_hass() as hass:
        assert await async_setup_component(hass, DOMAIN, {})
        lights, screens = await build_bedroom(hass, LIGHTS)
        nights = [await one_night(hass, lights, screens) for _ in range(RUNS)]
        report(
            "detox",
            f"detox time to all calls dispatched, {LIGHTS} lights + 10 screens, median of {RUNS}",
            median_ms([n.dispatched for n in nights]),
            "ms",
            "≤ 50",
            # How late a bare Home Assistant timer fires on this machine, for comparison.
            timer_late_ms=round(median_ms([n.timer_late for n in nights]), 3),
        )
        report(
            "detox",
            f"detox time to every light and screen updated, median of {RUNS}",
            median_ms([n.updated for n in nights]),
            "ms",
            "≤ 500",
        )
        report(
            "detox",
            "service calls made by one detox step",
            max(n.calls for n in nights),
            "calls",
            "4 (one per domain)",
        )


if __name__ == "__main__":
    asyncio.run(main())
