"""What to send a thermostat for the night, how to put it back at wake, and whose change it was.

Pure apart from unit conversion. Every value is in the unit the thermostat's state and services
speak, which is Home Assistant's unit system: the climate component converts to and from the
device's own unit, so a °F device in a °C house is sent °C and ends up at the same temperature.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar, Final

from .temperature import CELSIUS, FAHRENHEIT, convert_temperature, convert_temperature_delta

HVAC_OFF: Final = "off"
SINGLE_SETPOINT_MODES: Final = ("heat", "cool")
BAND_MODES: Final = ("heat_cool", "auto")

SET_HVAC_MODE: Final = "set_hvac_mode"
SET_TEMPERATURE: Final = "set_temperature"

TEMPERATURE: Final = "temperature"
TARGET_LOW: Final = "target_temp_low"
TARGET_HIGH: Final = "target_temp_high"
SETPOINT_KEYS: Final = (TEMPERATURE, TARGET_LOW, TARGET_HIGH)

# A reported setpoint this close to the one sent is still ours: a °F device in a °C house
# rounds 64.4 °F to 64 °F (0.22 °C), while a person's smallest step is 0.5 °C or 1 °F.
SAME_SETPOINT_C: Final = 0.25


class Skip(StrEnum):
    """Why a thermostat is left alone tonight."""

    OFF = "off"  # it is off and the person did not opt in to turning it on
    MODE_UNSUPPORTED = "mode_unsupported"  # e.g. fan_only, or a night mode it lacks
    NO_SETPOINT = "no_setpoint"  # it takes neither a temperature nor a band


@dataclass(frozen=True, slots=True)
class Setting:
    """A thermostat's mode and setpoints (only those it has a value for), in ``unit``."""

    hvac_mode: str
    setpoints: dict[str, float]
    unit: str

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"hvac_mode": self.hvac_mode, "setpoints": dict(self.setpoints), "unit": self.unit}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Setting:
        """Return the setting stored by ``as_dict``."""
        return cls(data["hvac_mode"], dict(data["setpoints"]), data["unit"])


@dataclass(frozen=True, slots=True)
class Reading:
    """A thermostat as its state shows it.

    ``setpoints`` holds the setpoint attributes the thermostat supports, with None for one it
    supports but has no value for (a band in heat mode).
    """

    hvac_mode: str
    unit: str
    hvac_modes: tuple[str, ...] = ()
    setpoints: dict[str, float | None] = field(default_factory=dict)
    min_temp: float | None = None
    max_temp: float | None = None
    step: float | None = None

    @property
    def setting(self) -> Setting:
        """Return the mode and the setpoints that have a value."""
        values = {key: value for key, value in self.setpoints.items() if value is not None}
        return Setting(self.hvac_mode, values, self.unit)


@dataclass(frozen=True, slots=True)
class ThermostatCall:
    """One climate service call (the entity id is added by the caller)."""

    service: str
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class NightPlan:
    """The calls that set the night target, and the setting they leave."""

    calls: tuple[ThermostatCall, ...]
    expected: Setting


def thermostat_plan(
    reading: Reading,
    target: float,
    target_unit: str,
    band_width: float,
    night_mode: str | None = None,
) -> NightPlan | Skip:
    """Return the calls that hold the bedroom at ``target``, or why it is left alone.

    ``band_width`` is in ``target_unit``; ``night_mode`` is the mode an "off" thermostat is
    switched to, None to leave it off.
    """
    mode = reading.hvac_mode
    calls: list[ThermostatCall] = []
    if mode == HVAC_OFF:
        if night_mode is None:
            return Skip.OFF
        if night_mode not in reading.hvac_modes:
            return Skip.MODE_UNSUPPORTED
        mode = night_mode
        calls.append(ThermostatCall(SET_HVAC_MODE, {"hvac_mode": mode}))
    if mode not in (*SINGLE_SETPOINT_MODES, *BAND_MODES):
        return Skip.MODE_UNSUPPORTED
    centre = convert_temperature(target, target_unit, reading.unit)
    half = convert_temperature_delta(band_width, target_unit, reading.unit) / 2
    keys = _setpoint_keys(mode, reading.setpoints)
    if not keys:
        return Skip.NO_SETPOINT
    if keys == (TEMPERATURE,):
        setpoints = {TEMPERATURE: _fit(centre, reading)}
    else:
        setpoints = {
            TARGET_LOW: _fit(centre - half, reading),
            TARGET_HIGH: _fit(centre + half, reading),
        }
    calls.append(ThermostatCall(SET_TEMPERATURE, setpoints))
    return NightPlan(tuple(calls), Setting(mode, setpoints, reading.unit))


