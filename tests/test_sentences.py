"""The sentences Assist hears, in every language: complete, valid, and never two answers at once.

Each question's answers are matched the way Home Assistant matches ``ask_question``'s answers
(hassil, the slot lists taken as wildcards): every sentence an answer lists, and the answer's own
label as the satellite reads it out, must be heard as that answer and no other.
"""

from __future__ import annotations

from itertools import islice
import json
from pathlib import Path
from typing import Any

from hassil import Intents, recognize
from hassil.expression import Expression, Group, ListReference
from hassil.intents import WildcardSlotList
from hassil.parse_expression import parse_sentence
from hassil.sample import sample_expression
from homeassistant.components.conversation.trigger import TRIGGER_SCHEMA
import pytest

from custom_components.sleep_hygiene.assist import INTENTS
from custom_components.sleep_hygiene.house.voice.check_in import answers
from custom_components.sleep_hygiene.house.voice.sentences import (
    Sentences,
    languages,
    read_sentences,
)
from custom_components.sleep_hygiene.model.check_in_chain import STEPS, WEEKLY_ORDER
from custom_components.sleep_hygiene.model.voice_check_in import STOP

PACKAGE = Path(__file__).parent.parent / "custom_components" / "sleep_hygiene"
# The words a label's {cutoff} is read as, and what the person says for it.
CUTOFF = "2 PM"


@pytest.fixture(params=languages())
def sentences(request: pytest.FixtureRequest) -> Sentences:
    return read_sentences(str(request.param))


def test_every_language_the_integration_speaks_has_sentences() -> None:
    shipped = sorted(path.stem for path in (PACKAGE / "translations").glob("*.json"))
    assert languages() == shipped


def test_a_regional_variant_hears_its_language_and_an_unknown_one_english() -> None:
    assert read_sentences("de-CH").language == "de"
    assert read_sentences("sv").language == "en"


def test_every_request_and_every_answer_is_there(sentences: Sentences) -> None:
    assert set(sentences.requests) == set(INTENTS)
    assert sentences.answers.keys() == STEPS.keys()
    for step, chain_step in STEPS.items():
        assert set(sentences.answers[step]) == set(chain_step.choices), step
    assert sentences.stop


def test_the_requests_are_valid_sentence_triggers(sentences: Sentences) -> None:
    for key in INTENTS:
        TRIGGER_SCHEMA({"platform": "conversation", "command": sentences.request(key)})


def _intents(language: str, heard: dict[str, list[str]]) -> Intents:
    """Return the answers as Home Assistant builds them for ``ask_question``."""
    intents = Intents.from_dict(
        {
            "language": language,
            "intents": {
                "QuestionIntent": {
                    "data": [
                        {"sentences": said, "metadata": {"answer_id": answer}}
                        for answer, said in heard.items()
                    ]
                }
            },
        }
    )
    names: set[str] = set()
    for intent in intents.intents.values():
        for data in intent.data:
            for sentence in data.sentences:
                _lists(sentence.expression, names)
    for name in names:
        intents.slot_lists[name] = WildcardSlotList(name)
    return intents


def _lists(expression: Expression, names: set[str]) -> None:
    if isinstance(expression, Group):
        for item in expression.items:
            _lists(item, names)
    elif isinstance(expression, ListReference):
        names.add(expression.slot_name)


def _heard(intents: Intents, text: str) -> Any:
    result = recognize(text, intents)
    return (
        None
        if result is None or result.intent_metadata is None
        else result.intent_metadata["answer_id"]
    )


def _samples(template: str) -> list[str]:
    """Return up to 50 ways of saying a template (none for one with a wildcard)."""
    if "{" in template:
        return []
    return list(islice(sample_expression(parse_sentence(template).expression), 50))


def test_every_answer_is_heard_as_itself(sentences: Sentences) -> None:
    for step in STEPS:
        heard = {choice["id"]: choice["sentences"] for choice in answers(sentences, step)}
        intents = _intents(sentences.language, heard)
        for answer, said in heard.items():
            for template in said:
                for text in _samples(template):
                    assert _heard(intents, text) == answer, (sentences.language, step, text)


def _labels(language: str) -> dict[str, dict[str, str]]:
    """Return each step's choices as the satellite reads them out, by choice."""
    strings = json.loads((PACKAGE / "translations" / f"{language}.json").read_text("utf-8"))
    options, common = strings["selector"], strings["common"]
    labels: dict[str, dict[str, str]] = {}
    for key, step in STEPS.items():
        labels[key] = {
            choice: (
                common[step.texts[choice]].replace("{cutoff}", CUTOFF)
                if choice in step.texts
                else options[step.question]["options"][choice]
            )
            for choice in step.choices
        }
    return labels


def test_saying_an_answer_as_it_was_read_out_is_heard(sentences: Sentences) -> None:
    for step, labels in _labels(sentences.language).items():
        heard = {choice["id"]: choice["sentences"] for choice in answers(sentences, step)}
        intents = _intents(sentences.language, heard)
        for choice, label in labels.items():
            assert _heard(intents, label) == choice, (sentences.language, step, label)


def test_stop_is_heard_at_every_question(sentences: Sentences) -> None:
    for step in WEEKLY_ORDER:
        heard = {choice["id"]: choice["sentences"] for choice in answers(sentences, step)}
        assert _heard(_intents(sentences.language, heard), sentences.stop[0]) == STOP
