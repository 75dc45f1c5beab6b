"""Entity names read well whatever the bedroom is called, and the questions in asking order.

Home Assistant's frontend cuts the device's name off the front of an entity's name: in a bedroom
called "Bedroom", "Bedroom & wind-down score" would show as "& wind-down score".
"""

from __future__ import annotations

import json
from pathlib import Path

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.model.night import QUESTIONS

from .conftest import BEDROOM_OPTIONS

TRANSLATIONS = Path(__file__).parent.parent / "custom_components" / "sleep_hygiene" / "translations"
SEPARATORS = " -:"


def _cut_by(name: str, device: str) -> bool:
    """Return True when the frontend would cut ``device`` off the front of ``name``."""
    start = name[: len(device)]
    rest = name[len(device) :]
    return start.casefold() == device.casefold() and rest[:1] in tuple(SEPARATORS)


async def _entities(hass: HomeAssistant, title: str) -> list[er.RegistryEntry]:
    entry = MockConfigEntry(
        domain=DOMAIN, title=title, data={}, options=dict(BEDROOM_OPTIONS), entry_id="room"
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)


@pytest.mark.parametrize("title", ["Bedroom", "Bedroom & wind-down", "Score", "Main bedroom"])
async def test_no_name_begins_with_the_bedroom_s(hass: HomeAssistant, title: str) -> None:
    entities = await _entities(hass, title)
    assert len(entities) > 30
    cut = [entity.original_name for entity in entities if _cut_by(entity.original_name, title)]
    assert cut == []


async def test_the_questions_sort_in_asking_order_with_their_submit_button(
    hass: HomeAssistant,
) -> None:
    entities = await _entities(hass, "Bedroom")
    controls = sorted(
        (entity.original_name, entity.entity_id)
        for entity in entities
        if entity.domain in ("select", "button")
    )
    assert controls == [
        ("Check-in 1: leg twitches", "select.bedroom_leg_twitches"),
        ("Check-in 2: leg sensations", "select.bedroom_leg_sensations"),
        ("Check-in 3: awakenings", "select.bedroom_awakenings"),
        ("Check-in 4: pain or cramps", "select.bedroom_pain_or_cramps"),
        ("Check-in 5: rested", "select.bedroom_rested"),
        ("Check-in 6: last caffeine", "select.bedroom_last_caffeine"),
        ("Check-in 7: alcohol", "select.bedroom_alcohol"),
        ("Check-in 8: evening", "select.bedroom_evening"),
        # Entity ids stay those of the first names: dashboards and automations use them.
        ("Check-in: submit answers", "button.bedroom_submit_check_in"),
        ("Resume tonight", "button.bedroom_resume_tonight"),
        ("Skip tonight", "button.bedroom_skip_tonight"),
        ("Start digital detox now", "button.bedroom_start_digital_detox_now"),
    ]
    score = next(entity for entity in entities if entity.translation_key == "bedroom_score")
    assert score.entity_id == "sensor.bedroom_bedroom_wind_down_score"
    assert score.original_name == "Wind-down & bedroom score"


@pytest.mark.parametrize("language", sorted(path.stem for path in TRANSLATIONS.glob("*.json")))
def test_every_language_asks_in_order(language: str) -> None:
    entity = json.loads((TRANSLATIONS / f"{language}.json").read_text(encoding="utf-8"))["entity"]
    names = [entity["select"][f"check_in_{question}"]["name"] for question in QUESTIONS]
    assert sorted(names, key=str.casefold) == names
    # The submit button shares the questions' first word, so it is listed beside them.
    first_word = names[0].split()[0]
    assert all(name.split()[0] == first_word for name in names)
    assert entity["button"]["submit_check_in"]["name"].startswith(first_word)
