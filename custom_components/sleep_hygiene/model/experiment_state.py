"""The bedroom's experiments as kept in the night log: each with its result as last worked out.

Pure Python (no Home Assistant import). The last one may still be running (or not begun); the
earlier ones are over. The result is ``analyse_experiment``'s, as JSON, worked out again
whenever one of the experiment's nights changes, so it is read without working it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any, ClassVar, Self

from .experiment import Experiment


@dataclass(frozen=True, slots=True)
class ExperimentRun:
    """One experiment and its result as last worked out (None before the first time)."""

    experiment: Experiment
    result: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"experiment": self.experiment.as_dict(), "result": self.result}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the run written by ``as_dict``; raise when it is not in shape."""
        result = data.get("result")
        if result is not None:
            if not isinstance(result, dict):
                raise TypeError("a result is an object")
            date.fromisoformat(result["as_of"])
            if not isinstance(result["as_assigned"]["verdict"], str):
                raise TypeError("a verdict is text")
        return cls(Experiment.from_dict(data["experiment"]), result)


@dataclass(frozen=True, slots=True)
class Experiments:
    """Every experiment of the bedroom, oldest first: only the last can still run."""

    KEY: ClassVar[str] = "experiments"
    runs: tuple[ExperimentRun, ...] = ()

    @property
    def current(self) -> Experiment | None:
        """Return the latest experiment (running, not begun, or over), if any."""
        return self.runs[-1].experiment if self.runs else None

    def covering(self, night: date) -> Experiment | None:
        """Return the experiment ``night`` is in, if any."""
        return next((run.experiment for run in self.runs if run.experiment.running(night)), None)

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"runs": [run.as_dict() for run in self.runs]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Return the experiments written by ``as_dict``; raise when they are not in shape."""
        runs = data["runs"]
        if not isinstance(runs, list):
            raise TypeError("runs is a list")
        read = tuple(ExperimentRun.from_dict(run) for run in runs)
        if any(a.experiment.end > b.experiment.first_night for a, b in pairwise(read)):
            raise ValueError("experiments overlap")
        return cls(read)
