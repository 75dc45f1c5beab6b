"""Temperature unit conversion between °C and °F, shared by the flows, the climate and the score.

Home Assistant's unit system is always one of these two, so the model needs no more than this.
"""

from __future__ import annotations

from typing import Final

CELSIUS: Final = "°C"
FAHRENHEIT: Final = "°F"
_UNITS: Final = (CELSIUS, FAHRENHEIT)


def _check(from_unit: str, to_unit: str) -> None:
    if from_unit not in _UNITS or to_unit not in _UNITS:
        raise ValueError(f"only {CELSIUS} and {FAHRENHEIT} are converted")


def convert_temperature(value: float, from_unit: str, to_unit: str) -> float:
    """Return ``value`` converted between °C and °F."""
    _check(from_unit, to_unit)
    if from_unit == to_unit:
        return value
    # The same arithmetic as Home Assistant's TemperatureConverter, to the last bit.
    if to_unit == FAHRENHEIT:
        return value * 1.8 + 32.0
    return (value - 32.0) / 1.8


def convert_temperature_delta(value: float, from_unit: str, to_unit: str) -> float:
    """Return a temperature difference (e.g. a band width) converted between °C and °F."""
    _check(from_unit, to_unit)
    if from_unit == to_unit:
        return value
    return value * 1.8 if to_unit == FAHRENHEIT else value / 1.8
