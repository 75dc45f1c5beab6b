"""The points of each measured part of a night: regularity, detox, screens, lights, temperature."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .measured_record import screen_minutes_with_phones, screens_watched
from .points import falling
from .score_weights import (
    DETOX_POINTS,
    DETOX_ZERO_LATE_MINUTES,
    LIGHT_DOMAIN_PREFIX,
    LIGHTS_POINTS,
    LUX_ASLEEP_MAX,
    LUX_WIND_DOWN_MAX,
    REGULARITY_FULL_SD_MINUTES,
    REGULARITY_POINTS,
    REGULARITY_ZERO_SD_MINUTES,
    SCREENS_POINTS,
    SCREENS_ZERO_MINUTES,
    TEMPERATURE_POINTS,
)

if TYPE_CHECKING:
    from .night import NightRecord


def regularity_points(sd_minutes: float | None) -> float | None:
    """Return the regularity points for a lights-out SD, or None without one."""
    if sd_minutes is None:
        return None
    return falling(
        sd_minutes, REGULARITY_FULL_SD_MINUTES, REGULARITY_ZERO_SD_MINUTES, REGULARITY_POINTS
    )


def _has(devices: bool | None) -> bool:
    """Return whether the bedroom had the devices; a night from before they were noted had."""
    return devices is not False


def detox_points(record: NightRecord) -> float | None:
    """Return the detox-on-time points; None with nothing to detox, none planned or none run."""
    if record.detox_planned is None or not (_has(record.has_lights) or _has(record.has_screens)):
        return None
    if record.skipped:
        return 0.0
    if record.detox_started is None:
        # The house did not run (or the night is not over): nothing measured, nothing to blame.
        return None
    late = (record.detox_started - record.detox_planned).total_seconds() / 60
    return falling(late, 0.0, DETOX_ZERO_LATE_MINUTES, DETOX_POINTS)


def screens_points(record: NightRecord) -> float | None:
    """Return the screens-off points; 0 when the detox was skipped, None when it did not run.

    None too in a bedroom without screens or a phone whose screen is followed: nothing to count.
    """
    if not screens_watched(record):
        return None
    if record.skipped:
        return 0.0
    if record.detox_started is None:
        return None
    return falling(screen_minutes_with_phones(record), 0.0, SCREENS_ZERO_MINUTES, SCREENS_POINTS)


def lights_points(record: NightRecord) -> float | None:
    """Return the lights points, from illuminance when measured, else from the detox.

    None without either: a bedroom without lights or a light sensor has nothing to go on.
    """
    checks = [
        lux <= limit
        for lux, limit in (
            (record.lux_wind_down_max, LUX_WIND_DOWN_MAX),
            (record.lux_asleep_max, LUX_ASLEEP_MAX),
        )
        if lux is not None
    ]
    if checks:
        # Each measured limit is an equal share; one met of two gives half the points.
        return LIGHTS_POINTS * sum(checks) / len(checks)
    if not _has(record.has_lights):
        return None
    if record.skipped:
        return 0.0
    if record.detox_started is None:
        return None
    if any(entity.startswith(LIGHT_DOMAIN_PREFIX) for entity in record.overrides):
        return 0.0
    return LIGHTS_POINTS


def temperature_points(record: NightRecord) -> float | None:
    """Return the temperature points: 10 x the share of in-bed time within the band."""
    share = record.temperature_in_band_share
    if share is None:
        return None
    return TEMPERATURE_POINTS * min(max(share, 0.0), 1.0)
