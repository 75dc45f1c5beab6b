"""The check-in asked aloud by a real Assist satellite, answered by a person with scripted words.

Home Assistant runs ``assist_satellite.ask_question`` on the satellite entity: it speaks the
question, hears the reply and matches it against the answers' sentences itself.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import persistent_notification
from homeassistant.const import EVENT_HOMEASSISTANT_STARTED
from homeassistant.core import CoreState, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events

from custom_components.sleep_hygiene.const import (
    CONF_SATELLITE,
    DOMAIN,
    EVENT_CHECK_IN_LOGGED,
)
from custom_components.sleep_hygiene.flow_schemas import ADVANCED
from custom_components.sleep_hygiene.house.parts import VOICE_CHECK_IN
from custom_components.sleep_hygiene.model.score import score_night
from custom_components.sleep_hygiene.model.stored_state import VoiceChain

from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS
from .flow_helpers import suggested, untouched, with_advanced
from .satellite import SILENCE, VoiceSatellite, async_add_satellites, async_until_said
from .test_phone_check_in import AFTER_WAKE, BEFORE_WAKE, LAST_NIGHT, LONDON, PROMPT_CARE
from .time_helpers import advance

# The phone check-in's morning: London on GMT, wake at 06:30, lights-out 22:30, caffeine 14:00.
INTRO = "The morning check-in for Main bedroom. Say stop to end it at any time."
TWITCHES = (
    "Did your legs twitch or jerk as you fell asleep? (Many: they kept you from falling asleep.)"
    " None, A few or Many?"
)
LEGS = (
    "Any tingling, crawling or urge to move your legs? (Severe: it kept you from falling asleep"
    " or made you get up.) None, Some or Severe?"
)
AWAKENINGS = "How often did you wake up in the night? None, Once or twice or Three times or more?"
PAIN = (
    "Any cramps, pain, numbness or swelling in your legs?"
    " None, Cramps or Pain, numbness or swelling?"
)
RESTED = "How rested do you feel this morning? Well, Somewhat or Poorly?"
AGAIN = "Sorry, I didn't catch that."
# The person's words for the whole chain, with the follow-ups, and what they record.
WORDS = [
    "a few",
    "none",
    "once or twice",
    "cramps",
    "somewhat",
    "later",
    "in the evening",
    "one drink",
    "stressed",
    "yes both",
]
ANSWERS = {
    "twitches": "few",
    "leg_sensations": "none",
    "awakenings": "one_two",
    "pain": "cramps",
    "rested": "somewhat",
    "caffeine": "evening",
    "alcohol": "one",
    "evening": "stressed_hard_exercise",
}


@pytest.fixture
async def satellite(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> VoiceSatellite:
    """Return the bedside satellite, before wake in London."""
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(BEFORE_WAKE)
    (bedside,) = await async_add_satellites(hass, "Bedside speaker")
    return bedside


async def _set_up(
    hass: HomeAssistant,
    satellite: VoiceSatellite | None,
    /,
    *,
    entry_id: str = "bedroom1",
    title: str = "Main bedroom",
    **options: Any,
) -> MockConfigEntry:
    chosen = {} if satellite is None else {CONF_SATELLITE: satellite.entity_id}
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=title,
        data=dict(BEDROOM_DATA),
        options=BEDROOM_OPTIONS | chosen | options,
        entry_id=entry_id,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def _wake(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    await advance(hass, freezer, AFTER_WAKE)
    await hass.async_block_till_done(wait_background_tasks=True)


def _answers(entry: MockConfigEntry, night: date = LAST_NIGHT) -> dict[str, str]:
    record = entry.runtime_data.log.get(night)
    return {} if record is None or record.check_in is None else dict(record.check_in.answers)


def _figure(value: float | None) -> str:
    assert value is not None
    return f"{value:.1f}".removesuffix(".0")


async def test_at_wake_the_satellite_asks_every_question_and_thanks(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    satellite: VoiceSatellite,
    hass_storage: dict[str, Any],
) -> None:
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    entry = await _set_up(hass, satellite)
    satellite.replies = list(WORDS)
    await _wake(hass, freezer)

    said = satellite.said
    assert said[:5] == [f"{INTRO} {TWITCHES}", LEGS, AWAKENINGS, PAIN, RESTED]
    # The caffeine question names the night's cut-off; "later" asks when.
    assert said[5] == (
        "When did you last have caffeine yesterday? (Your cut-off is 2:00 PM.)"
        " None, Before 2:00 PM or Later?"
    )
    assert said[6] == (
        "After 2:00 PM: was it in the afternoon or the evening? In the afternoon or In the evening?"
    )
    assert said[8] == "How was your evening before bed? Calm, Stressed or Hard exercise?"
    assert said[9] == "A stressed evening: was there hard exercise too? No or Yes, both?"
    assert len(said) == 11
    score = score_night(entry.runtime_data.log.records(), LAST_NIGHT, LONDON)
    assert score is not None
    assert said[10] == (
        f"Thanks, all saved. Habits and bedroom: {_figure(score.hygiene)} out of 100."
        f" Symptom burden: {_figure(score.burden)} out of 100, and lower is better."
    )
    record = entry.runtime_data.log.get(LAST_NIGHT)
    assert record.check_in.answers == ANSWERS
    assert record.check_in.source == "voice"
    assert record.edits == []
    # On disk, and done: the next restart does not ask again.
    stored = hass_storage["sleep_hygiene.bedroom1"]["data"]
    assert stored["nights"]["2026-03-09"]["check_in"]["answers"] == ANSWERS
    assert stored["state"]["voice_check_in"] == {
        "night": "2026-03-09",
        "satellite": satellite.entity_id,
        "step": None,
    }
    assert [event.data for event in events] == [
        {"config_entry_id": "bedroom1", "night": "2026-03-09", "source": "voice", "complete": True}
    ]


async def test_the_thanks_says_todays_part_of_an_experiment(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    """As on the phone: the day's arm is known from the morning, before its choices are made."""
    entry = await _set_up(hass, satellite)
    await hass.services.async_call(
        DOMAIN,
        "start_experiment",
        {"config_entry_id": "bedroom1", "change": "no_alcohol"},
        blocking=True,
    )
    experiment = entry.runtime_data.experiments.current
    assert experiment is not None
    satellite.replies = list(WORDS)
    await _wake(hass, freezer)

    what = "no alcohol" if experiment.arms[0] == "change" else "as usual"
    assert satellite.said[-1].startswith("Thanks, all saved.")
    assert satellite.said[-1].endswith(f" Today: {what} (night 1 of 14 of your experiment).")


