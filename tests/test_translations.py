"""Every translation mirrors en.json: same keys, same placeholders, and actually translated."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
import json
from pathlib import Path
import re
from typing import Any

import pytest

PACKAGE = Path(__file__).parent.parent / "custom_components" / "sleep_hygiene"
TRANSLATIONS = PACKAGE / "translations"
ENGLISH = TRANSLATIONS / "en.json"
LANGUAGES = sorted(path.stem for path in TRANSLATIONS.glob("*.json") if path != ENGLISH)

PLACEHOLDER = re.compile(r"\{(\w+)\}")
CODE = re.compile(r"`[^`]*`")
LETTERS = re.compile(r"[^\W\d_]+")
PRODUCT_NAMES = ("Sleep Hygiene", "Home Assistant")
# A few strings may rightly read the same as in English ("Auto", "Alcohol", "Thermostat").
MAX_SHARE_LEFT_IN_ENGLISH = 0.05


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _walk(node: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (dotted key path, value) for every key at every depth."""
    for key, value in node.items():
        path = f"{prefix}.{key}" if prefix else key
        yield path, value
        if isinstance(value, dict):
            yield from _walk(value, path)


def _strings(node: dict[str, Any]) -> dict[str, Any]:
    """Return the leaves (everything that is not an object) by key path."""
    return {path: value for path, value in _walk(node) if not isinstance(value, dict)}


def _words_left(text: str) -> list[str]:
    """Return the words a translator should have translated: not code, placeholders or names."""
    text = CODE.sub(" ", PLACEHOLDER.sub(" ", text))
    for name in PRODUCT_NAMES:
        text = text.replace(name, " ")
    return LETTERS.findall(text)


def _is_exempt(text: str) -> bool:
    """Placeholders, product names, code and very short words ("OK", "°C") need no translation."""
    return len("".join(_words_left(text))) <= 3


@pytest.fixture(scope="module")
def english() -> dict[str, Any]:
    return _json(ENGLISH)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def translated(language: str) -> dict[str, Any]:
    data = _json(TRANSLATIONS / f"{language}.json")
    assert isinstance(data, dict), language
    return data


def test_english_is_strings_json(english: dict[str, Any]) -> None:
    assert english == _json(PACKAGE / "strings.json")


def test_the_translated_languages_are_there() -> None:
    assert {"de", "es", "fr", "it", "nl", "pl"} <= set(LANGUAGES)


def test_same_keys_at_every_depth(
    language: str, english: dict[str, Any], translated: dict[str, Any]
) -> None:
    expected = {path: isinstance(value, dict) for path, value in _walk(english)}
    actual = {path: isinstance(value, dict) for path, value in _walk(translated)}
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    assert not missing, f"{language}: missing keys {missing}"
    assert not extra, f"{language}: keys not in en.json {extra}"
    shape = sorted(path for path in expected if expected[path] != actual[path])
    assert not shape, f"{language}: object where en.json has a string, or the reverse: {shape}"


def test_every_string_is_a_non_empty_string(
    language: str, english: dict[str, Any], translated: dict[str, Any]
) -> None:
    texts = _strings(translated)
    bad = sorted(
        path
        for path, value in _strings(english).items()
        if isinstance(value, str)
        and path in texts
        and (not isinstance(texts[path], str) or not texts[path].strip())
    )
    assert not bad, f"{language}: empty or not a string at {bad}"


def test_same_placeholders(
    language: str, english: dict[str, Any], translated: dict[str, Any]
) -> None:
    texts = _strings(translated)
    mismatched = [
        f"{path}: en {sorted(PLACEHOLDER.findall(value))}, "
        f"{language} {sorted(PLACEHOLDER.findall(texts[path]))}"
        for path, value in _strings(english).items()
        if isinstance(value, str)
        and isinstance(texts.get(path), str)
        and Counter(PLACEHOLDER.findall(value)) != Counter(PLACEHOLDER.findall(texts[path]))
    ]
    assert not mismatched, f"{language}: placeholders differ from en.json: {mismatched}"


def test_not_left_in_english(
    language: str, english: dict[str, Any], translated: dict[str, Any]
) -> None:
    english_texts = {
        path: value for path, value in _strings(english).items() if isinstance(value, str)
    }
    texts = _strings(translated)
    same = sorted(
        path
        for path, value in english_texts.items()
        if texts.get(path) == value and not _is_exempt(value)
    )
    sentences = [path for path in same if len(_words_left(english_texts[path])) >= 3]
    assert not sentences, f"{language}: sentences still in English at {sentences}"
    share = len(same) / len(english_texts)
    assert share <= MAX_SHARE_LEFT_IN_ENGLISH, (
        f"{language}: {len(same)} of {len(english_texts)} strings equal the English text: {same}"
    )


@pytest.mark.parametrize(
    ("text", "exempt"),
    [
        ("{step}", True),
        ("Sleep Hygiene: {bedroom}", True),
        ("OK", True),
        ("°C", True),
        ("`{path}`", True),
        ("Auto", False),
        ("Skip tonight", False),
    ],
)
def test_what_may_stay_in_english(text: str, exempt: bool) -> None:
    assert _is_exempt(text) is exempt
