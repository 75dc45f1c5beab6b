"""What Assist hears, per language: the requests' sentences and the voice check-in's answers.

The sentences are hassil templates in ``sentences/<language>.yaml``, one file per language the
integration speaks, read in the executor once. A language without a file hears English.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from homeassistant.core import HomeAssistant
from homeassistant.util.yaml import load_yaml_dict

_FOLDER: Final = Path(__file__).parents[2] / "sentences"
FALLBACK: Final = "en"
# Where a request's sentence names the bedroom (the words it is called by).
SLOT_BEDROOM: Final = "bedroom"


@dataclass(frozen=True, slots=True)
class Sentences:
    """One language's sentences."""

    language: str
    # The words that name a bedroom after a request: "in [the] {bedroom}".
    bedroom: str
    # Request -> its sentences.
    requests: dict[str, list[str]]
    # Question step -> choice -> what is heard for it.
    answers: dict[str, dict[str, list[str]]]
    stop: list[str]

    def request(self, key: str) -> list[str]:
        """Return a request's sentences, each also followed by the words naming a bedroom."""
        said = self.requests[key]
        plain = [sentence for sentence in said if f"{{{SLOT_BEDROOM}}}" not in sentence]
        return [*said, *(f"{sentence} {self.bedroom}" for sentence in plain)]


def languages() -> list[str]:
    """Return the languages that have sentences."""
    return sorted(path.stem for path in _FOLDER.glob("*.yaml"))


# Sentences by the language asked for, once read: the files do not change while running.
_KNOWN: dict[str, Sentences] = {}


@cache
def _read(language: str) -> Sentences:
    data = load_yaml_dict(str(_FOLDER / f"{language}.yaml"))
    return Sentences(
        language=language,
        bedroom=str(data["bedroom"]),
        requests={str(key): [str(s) for s in said] for key, said in data["requests"].items()},
        answers={
            str(step): {str(choice): [str(s) for s in said] for choice, said in choices.items()}
            for step, choices in data["answers"].items()
        },
        stop=[str(s) for s in data["stop"]],
    )


def read_sentences(language: str) -> Sentences:
    """Return a language's sentences (a regional variant reads its language's); in the executor."""
    base = language.split("-", maxsplit=1)[0].lower()
    return _read(base if base in languages() else FALLBACK)


async def async_sentences(hass: HomeAssistant, language: str) -> Sentences:
    """Return a language's sentences, read in the executor the first time."""
    if (known := _KNOWN.get(language)) is None:
        known = _KNOWN[language] = await hass.async_add_executor_job(read_sentences, language)
    return known