async def test_silence_is_asked_once_more_then_the_question_is_passed(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _set_up(hass, satellite)
    satellite.replies = [SILENCE, SILENCE, *WORDS[1:]]
    await _wake(hass, freezer)

    assert satellite.said[:3] == [f"{INTRO} {TWITCHES}", f"{AGAIN} {TWITCHES}", LEGS]
    assert _answers(entry) == {key: value for key, value in ANSWERS.items() if key != "twitches"}


async def test_words_it_does_not_understand_are_asked_again(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _set_up(hass, satellite)
    satellite.replies = ["purple elephants", *WORDS]
    await _wake(hass, freezer)

    assert satellite.said[:3] == [f"{INTRO} {TWITCHES}", f"{AGAIN} {TWITCHES}", LEGS]
    assert _answers(entry) == ANSWERS


async def test_stop_ends_it_and_keeps_what_was_answered(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    entry = await _set_up(hass, satellite)
    satellite.replies = ["a few", "none", "stop"]
    await _wake(hass, freezer)

    assert _answers(entry) == {"twitches": "few", "leg_sensations": "none"}
    assert satellite.said[:3] == [f"{INTRO} {TWITCHES}", LEGS, AWAKENINGS]
    assert satellite.said[3].startswith(
        "All right, I'll stop here. What you answered is kept. Thanks, all saved."
    )
    assert len(satellite.said) == 4
    assert [event.data["complete"] for event in events] == [False]


async def test_no_answer_to_two_questions_in_a_row_ends_it(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    """Nobody is there: each of two questions asked twice, then it says why it stops."""
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    entry = await _set_up(hass, satellite)
    await _wake(hass, freezer)

    assert satellite.said == [
        f"{INTRO} {TWITCHES}",
        f"{AGAIN} {TWITCHES}",
        LEGS,
        f"{AGAIN} {LEGS}",
        "I hear no answer, so I'll stop here. What you answered is kept; the rest can be"
        " answered on your phone or on the Sleep page.",
    ]
    assert _answers(entry) == {}
    assert events == []
    # Wake does not ask twice the same morning.
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(satellite.said) == 5


async def test_pain_brings_the_signs_that_need_care_aloud_at_once(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _set_up(hass, satellite)
    satellite.replies = ["a few", "none", "once", "my legs are swollen", "swelling", "stop"]
    await _wake(hass, freezer)

    assert satellite.said[3:7] == [PAIN, f"{AGAIN} {PAIN}", PROMPT_CARE, RESTED]
    assert _answers(entry)["pain"] == "pain_numbness_swelling"
    shown = persistent_notification._async_get_or_create_notifications(hass)
    assert shown["sleep_hygiene_bedroom1_prompt_care"]["message"] == PROMPT_CARE
    # And again with the thanks.
    assert satellite.said[-1].endswith(PROMPT_CARE)


async def _stop_at_the_second_question(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> MockConfigEntry:
    """Answer the first question at wake, then stop Home Assistant while the second waits."""
    entry = await _set_up(hass, satellite)
    never: asyncio.Future[str | None] = hass.loop.create_future()
    satellite.replies = ["a few", never]
    await advance(hass, freezer, AFTER_WAKE)
    await async_until_said(hass, satellite, 2)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def test_a_restart_half_way_goes_on_at_the_unanswered_question(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    satellite: VoiceSatellite,
    hass_storage: dict[str, Any],
) -> None:
    entry = await _stop_at_the_second_question(hass, freezer, satellite)
    assert satellite.said == [f"{INTRO} {TWITCHES}", LEGS]
    assert hass_storage["sleep_hygiene.bedroom1"]["data"]["state"]["voice_check_in"] == {
        "night": "2026-03-09",
        "satellite": satellite.entity_id,
        "step": "leg_sensations",
    }
    satellite.replies = WORDS[1:]
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)

    assert satellite.said[2] == f"{INTRO} {LEGS}"
    assert satellite.said[3] == AWAKENINGS
    assert _answers(entry) == ANSWERS
    assert satellite.said[-1].startswith("Thanks, all saved.")


async def test_a_check_in_cut_short_is_dropped_once_the_morning_is_over(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _stop_at_the_second_question(hass, freezer, satellite)
    # Back four hours after wake: the morning is over.
    freezer.move_to(datetime(2026, 3, 10, 10, 30, 1, tzinfo=LONDON))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert satellite.said == [f"{INTRO} {TWITCHES}", LEGS]
    assert _answers(entry) == {"twitches": "few"}
    chain = entry.runtime_data.log.read_state(VoiceChain)
    assert chain == VoiceChain(LAST_NIGHT, satellite.entity_id, None)


async def test_a_question_answered_on_another_way_meanwhile_is_not_asked(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _set_up(hass, satellite)
    later: asyncio.Future[str | None] = hass.loop.create_future()
    satellite.replies = ["a few", later, "cramps", "stop"]
    await advance(hass, freezer, AFTER_WAKE)
    await async_until_said(hass, satellite, 2)
    # While the satellite waits at leg sensations, awakenings is answered on the dashboard.
    await hass.services.async_call(
        DOMAIN,
        "log_check_in",
        {"config_entry_id": "bedroom1", "awakenings": "three_plus"},
        blocking=True,
    )
    later.set_result("some")
    await hass.async_block_till_done(wait_background_tasks=True)

    assert satellite.said[2] == PAIN
    assert _answers(entry) == {
        "twitches": "few",
        "leg_sensations": "some",
        "awakenings": "three_plus",
        "pain": "cramps",
    }


async def test_the_weekly_question_comes_last_on_sunday_morning(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    """The night of Saturday 14 March is checked in on Sunday: a ninth question."""
    entry = await _set_up(hass, satellite)
    satellite.replies = [*WORDS, "yes"]
    await advance(hass, freezer, datetime(2026, 3, 15, 6, 30, 1, tzinfo=LONDON), step=None)
    await hass.async_block_till_done(wait_background_tasks=True)

    assert satellite.said[-2].startswith("Once a week: since last week, did any of these happen?")
    assert satellite.said[-2].endswith("None of these or Yes?")
    assert _answers(entry, date(2026, 3, 14)) == ANSWERS | {"doctor_signs": "yes"}


async def test_two_bedrooms_each_ask_on_their_own_satellite(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(BEFORE_WAKE)
    bedside, guest = await async_add_satellites(hass, "Bedside speaker", "Guest speaker")
    main = await _set_up(hass, bedside)
    guest_room = await _set_up(hass, guest, entry_id="bedroom2", title="Guest room")
    bedside.replies = ["a few", "stop"]
    guest.replies = ["many", "severe", "stop"]
    await _wake(hass, freezer)

    assert bedside.said[0].startswith(INTRO)
    assert guest.said[0].startswith("The morning check-in for Guest room.")
    assert _answers(main) == {"twitches": "few"}
    assert _answers(guest_room) == {"twitches": "many", "leg_sensations": "severe"}


async def test_send_check_in_asks_on_the_satellite_once_at_a_time_and_never_at_night(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _set_up(hass, satellite)
    call = {"config_entry_id": "bedroom1"}
    # 06:00 is still the night: a speaker in the bedroom stays quiet.
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(DOMAIN, "send_check_in", call, blocking=True)
    assert err.value.translation_key == "check_in_at_night"
    assert satellite.said == []

    freezer.move_to(datetime(2026, 3, 10, 8, 0, tzinfo=LONDON))
    waiting: asyncio.Future[str | None] = hass.loop.create_future()
    satellite.replies = [waiting]
    await hass.services.async_call(DOMAIN, "send_check_in", call, blocking=True)
    await async_until_said(hass, satellite, 1)
    # Asked again while it asks: one check-in at a time.
    await hass.services.async_call(DOMAIN, "send_check_in", call, blocking=True)
    await hass.async_block_till_done()
    assert satellite.said == [f"{INTRO} {TWITCHES}"]
    satellite.replies = ["stop"]
    waiting.set_result("many")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert _answers(entry) == {"twitches": "many"}


async def test_a_satellite_that_is_gone_asks_nothing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    await _set_up(hass, None, **{CONF_SATELLITE: "assist_satellite.removed"})
    await _wake(hass, freezer)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
        )
    assert err.value.translation_key == "check_in_no_phone"
    assert satellite.said == []


async def test_a_german_home_is_asked_and_heard_in_german(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    hass.config.language = "de"
    entry = await _set_up(hass, satellite)
    satellite.replies = ["ein paar", "gar keine", "stopp"]
    await _wake(hass, freezer)

    assert satellite.said[0] == (
        "Der Morgen-Check-in für Main bedroom. Sag jederzeit „Stopp“, um ihn zu beenden."
        " Haben deine Beine beim Einschlafen gezuckt oder sind sie plötzlich zusammengezuckt?"
        " („Viele“: Sie hielten dich vom Einschlafen ab.) Keine, Ein paar oder Viele?"
    )
    assert _answers(entry) == {"twitches": "few", "leg_sensations": "none"}
    assert satellite.said[-1].startswith("Gut, ich höre hier auf.")


async def test_the_satellite_is_chosen_and_cleared_in_the_options(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _set_up(hass, None, bed_sensor="binary_sensor.bed")
    result = await hass.config_entries.options.async_init(entry.entry_id)
    form = with_advanced(untouched(result), satellite=satellite.entity_id)
    await hass.config_entries.options.async_configure(result["flow_id"], form)
    await hass.async_block_till_done()
    assert entry.runtime_data.settings.satellite == satellite.entity_id
    satellite.replies = ["stop"]
    await _wake(hass, freezer)
    assert satellite.said[0].startswith(INTRO)

    # Cleared in the form, an entity is not sent: it is no longer chosen (nor the bed sensor).
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert suggested(result, CONF_SATELLITE) == satellite.entity_id
    form = untouched(result)
    del form[ADVANCED][CONF_SATELLITE]
    del form[ADVANCED]["bed_sensor"]
    await hass.config_entries.options.async_configure(result["flow_id"], form)
    await hass.async_block_till_done()
    assert CONF_SATELLITE not in entry.options
    assert "bed_sensor" not in entry.options
    assert entry.runtime_data.settings.satellite is None
    assert VOICE_CHECK_IN not in entry.runtime_data.bedroom.parts


@pytest.mark.parametrize(
    ("hour", "restarted", "asked"), [(7, True, True), (11, True, False), (7, False, False)]
)
async def test_a_wake_missed_while_down_is_asked_after_a_restart(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    hass_storage: dict[str, Any],
    satellite: VoiceSatellite,
    hour: int,
    restarted: bool,
    asked: bool,
) -> None:
    """Within four hours of wake a restart asks; a bedroom reloaded (given a satellite) does not."""
    hass_storage["sleep_hygiene.bedroom1"] = {
        "version": 1,
        "minor_version": 2,
        "key": "sleep_hygiene.bedroom1",
        "data": {"nights": {}, "state": {"detox": {"enabled": True, "tonight": None}}},
    }
    freezer.move_to(datetime(2026, 3, 10, hour, 0, tzinfo=LONDON))
    satellite.replies = ["stop"]
    if restarted:
        hass.set_state(CoreState.starting)
    await _set_up(hass, satellite)
    hass.set_state(CoreState.running)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STARTED)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert bool(satellite.said) is asked


async def test_a_restart_with_the_satellite_gone_drops_the_check_in(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _stop_at_the_second_question(hass, freezer, satellite)
    satellite._attr_available = False
    satellite.async_write_ha_state()
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(satellite.said) == 2
    assert entry.runtime_data.log.read_state(VoiceChain) == VoiceChain(
        LAST_NIGHT, satellite.entity_id, None
    )


async def test_the_satellite_finishes_what_it_is_saying_first(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    await _set_up(hass, satellite)
    freezer.move_to(datetime(2026, 3, 10, 8, 0, tzinfo=LONDON))
    satellite.speaking = hass.loop.create_future()
    # An automation's announcement, still being spoken.
    hass.async_create_background_task(
        hass.services.async_call(
            "assist_satellite",
            "announce",
            {"entity_id": satellite.entity_id, "message": "The washing is done."},
            blocking=True,
        ),
        "announcement",
    )
    await async_until_said(hass, satellite, 1)
    assert hass.states.get(satellite.entity_id).state == "responding"
    satellite.replies = ["stop"]
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
    )
    # Not waiting for Home Assistant's tasks: the announcement is one of them, unfinished.
    for _turn in range(20):
        await asyncio.sleep(0)
    assert satellite.said == ["The washing is done."]

    satellite.speaking.set_result(None)
    satellite.speaking = None
    await async_until_said(hass, satellite, 2)
    assert satellite.said[1] == f"{INTRO} {TWITCHES}"


async def test_a_satellite_that_cannot_say_the_thanks_loses_nothing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _set_up(hass, satellite)
    answered: asyncio.Future[str | None] = hass.loop.create_future()
    satellite.replies = [answered, "stop"]
    await advance(hass, freezer, AFTER_WAKE)
    await async_until_said(hass, satellite, 1)
    satellite.mute = True
    answered.set_result("many")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert _answers(entry) == {"twitches": "many"}
    assert satellite.said == [f"{INTRO} {TWITCHES}", LEGS]
    assert entry.runtime_data.log.read_state(VoiceChain).step is None


async def test_a_night_answered_meanwhile_ends_with_the_thanks(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, satellite: VoiceSatellite
) -> None:
    entry = await _set_up(hass, satellite)
    later: asyncio.Future[str | None] = hass.loop.create_future()
    satellite.replies = [later]
    await advance(hass, freezer, AFTER_WAKE)
    await async_until_said(hass, satellite, 1)
    rest = {key: value for key, value in ANSWERS.items() if key != "twitches"}
    await hass.services.async_call(
        DOMAIN, "log_check_in", {"config_entry_id": "bedroom1", **rest}, blocking=True
    )
    later.set_result("a few")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert _answers(entry) == ANSWERS
    assert len(satellite.said) == 2
    assert satellite.said[1].startswith("Thanks, all saved. Habits and bedroom:")
