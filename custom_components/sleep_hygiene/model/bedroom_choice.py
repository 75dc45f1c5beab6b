"""Which bedroom a spoken request means: the one it names, or the one whose satellite heard it.

Pure Python (no Home Assistant import). With one bedroom a request needs no name. With more, a
request names the bedroom ("skip tonight in the guest room"), or is heard on a satellite a
bedroom has chosen for its check-in; otherwise the house asks which one. Names compare without
case, and a word's ending may differ by two letters (Polish and German decline a room's name:
"w sypialni" for "Sypialnia").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

# How many letters at a word's end may differ (a declension), for words at least this long.
_ENDING: Final = 2
_STEM: Final = 3


class Problem(StrEnum):
    """Why no bedroom could be picked."""

    NONE = "none"  # no bedroom is set up
    UNKNOWN = "unknown"  # the name fits no bedroom
    WHICH = "which"  # several bedrooms, and nothing says which


@dataclass(frozen=True, slots=True)
class Bedroom:
    """A bedroom a request can mean: its entry, its name and its check-in satellite."""

    entry_id: str
    name: str
    satellite: str | None = None


@dataclass(frozen=True, slots=True)
class Pick:
    """The bedroom picked, or why none was."""

    bedroom: Bedroom | None = None
    problem: Problem | None = None


def pick_bedroom(bedrooms: Sequence[Bedroom], *, named: str | None, satellite: str | None) -> Pick:
    """Return the bedroom a request means: by ``named``, by ``satellite``, or the only one."""
    if not bedrooms:
        return Pick(problem=Problem.NONE)
    if named is not None and named.strip():
        exact = [room for room in bedrooms if _words(room.name) == _words(named)]
        close = exact or [room for room in bedrooms if same_name(named, room.name)]
        return Pick(close[0]) if len(close) == 1 else Pick(problem=Problem.UNKNOWN)
    if len(bedrooms) == 1:
        return Pick(bedrooms[0])
    own = [room for room in bedrooms if satellite is not None and room.satellite == satellite]
    return Pick(own[0]) if len(own) == 1 else Pick(problem=Problem.WHICH)


def same_name(spoken: str, name: str) -> bool:
    """Return True when ``spoken`` is ``name``, a word's ending aside."""
    said, words = _words(spoken), _words(name)
    return len(said) == len(words) and all(map(_same_word, said, words))


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().split())


def _same_word(said: str, word: str) -> bool:
    if said == word:
        return True
    longest = max(len(said), len(word))
    common = 0
    for left, right in zip(said, word, strict=False):
        if left != right:
            break
        common += 1
    return common >= _STEM and common >= longest - _ENDING
