"""Points that change linearly between two limits, as every measured part of the score is given."""

from __future__ import annotations


def falling(value: float, full_at: float, zero_at: float, points: float) -> float:
    """Return full points up to ``full_at``, none from ``zero_at``, linear in between."""
    if value <= full_at:
        return points
    if value >= zero_at:
        return 0.0
    return points * (zero_at - value) / (zero_at - full_at)


def rising(value: float, zero_at: float, full_at: float, points: float) -> float:
    """Return none up to ``zero_at``, full points from ``full_at``, linear in between."""
    return falling(-value, -full_at, -zero_at, points)
