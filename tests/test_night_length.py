"""The length of a night, and which time was likely typed 12 hours off when it cannot be right."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from custom_components.sleep_hygiene.model.night_length import (
    UnlikelyNight,
    night_length,
    unlikely_night,
)


@pytest.mark.parametrize(
    ("lights_out", "wake", "hours"),
    [
        (time(22, 30), time(6, 30), 8),
        (time(0, 30), time(7, 0), 6.5),
        (time(21, 0), time(21, 0), 0),
        (time(6, 30), time(22, 30), 16),
    ],
)
def test_night_length_runs_from_lights_out_to_the_next_wake(
    lights_out: time, wake: time, hours: float
) -> None:
    assert night_length(lights_out, wake) == timedelta(hours=hours)


@pytest.mark.parametrize(
    ("lights_out", "wake"),
    [
        (time(22, 30), time(2, 30)),  # 4 hours, the shortest
        (time(20, 0), time(10, 0)),  # 14 hours, the longest
        (time(1, 30), time(9, 0)),  # after midnight
        (time(8, 0), time(16, 0)),  # a night-shift sleeper
    ],
)
def test_a_likely_night_passes(lights_out: time, wake: time) -> None:
    assert unlikely_night(lights_out, wake) is None


@pytest.mark.parametrize(
    ("lights_out", "wake", "expected"),
    [
        (time(22, 30), time(18, 30), UnlikelyNight(timedelta(hours=20), "wake", time(6, 30))),
        (time(10, 30), time(6, 30), UnlikelyNight(timedelta(hours=20), "lights_out", time(22, 30))),
        # Noon for midnight.
        (time(12, 0), time(7, 0), UnlikelyNight(timedelta(hours=19), "lights_out", time(0, 0))),
        # Too short: wake typed AM for PM is no likelier than the reverse; wake is read wrong.
        (time(22, 0), time(23, 30), UnlikelyNight(timedelta(hours=1.5), "wake", time(11, 30))),
        # Neither 3 nor 15 hours is likely: no time to suggest.
        (time(22, 30), time(1, 30), UnlikelyNight(timedelta(hours=3))),
        (time(22, 0), time(13, 0), UnlikelyNight(timedelta(hours=15))),
    ],
)
def test_an_unlikely_night_names_the_slip(
    lights_out: time, wake: time, expected: UnlikelyNight
) -> None:
    assert unlikely_night(lights_out, wake) == expected
