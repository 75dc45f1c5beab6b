"""Numbers as they come back from JSON or a sensor: a bool is not one, nor NaN or infinity."""

from __future__ import annotations

import math
from typing import Any


def is_number(value: Any) -> bool:
    """Return True for a finite int or float that is not a bool."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def number(value: Any) -> float:
    """Return ``value`` as a float, or raise TypeError when it is not a number."""
    if not is_number(value):
        raise TypeError("a number is expected")
    return float(value)