def restore_plan(snapshot: Setting, reading: Reading) -> tuple[ThermostatCall, ...]:
    """Return the calls that bring the thermostat back to ``snapshot`` (none if it is there)."""
    keys = _setpoint_keys(snapshot.hvac_mode, snapshot.setpoints)
    wanted = {
        key: round(convert_temperature(snapshot.setpoints[key], snapshot.unit, reading.unit), 2)
        for key in keys
        if key in reading.setpoints
    }
    temperature_calls: list[ThermostatCall] = []
    if any(not _same(reading.setpoints.get(k), v, reading.unit) for k, v in wanted.items()):
        temperature_calls.append(ThermostatCall(SET_TEMPERATURE, wanted))
    mode_calls: list[ThermostatCall] = []
    if reading.hvac_mode != snapshot.hvac_mode:
        mode_calls.append(ThermostatCall(SET_HVAC_MODE, {"hvac_mode": snapshot.hvac_mode}))
    # A setpoint belongs to its mode: set it after switching to the mode, before switching off.
    if snapshot.hvac_mode == HVAC_OFF:
        return (*temperature_calls, *mode_calls)
    return (*mode_calls, *temperature_calls)


def is_changed(expected: Setting, reading: Reading) -> bool:
    """Return True when the thermostat no longer shows the setting that was sent."""
    if reading.hvac_mode != expected.hvac_mode:
        return True
    return any(
        not _same(
            reading.setpoints.get(key),
            convert_temperature(value, expected.unit, reading.unit),
            reading.unit,
        )
        for key, value in expected.setpoints.items()
    )


def _setpoint_keys(mode: str, supported: dict[str, Any]) -> tuple[str, ...]:
    """Return the setpoints that hold ``mode``: a band in heat_cool/auto, else one temperature."""
    has_band = TARGET_LOW in supported and TARGET_HIGH in supported
    band = (TARGET_LOW, TARGET_HIGH)
    if mode in BAND_MODES and has_band:
        return band
    if TEMPERATURE in supported:
        return (TEMPERATURE,)
    return band if has_band else ()


def _fit(value: float, reading: Reading) -> float:
    """Return ``value`` on the thermostat's step, within its limits."""
    step = reading.step or (1.0 if reading.unit == FAHRENHEIT else 0.5)
    value = round(value / step) * step
    if reading.min_temp is not None:
        value = max(value, reading.min_temp)
    if reading.max_temp is not None:
        value = min(value, reading.max_temp)
    return round(value, 2)


def _same(current: float | None, wanted: float, unit: str) -> bool:
    if current is None:
        return False
    return abs(current - wanted) < convert_temperature_delta(SAME_SETPOINT_C, CELSIUS, unit)


class ClimatePhase(StrEnum):
    """Where tonight's thermostat work stands."""

    WAITING = "waiting"  # unavailable at the switch time: set it when it returns before wake
    HOLDING = "holding"  # the night setting is on: watch for a person's change
    LET_GO = "let_go"  # a person changed it (or a call failed): only restore at wake
    LEFT_ALONE = "left_alone"  # off without the opt-in, or a skipped night: not touched
    RESTORING = "restoring"  # unavailable at wake: restore when it returns


WATCHED_PHASES: Final = (ClimatePhase.WAITING, ClimatePhase.HOLDING, ClimatePhase.RESTORING)


@dataclass(frozen=True, slots=True)
class NightClimate:
    """Tonight's thermostat work, as stored for restarts."""

    KEY: ClassVar[str] = "climate"
    night: date
    entity_id: str
    phase: ClimatePhase
    snapshot: Setting | None = None  # the day setting to restore at wake
    expected: Setting | None = None  # what was sent, to tell a person's change

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "night": self.night.isoformat(),
            "entity_id": self.entity_id,
            "phase": self.phase.value,
            "snapshot": self.snapshot.as_dict() if self.snapshot else None,
            "expected": self.expected.as_dict() if self.expected else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NightClimate:
        """Return the work stored by ``as_dict``."""
        snapshot, expected = data.get("snapshot"), data.get("expected")
        return cls(
            night=date.fromisoformat(data["night"]),
            entity_id=data["entity_id"],
            phase=ClimatePhase(data["phase"]),
            snapshot=Setting.from_dict(snapshot) if snapshot else None,
            expected=Setting.from_dict(expected) if expected else None,
        )
