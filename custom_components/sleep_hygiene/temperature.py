"""Temperature unit conversion, shared by the flows, the climate control and the score."""

from __future__ import annotations

from homeassistant.util.unit_conversion import TemperatureConverter, TemperatureDeltaConverter


def convert_temperature(value: float, from_unit: str, to_unit: str) -> float:
    """Return ``value`` converted between Home Assistant temperature units."""
    if from_unit == to_unit:
        return value
    return TemperatureConverter.convert(value, from_unit, to_unit)


def convert_temperature_delta(value: float, from_unit: str, to_unit: str) -> float:
    """Return a temperature difference (e.g. a band width) converted between units."""
    if from_unit == to_unit:
        return value
    return TemperatureDeltaConverter.convert(value, from_unit, to_unit)
