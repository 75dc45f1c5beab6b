"""The voice check-in's turns: what a spoken reply means, and what is asked next.

Pure Python (no Home Assistant import). A voice satellite asks the phone chain's steps
(``check_in_chain``) one at a time, with the same follow-ups and the weekly question on its
morning; only what happens without an answer is its own. A question met with silence or with
words not understood is asked once more, then passed (it stays unanswered); two questions in a
row passed that way end the check-in (nobody seems to be there). "Stop" ends it at once. What was
answered is kept either way: each answer is recorded as it is given.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from .check_in_chain import STEPS, WEEKLY_ORDER, next_question

# The answer id every question also hears: the person wants to stop.
STOP: Final = "stop"
# A question is asked this often before it is passed unanswered.
ASKS_PER_QUESTION: Final = 2
# Questions passed unanswered in a row that end the check-in.
UNANSWERED_TO_END: Final = 2


class Ending(StrEnum):
    """Why a voice check-in ended before its last question."""

    STOPPED = "stopped"  # the person said stop
    NO_REPLY = "no_reply"  # questions in a row went unanswered


class Refusal(StrEnum):
    """Why a voice check-in does not start."""

    NO_SATELLITE = "no_satellite"
    AT_NIGHT = "at_night"
    BUSY = "busy"  # one is under way for the bedroom
    COMPLETE = "complete"  # every question of the night is answered


@dataclass(frozen=True, slots=True)
class Turn:
    """The step being asked, how often it was asked, and the questions passed in a row."""

    step: str
    asked: int = 1
    unanswered: int = 0


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a reply does: the answer to record, and the next turn (None: it is over)."""

    answer: dict[str, str] = field(default_factory=dict)
    next: Turn | None = None
    ending: Ending | None = None


def heard(step: str, answer_id: str | None) -> str | None:
    """Return the choice (or STOP) an answer id stands for, or None if it is neither."""
    if answer_id == STOP or (answer_id is not None and answer_id in STEPS[step].choices):
        return answer_id
    return None


def after_reply(
    turn: Turn, reply: str | None, answered: Collection[str], *, weekly: bool
) -> Outcome:
    """Return what ``reply`` (a choice, STOP, or None for silence or words not understood) does.

    ``answered``: the questions answered before this reply, on any way in.
    """
    if reply == STOP:
        return Outcome(ending=Ending.STOPPED)
    step = STEPS[turn.step]
    if reply is not None:
        answer = {step.question: reply} if step.records(reply) else {}
        given = {*answered, *answer}
        following = next_question(turn.step, reply, given, weekly=weekly)
        return Outcome(answer, None if following is None else Turn(following))
    if turn.asked < ASKS_PER_QUESTION:
        return Outcome(next=Turn(turn.step, turn.asked + 1, turn.unanswered))
    if turn.unanswered + 1 >= UNANSWERED_TO_END:
        return Outcome(ending=Ending.NO_REPLY)
    following = next_question(turn.step, None, answered, weekly=weekly)
    return Outcome(next=None if following is None else Turn(following, 1, turn.unanswered + 1))


def still_to_ask(step: str | None, answered: Collection[str], *, weekly: bool) -> str | None:
    """Return ``step``, or the first one after it whose question is still open.

    A question answered meanwhile another way (a phone, the panel) is not asked again; a
    follow-up is, since its question was answered only in part.
    """
    while step is not None and step in WEEKLY_ORDER and step in answered:
        step = next_question(step, None, answered, weekly=weekly)
    return step
