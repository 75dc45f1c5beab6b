"""Overnight bedroom temperature: time-weighted mean and the share of time in the comfort band.

Pure Python (no Home Assistant import). Readings are in °C. A reading holds until the next one
(as Home Assistant's history shows it); an unknown reading opens a gap that counts for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar, Final

from .json_values import number

# The comfort band around the target: ±1 °C, or ±2 °F for a bedroom set in °F (BRIEF score model).
COMFORT_BAND_C: Final = 1.0
COMFORT_BAND_F_AS_C: Final = 2.0 / 1.8


def comfort_band_c(target_unit: str) -> float:
    """Return the half-width of the comfort band in °C for a target set in ``target_unit``."""
    return COMFORT_BAND_F_AS_C if target_unit == "°F" else COMFORT_BAND_C


@dataclass(slots=True)
class ComfortTally:
    """Running sums of one night's readings, small enough to store after every reading."""

    target_c: float
    band_c: float
    seconds: float = 0.0
    degree_seconds: float = 0.0
    in_band_seconds: float = 0.0
    last_at: datetime | None = None
    last_c: float | None = None

    def add(self, at: datetime, value_c: float | None) -> None:
        """Count the previous reading up to ``at``, then hold ``value_c`` (None: unknown)."""
        if self.last_at is not None and at < self.last_at:
            return  # older than what is held: it no longer tells anything
        self.close(at)
        self.last_c = value_c

    def close(self, at: datetime) -> None:
        """Count the held reading up to ``at``."""
        if self.last_at is not None and self.last_c is not None and at > self.last_at:
            span = (at - self.last_at).total_seconds()
            self.seconds += span
            self.degree_seconds += span * self.last_c
            # A small epsilon so a reading exactly on the band's edge counts as inside.
            if abs(self.last_c - self.target_c) <= self.band_c + 1e-9:
                self.in_band_seconds += span
        if self.last_at is None or at > self.last_at:
            self.last_at = at

    @property
    def mean_c(self) -> float | None:
        """Return the time-weighted mean, or None without any counted time."""
        return self.degree_seconds / self.seconds if self.seconds else None

    @property
    def in_band_share(self) -> float | None:
        """Return the share (0 to 1) of counted time within the band, or None."""
        return self.in_band_seconds / self.seconds if self.seconds else None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "target_c": self.target_c,
            "band_c": self.band_c,
            "seconds": self.seconds,
            "degree_seconds": self.degree_seconds,
            "in_band_seconds": self.in_band_seconds,
            "last_at": self.last_at.isoformat() if self.last_at else None,
            "last_c": self.last_c,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ComfortTally:
        """Return the tally stored by ``as_dict``."""
        last_at, last_c = data.get("last_at"), data.get("last_c")
        return cls(
            target_c=number(data["target_c"]),
            band_c=number(data["band_c"]),
            seconds=number(data["seconds"]),
            degree_seconds=number(data["degree_seconds"]),
            in_band_seconds=number(data["in_band_seconds"]),
            last_at=datetime.fromisoformat(last_at) if last_at else None,
            last_c=None if last_c is None else number(last_c),
        )


@dataclass(slots=True)
class NightTemperature:
    """Tonight's measurement, as stored for restarts."""

    KEY: ClassVar[str] = "temperature"
    night: date
    wake: datetime
    tally: ComfortTally

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "night": self.night.isoformat(),
            "wake": self.wake.isoformat(),
            "tally": self.tally.as_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NightTemperature:
        """Return the measurement stored by ``as_dict``."""
        return cls(
            night=date.fromisoformat(data["night"]),
            wake=datetime.fromisoformat(data["wake"]),
            tally=ComfortTally.from_dict(data["tally"]),
        )
