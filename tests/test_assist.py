"""Assist hears the bedroom's requests: through ``conversation.process`` and a real satellite."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import CONF_SATELLITE, DOMAIN
from custom_components.sleep_hygiene.model.detox_plan import Phase
from custom_components.sleep_hygiene.model.score import score_night

from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS
from .journal_fixtures import GOOD_ANSWERS
from .satellite import VoiceSatellite, async_add_satellites, async_say

LONDON = ZoneInfo("Europe/London")
# Tuesday afternoon: tonight's detox is at 22:00, lights-out 22:30.
AFTERNOON = datetime(2026, 3, 10, 15, 0, tzinfo=LONDON)
LAST_NIGHT = date(2026, 3, 9)
TONIGHT = date(2026, 3, 10)


@pytest.fixture
async def satellites(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> tuple[VoiceSatellite, VoiceSatellite]:
    """Return two satellites with Assist and its conversation agent set up, in the afternoon."""
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(AFTERNOON)
    bedside, guest = await async_add_satellites(hass, "Bedside speaker", "Guest speaker")
    assert await async_setup_component(hass, "conversation", {})
    return bedside, guest


async def _set_up(
    hass: HomeAssistant,
    entry_id: str = "bedroom1",
    title: str = "Main bedroom",
    **options: Any,
) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=title,
        data=dict(BEDROOM_DATA),
        options=BEDROOM_OPTIONS | options,
        entry_id=entry_id,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def _process(hass: HomeAssistant, text: str, language: str = "en") -> str:
    """Send ``text`` through the ``conversation.process`` action; return the spoken answer."""
    result = await hass.services.async_call(
        "conversation",
        "process",
        {"text": text, "language": language},
        blocking=True,
        return_response=True,
    )
    assert result is not None
    speech: str = result["response"]["speech"]["plain"]["speech"]  # type: ignore[call-overload,index]
    return speech


def _phase(entry: MockConfigEntry) -> Phase:
    return entry.runtime_data.detox.tonight.phase


async def test_skip_resume_and_start_in_english(
    hass: HomeAssistant, satellites: tuple[VoiceSatellite, VoiceSatellite]
) -> None:
    entry = await _set_up(hass)

    assert await _process(hass, "Skip tonight") == (
        "Tonight is skipped in Main bedroom: the house leaves the bedroom alone."
    )
    assert _phase(entry) is Phase.SKIPPED
    assert entry.runtime_data.log.get(TONIGHT).skipped

    assert await _process(hass, "resume tonight's wind-down") == (
        "Tonight's wind-down in Main bedroom runs as planned."
    )
    assert _phase(entry) is Phase.WAITING
    assert not entry.runtime_data.log.get(TONIGHT).skipped

    assert await _process(hass, "start the wind-down now") == (
        "The wind-down has started in Main bedroom."
    )
    assert _phase(entry) is Phase.DETOX


async def test_resume_after_the_detox_time_starts_it(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    satellites: tuple[VoiceSatellite, VoiceSatellite],
) -> None:
    entry = await _set_up(hass)
    await _process(hass, "skip the digital detox")
    freezer.move_to(datetime(2026, 3, 10, 22, 10, tzinfo=LONDON))
    assert (
        await _process(hass, "don't skip tonight") == "The wind-down has started in Main bedroom."
    )
    assert _phase(entry) is Phase.DETOX
    # After lights-out, the detox's own refusal is said.
    freezer.move_to(datetime(2026, 3, 10, 23, 0, tzinfo=LONDON))
    assert await _process(hass, "skip tonight") == (
        "Tonight's lights-out has passed; the detox starts again tomorrow evening."
    )


async def test_how_did_i_sleep(
    hass: HomeAssistant, satellites: tuple[VoiceSatellite, VoiceSatellite]
) -> None:
    entry = await _set_up(hass)
    assert await _process(hass, "How did I sleep?") == (
        "Last night in Main bedroom has no check-in yet."
    )
    await hass.services.async_call(
        DOMAIN,
        "log_check_in",
        {"config_entry_id": "bedroom1", "twitches": "few", "caffeine": "none", "alcohol": "one"},
        blocking=True,
    )
    score = score_night(entry.runtime_data.log.records(), LAST_NIGHT, LONDON)
    assert score is not None
    # Habits: no caffeine 10, one drink 3 of 7, out of 17: 76.5; symptoms: a few twitches 5/10.
    assert score.hygiene == pytest.approx(76.5, abs=0.05)
    assert score.burden == pytest.approx(50.0)
    assert await _process(hass, "how was my night") == (
        "Last night in Main bedroom: habits and bedroom 76.5 out of 100;"
        " symptom burden 50 out of 100, and lower is better."
    )


async def test_the_sentences_in_german(
    hass: HomeAssistant, satellites: tuple[VoiceSatellite, VoiceSatellite]
) -> None:
    hass.config.language = "de"
    entry = await _set_up(hass, title="Schlafzimmer")

    assert await _process(hass, "Heute Abend aussetzen", "de") == (
        "Heute Abend ausgesetzt in Schlafzimmer: Das Haus lässt das Schlafzimmer in Ruhe."
    )
    assert _phase(entry) is Phase.SKIPPED
    assert await _process(hass, "heute Abend doch nicht aussetzen", "de") == (
        "Die digitale Auszeit in Schlafzimmer läuft heute Abend wie geplant."
    )
    assert _phase(entry) is Phase.WAITING
    assert await _process(hass, "Starte die digitale Auszeit jetzt", "de") == (
        "Die digitale Auszeit in Schlafzimmer hat begonnen."
    )
    assert _phase(entry) is Phase.DETOX
    assert await _process(hass, "Wie habe ich geschlafen?", "de") == (
        "Für letzte Nacht in Schlafzimmer gibt es noch keinen Check-in."
    )
    assert await _process(hass, "Wie habe ich im Schlafzimmer geschlafen", "de") == (
        "Für letzte Nacht in Schlafzimmer gibt es noch keinen Check-in."
    )
    # Typed, not said to a satellite: nothing can ask it aloud.
    assert await _process(hass, "Starte den Check-in", "de") == (
        "Den Check-in kann ich nur über einen Sprachsatelliten stellen. Beantworte ihn auf dem"
        " Smartphone oder auf der Seite „Schlaf“."
    )


async def test_two_bedrooms_by_name_or_by_the_satellite_that_heard_it(
    hass: HomeAssistant, satellites: tuple[VoiceSatellite, VoiceSatellite]
) -> None:
    bedside, guest = satellites
    main = await _set_up(hass, **{CONF_SATELLITE: bedside.entity_id})
    guest_room = await _set_up(hass, "bedroom2", "Guest room", **{CONF_SATELLITE: guest.entity_id})

    assert await _process(hass, "skip tonight") == (
        "Which bedroom: Main bedroom, Guest room? Say it again with the bedroom's name."
    )
    assert await _process(hass, "skip tonight in the guest room") == (
        "Tonight is skipped in Guest room: the house leaves the bedroom alone."
    )
    assert (_phase(main), _phase(guest_room)) == (Phase.WAITING, Phase.SKIPPED)
    assert await _process(hass, "skip tonight in the attic") == (
        "I don't know a bedroom called attic. The bedrooms are: Main bedroom, Guest room."
    )
    # Said to the bedside satellite, "tonight" is the main bedroom's.
    assert await async_say(hass, "start the wind-down", satellite=bedside) == (
        "The wind-down has started in Main bedroom."
    )
    assert (_phase(main), _phase(guest_room)) == (Phase.DETOX, Phase.SKIPPED)


async def test_log_my_check_in_starts_it_on_the_satellite_that_heard_it(
    hass: HomeAssistant, satellites: tuple[VoiceSatellite, VoiceSatellite]
) -> None:
    """The bedroom has no satellite of its own: the one that heard it asks."""
    entry = await _set_up(hass)
    _bedside, guest = satellites
    guest.replies = ["many", "stop"]
    assert await async_say(hass, "log my check-in", satellite=guest) == "Starting the check-in."
    assert guest.said[0].startswith(
        "The morning check-in for Main bedroom. Say stop to end it at any time."
        " Did your legs twitch"
    )
    record = entry.runtime_data.log.get(LAST_NIGHT)
    assert record.check_in.answers == {"twitches": "many"}
    assert record.check_in.source == "voice"
    # Heard on a device (its satellite is found), and already answered in part, it goes on.
    guest.replies = ["stop"]
    result = await conversation.async_converse(
        hass, "log my check-in", None, Context(), device_id=guest.registry_entry.device_id
    )
    assert result.response.speech["plain"]["speech"] == "Starting the check-in."
    await hass.async_block_till_done(wait_background_tasks=True)
    assert guest.said[-2].startswith("The morning check-in for Main bedroom. Say stop to end it")
    assert "tingling" in guest.said[-2]
    # Complete, it says so.
    await hass.services.async_call(
        DOMAIN, "log_check_in", {"config_entry_id": "bedroom1", **GOOD_ANSWERS}, blocking=True
    )
    assert await async_say(hass, "start my morning check in", satellite=guest) == (
        "Last night's check-in for Main bedroom is already complete."
    )


async def test_log_my_check_in_waits_for_the_morning(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    satellites: tuple[VoiceSatellite, VoiceSatellite],
) -> None:
    bedside, _guest = satellites
    await _set_up(hass, **{CONF_SATELLITE: bedside.entity_id})
    freezer.move_to(datetime(2026, 3, 11, 3, 0, tzinfo=LONDON))
    assert await async_say(hass, "log my check-in", satellite=bedside) == (
        "It's night in Main bedroom: the check-in waits for the morning."
    )
    assert bedside.said == []


async def test_the_sentences_go_with_the_last_bedroom(
    hass: HomeAssistant, satellites: tuple[VoiceSatellite, VoiceSatellite]
) -> None:
    first = await _set_up(hass)
    second = await _set_up(hass, "bedroom2", "Guest room")
    assert await hass.config_entries.async_unload(first.entry_id)
    assert await _process(hass, "skip tonight") == (
        "Tonight is skipped in Guest room: the house leaves the bedroom alone."
    )
    assert await hass.config_entries.async_unload(second.entry_id)
    await hass.async_block_till_done()
    assert await _process(hass, "skip tonight") != (
        "Tonight is skipped in Guest room: the house leaves the bedroom alone."
    )
    assert "Guest room" not in await _process(hass, "how did I sleep")
    # A bedroom set up again brings them back.
    assert await hass.config_entries.async_setup(second.entry_id)
    await hass.async_block_till_done()
    assert await _process(hass, "how did I sleep") == (
        "Last night in Guest room has no check-in yet."
    )


async def test_conversation_set_up_after_the_bedroom(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(AFTERNOON)
    assert await async_setup_component(hass, "homeassistant", {})
    await _set_up(hass)
    assert await async_setup_component(hass, "conversation", {})
    await hass.async_block_till_done()
    assert await _process(hass, "how did I sleep") == (
        "Last night in Main bedroom has no check-in yet."
    )
