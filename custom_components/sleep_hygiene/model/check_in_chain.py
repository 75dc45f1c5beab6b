"""The phone check-in as a chain of notifications: one question each, at most three buttons.

Pure Python (no Home Assistant import). Android shows at most three action buttons, so the two
questions with four answers are asked in two steps. Caffeine: "none", "before <cut-off>" or
"later"; only "later" asks "afternoon" or "evening". The evening: "calm", "stressed" or "hard
exercise"; a stressed evening asks whether there was hard exercise too, and the other way round
(the answer tapped first is kept, so a follow-up swiped away loses nothing). Once a week (the
bedroom's day) the weekly question about what to tell a doctor comes last.

An action id names the bedroom, the check-in's nonce, the step and the choice, so a tap can be
checked against the check-in under way: a tap with an old or unknown nonce is ignored.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
import secrets
from typing import Final, TypeIs

from .night import ALL_QUESTIONS, QUESTIONS, WEEKLY_QUESTION

ACTION_PREFIX: Final = "SLEEP_HYGIENE"
_SEPARATOR: Final = ":"
# Choices that ask a follow-up, or say an answer in words of their own.
CHOICE_LATER: Final = "later"
CHOICE_BEFORE_CUTOFF: Final = "before_cutoff"
STEP_CAFFEINE: Final = "caffeine"
STEP_CAFFEINE_LATER: Final = "caffeine_later"
STEP_EVENING: Final = "evening"
STEP_EVENING_STRESSED: Final = "evening_stressed"
STEP_EVENING_HARD_EXERCISE: Final = "evening_hard_exercise"
BOTH: Final = "stressed_hard_exercise"
# The text keys (``common``) of the choices that say "no" / "yes, both" in a follow-up.
TEXT_NO: Final = "check_in_choice_no"
TEXT_YES_BOTH: Final = "check_in_choice_yes_too"
MAX_BUTTONS: Final = 3  # Android's limit.


@dataclass(frozen=True, slots=True)
class ChainStep:
    """One notification: the question it answers and its buttons."""

    key: str
    question: str
    choices: tuple[str, ...]
    # The step a tapped choice asks next, by choice.
    follow_ups: Mapping[str, str] = field(default_factory=dict)
    # Choices shown in words of their own (a ``common`` text key), not the answer's name.
    texts: Mapping[str, str] = field(default_factory=dict)

    def records(self, choice: str) -> bool:
        """Return True when tapping ``choice`` answers the question (not only asks more)."""
        return choice in ALL_QUESTIONS[self.question]


def _steps() -> dict[str, ChainStep]:
    steps = {
        question: ChainStep(question, question, options)
        for question, options in ALL_QUESTIONS.items()
    }
    steps[STEP_CAFFEINE] = ChainStep(
        STEP_CAFFEINE,
        STEP_CAFFEINE,
        ("none", CHOICE_BEFORE_CUTOFF, CHOICE_LATER),
        follow_ups={CHOICE_LATER: STEP_CAFFEINE_LATER},
        texts={
            CHOICE_BEFORE_CUTOFF: "check_in_choice_before_cutoff",
            CHOICE_LATER: "check_in_choice_later",
        },
    )
    steps[STEP_CAFFEINE_LATER] = ChainStep(
        STEP_CAFFEINE_LATER, STEP_CAFFEINE, ("afternoon", "evening")
    )
    steps[STEP_EVENING] = ChainStep(
        STEP_EVENING,
        STEP_EVENING,
        ("calm", "stressed", "hard_exercise"),
        follow_ups={"stressed": STEP_EVENING_STRESSED, "hard_exercise": STEP_EVENING_HARD_EXERCISE},
    )
    for key, alone in (
        (STEP_EVENING_STRESSED, "stressed"),
        (STEP_EVENING_HARD_EXERCISE, "hard_exercise"),
    ):
        steps[key] = ChainStep(
            key, STEP_EVENING, (alone, BOTH), texts={alone: TEXT_NO, BOTH: TEXT_YES_BOTH}
        )
    return steps


STEPS: Final = _steps()
# The steps asked in turn; a follow-up is asked only after the choice that leads to it.
ORDER: Final = tuple(QUESTIONS)
WEEKLY_ORDER: Final = (*ORDER, WEEKLY_QUESTION)


def chain_length(*, weekly: bool) -> int:
    """Return how many questions the chain asks (the weekly one on its day)."""
    return len(WEEKLY_ORDER if weekly else ORDER)


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


def first_step(answered: Collection[str], *, weekly: bool) -> str | None:
    """Return the first step whose question is not answered yet, or None when all are."""
    order = WEEKLY_ORDER if weekly else ORDER
    return next((step for step in order if step not in answered), None)


def next_question(
    current: str, choice: str | None, answered: Collection[str], *, weekly: bool
) -> str | None:
    """Return the step after ``current`` (tapped ``choice``, None if skipped), or None at the end.

    Questions already answered (say, on the dashboard) are not asked again.
    """
    step = STEPS[current]
    if choice is not None and (follow_up := step.follow_ups.get(choice)) is not None:
        return follow_up
    order = WEEKLY_ORDER if weekly else ORDER
    after = order.index(step.question) + 1
    return next((key for key in order[after:] if key not in answered), None)


def position(step: str) -> int:
    """Return the step's number (1-based) among the questions; a follow-up shares its question's."""
    return WEEKLY_ORDER.index(STEPS[step].question) + 1
