"""The phone check-in as a chain of notifications: one question each, at most three buttons.

Pure Python (no Home Assistant import). Android shows at most three action buttons, so the one
question with four answers (caffeine) is asked in two steps: "none", "before the cut-off" or
"later"; only "later" asks the follow-up "afternoon" or "evening".

An action id names the bedroom, the check-in's nonce, the step and the choice, so a tap can be
checked against the check-in under way: a tap with an old or unknown nonce is ignored.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
import secrets
from typing import Final, TypeIs

from .night import QUESTIONS

ACTION_PREFIX: Final = "SLEEP_HYGIENE"
_SEPARATOR: Final = ":"
# The caffeine choice that asks when, instead of answering.
CHOICE_LATER: Final = "later"
STEP_CAFFEINE: Final = "caffeine"
STEP_CAFFEINE_LATER: Final = "caffeine_later"
MAX_BUTTONS: Final = 3  # Android's limit.


@dataclass(frozen=True, slots=True)
class ChainStep:
    """One notification: the question it answers and its buttons."""

    key: str
    question: str
    choices: tuple[str, ...]
    # The step a CHOICE_LATER tap asks next.
    follow_up: str | None = None


def _steps() -> dict[str, ChainStep]:
    steps = {
        question: ChainStep(question, question, options)
        for question, options in QUESTIONS.items()
        if question != STEP_CAFFEINE
    }
    steps[STEP_CAFFEINE] = ChainStep(
        STEP_CAFFEINE,
        STEP_CAFFEINE,
        ("none", "before_cutoff", CHOICE_LATER),
        follow_up=STEP_CAFFEINE_LATER,
    )
    steps[STEP_CAFFEINE_LATER] = ChainStep(
        STEP_CAFFEINE_LATER, STEP_CAFFEINE, ("afternoon", "evening")
    )
    return steps


STEPS: Final = _steps()
# The steps asked in turn; a follow-up is asked only when its question's "later" is tapped.
ORDER: Final = tuple(QUESTIONS)


@dataclass(frozen=True, slots=True)
class Tap:
    """A parsed action id."""

    nonce: str
    step: str
    choice: str


def new_nonce() -> str:
    """Return a fresh, unguessable check-in nonce."""
    return secrets.token_hex(8)


def action_id(entry_id: str, nonce: str, step: str, choice: str) -> str:
    """Return the action id of one button."""
    return _SEPARATOR.join((ACTION_PREFIX, entry_id, nonce, step, choice))


def is_bedroom_action(value: object, entry_id: str) -> TypeIs[str]:
    """Return True when ``value`` looks like an action id of this bedroom."""
    return isinstance(value, str) and value.startswith(
        f"{ACTION_PREFIX}{_SEPARATOR}{entry_id}{_SEPARATOR}"
    )


def parse_action(value: object, entry_id: str) -> Tap | None:
    """Return the tap an action id of this bedroom stands for, or None if it is not one."""
    if not is_bedroom_action(value, entry_id):
        return None
    parts = value.split(_SEPARATOR)
    if len(parts) != 5:
        return None
    _prefix, _entry, nonce, step, choice = parts
    if step not in STEPS or choice not in STEPS[step].choices:
        return None
    return Tap(nonce=nonce, step=step, choice=choice)


def first_step(answered: Collection[str]) -> str | None:
    """Return the first step whose question is not answered yet, or None when all are."""
    return next((step for step in ORDER if step not in answered), None)


def next_step(current: str, choice: str | None, answered: Collection[str]) -> str | None:
    """Return the step after ``current`` (tapped ``choice``, None if skipped), or None at the end.

    Questions already answered (say, on the dashboard) are not asked again.
    """
    step = STEPS[current]
    if choice == CHOICE_LATER and step.follow_up is not None:
        return step.follow_up
    after = ORDER.index(step.question) + 1
    return next((key for key in ORDER[after:] if key not in answered), None)


def position(step: str) -> int:
    """Return the step's number (1-based) among the questions; a follow-up shares its question's."""
    return ORDER.index(STEPS[step].question) + 1
