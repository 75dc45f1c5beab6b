"""°C/°F conversion in the pure model gives what Home Assistant's own converters give."""

from __future__ import annotations

from homeassistant.const import UnitOfTemperature
from homeassistant.util.unit_conversion import TemperatureConverter, TemperatureDeltaConverter
import pytest

from custom_components.sleep_hygiene.model.temperature import (
    CELSIUS,
    FAHRENHEIT,
    convert_temperature,
    convert_temperature_delta,
)


@pytest.mark.parametrize("value", [-20.0, 0.0, 18.0, 18.3, 64.4, 65.0, 100.0])
@pytest.mark.parametrize(("source", "target"), [(CELSIUS, FAHRENHEIT), (FAHRENHEIT, CELSIUS)])
def test_the_same_as_home_assistant(value: float, source: str, target: str) -> None:
    assert (CELSIUS, FAHRENHEIT) == (UnitOfTemperature.CELSIUS, UnitOfTemperature.FAHRENHEIT)
    assert convert_temperature(value, source, target) == TemperatureConverter.convert(
        value, source, target
    )
    assert convert_temperature_delta(value, source, target) == pytest.approx(
        TemperatureDeltaConverter.convert(value, source, target)
    )
    assert convert_temperature(value, source, source) == value


def test_only_celsius_and_fahrenheit() -> None:
    with pytest.raises(ValueError, match="only"):
        convert_temperature(300.0, UnitOfTemperature.KELVIN, CELSIUS)
