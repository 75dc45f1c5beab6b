"""The Sleep panel's websocket API, spoken to as the panel does, on a real Home Assistant."""

from __future__ import annotations

import csv
from datetime import timedelta
import io
import json
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import persistent_notification
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import MockHAClientWebSocket, WebSocketGenerator

from custom_components.sleep_hygiene.const import DOMAIN, EVENT_CHECK_IN_LOGGED
from custom_components.sleep_hygiene.model import measured_record
from custom_components.sleep_hygiene.model.night import NightRecord
from custom_components.sleep_hygiene.model.sleep_sources import (
    SOURCE_BED,
    SOURCE_SLEEP_SEGMENT,
    NightSources,
    Span,
    Stretches,
)

from .journal_fixtures import (
    GOOD_ANSWERS,
    LAST_NIGHT,
    checked_in,
    local,
    panel_client,
    settle,
    start_bedroom,
    write_month,
)

MORNING = local(LAST_NIGHT, 10)
QUESTIONS = list(GOOD_ANSWERS)


async def _ask(client: MockHAClientWebSocket, command: str, **data: Any) -> dict[str, Any]:
    await client.send_json_auto_id({"type": f"sleep_hygiene/{command}", **data})
    reply: dict[str, Any] = await client.receive_json()
    return reply


async def _result(client: MockHAClientWebSocket, command: str, **data: Any) -> Any:
    reply = await _ask(client, command, **data)
    assert reply.get("success"), reply
    return reply["result"]


async def test_bedrooms_and_texts_in_the_language_asked(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)

    listed = await _result(client, "bedrooms")
    assert listed == {
        "bedrooms": [{"entry_id": "bedroom1", "name": "Main bedroom", "loaded": True}]
    }

    german = await _result(client, "texts", language="de")
    texts = german["texts"]
    assert texts["common.panel_title"] == "Schlaf"
    assert texts["selector.twitches.options.few"] != "A few"
    assert "exceptions.entry_not_found.message" in texts
    english = (await _result(client, "texts", language="en"))["texts"]
    assert english["common.panel_title"] == "Sleep"
    assert set(english) == set(texts)


async def test_the_bedrooms_bring_the_first_one_s_first_view(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """One round trip gives the panel its first paint: the list and the first bedroom's views."""
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    listed = await _result(client, "bedrooms", first_view=True)
    assert listed["bedrooms"] == [{"entry_id": "bedroom1", "name": "Main bedroom", "loaded": True}]
    first = listed["first_view"]
    assert first["entry_id"] == "bedroom1"
    assert first["morning"] == await _result(client, "morning", entry_id="bedroom1")
    tonight = await _result(client, "tonight", entry_id="bedroom1")
    assert first["tonight"] == tonight | {"now": first["tonight"]["now"]}
    # Without asking, the list alone; a first bedroom not loaded has no view to bring.
    assert "first_view" not in await _result(client, "bedrooms")
    await hass.config_entries.async_unload(bedroom_entry.entry_id)
    assert (await _result(client, "bedrooms", first_view=True))["first_view"] is None


async def test_morning_check_in_partly_then_whole(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    logged: list[Event] = []

    # A callback, so it runs in the loop and not in a thread racing the asserts.
    @callback
    def log(event: Event) -> None:
        logged.append(event)

    hass.bus.async_listen(EVENT_CHECK_IN_LOGGED, log)

    morning = await _result(client, "morning", entry_id="bedroom1")
    assert morning["night"] == LAST_NIGHT.isoformat()
    assert morning["answered"] is False
    # A Saturday night: Sunday's morning asks the weekly question last.
    assert [question["key"] for question in morning["questions"]] == [*QUESTIONS, "doctor_signs"]
    assert morning["questions"][0]["options"] == ["none", "few", "many"]
    assert morning["answers"] == dict.fromkeys([*QUESTIONS, "doctor_signs"])
    assert morning["score"] is None
    assert morning["prompt_care"] is False
    # The caffeine question names the night's cut-off: 8.5 hours before lights-out at 22:30.
    assert morning["caffeine_cutoff"] == "2026-02-28T14:00:00+00:00"

    # One answer, as a tap on the panel sends it: saved at once, the night not yet complete.
    saved = await _result(client, "check_in", entry_id="bedroom1", answers={"twitches": "few"})
    assert saved["night"] == LAST_NIGHT.isoformat()
    assert saved["record"]["check_in"]["answers"] == {"twitches": "few"}
    assert saved["record"]["check_in"]["source"] == "dashboard"
    morning = await _result(client, "morning", entry_id="bedroom1")
    assert morning["answers"]["twitches"] == "few"
    assert morning["answered"] is False

    rest = {question: GOOD_ANSWERS[question] for question in QUESTIONS[1:]}
    saved = await _result(client, "check_in", entry_id="bedroom1", answers=rest, notes="Calm.")
    assert saved["score"]["score"] is not None
    morning = await _result(client, "morning", entry_id="bedroom1")
    assert morning["answered"] is True
    assert morning["notes"] == "Calm."
    assert morning["score"] == saved["score"]["score"]
    assert morning["habits_and_bedroom"] == saved["score"]["habits_and_bedroom"]
    assert morning["symptom_burden"] == saved["score"]["symptom_burden"]
    assert [event.data["complete"] for event in logged] == [False, True]
    assert all(event.data["source"] == "dashboard" for event in logged)


async def test_pain_or_swelling_on_the_panel_comes_with_the_signs_that_need_care(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    saved = await _result(client, "check_in", entry_id="bedroom1", answers={"pain": "cramps"})
    assert saved["prompt_care"] is False
    saved = await _result(
        client, "check_in", entry_id="bedroom1", answers={"pain": "pain_numbness_swelling"}
    )
    assert saved["prompt_care"] is True
    assert (await _result(client, "morning", entry_id="bedroom1"))["prompt_care"] is True
    shown = persistent_notification._async_get_or_create_notifications(hass)
    assert shown["sleep_hygiene_bedroom1_prompt_care"]["message"].startswith(
        "If one leg is suddenly swollen, warm, red and painful, get medical care today."
    )


async def test_bad_input_is_refused_with_its_translation_key_and_changes_nothing(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)

    unknown = await _ask(client, "morning", entry_id="nope")
    assert unknown["success"] is False
    assert unknown["error"]["code"] == "not_found"
    assert unknown["error"]["translation_key"] == "entry_not_found"
    assert unknown["error"]["translation_placeholders"] == {"entry_id": "nope"}
    assert "nope" in unknown["error"]["message"]

    bad = await _ask(
        client,
        "check_in",
        entry_id="bedroom1",
        answers={"twitches": "few", "alcohol": "lots"},
    )
    assert bad["error"]["code"] == "invalid_check_in"
    assert bad["error"]["translation_key"] == "check_in_invalid_answer"
    assert bad["error"]["translation_domain"] == DOMAIN
    future = await _ask(
        client,
        "check_in",
        entry_id="bedroom1",
        night=(LAST_NIGHT + timedelta(days=3)).isoformat(),
        answers={"twitches": "few"},
    )
    assert future["error"]["translation_key"] == "check_in_night_in_future"
    shape = await _ask(client, "check_in", entry_id="bedroom1", answers=["few"])
    assert shape["error"]["code"] == "invalid_format"
    too_many = await _ask(client, "nights", entry_id="bedroom1", nights=366)
    assert too_many["error"]["code"] == "invalid_format"
    # One rule for a night that is not YYYY-MM-DD, wherever it is asked for.
    for text in ("2026-02-30", "20260227", "yesterday", "12/05/2026", " 2026-02-27"):
        for command, extra in (("night", {}), ("check_in", {"answers": {"twitches": "few"}})):
            not_a_night = await _ask(client, command, entry_id="bedroom1", night=text, **extra)
            assert not_a_night["error"]["code"] == "invalid_format", (command, text)
            assert not_a_night["error"]["translation_key"] == "check_in_night_invalid"
            assert not_a_night["error"]["translation_placeholders"] == {"value": text}
    first = LAST_NIGHT - timedelta(days=364)
    for outside in (LAST_NIGHT + timedelta(days=1), first - timedelta(days=1)):
        beyond = await _ask(client, "night", entry_id="bedroom1", night=outside.isoformat())
        assert beyond["error"]["code"] == "not_found"
        assert beyond["error"]["translation_key"] == "night_not_in_journal"
        assert beyond["error"]["translation_placeholders"] == {
            "night": outside.isoformat(),
            "first": first.isoformat(),
            "last": LAST_NIGHT.isoformat(),
        }
        assert outside.isoformat() in beyond["error"]["message"]
    oldest = await _result(client, "night", entry_id="bedroom1", night=first.isoformat())
    assert (oldest["score"], oldest["parts"], oldest["answers"]) == (None, [], None)
    assert bedroom_entry.runtime_data.log.get(LAST_NIGHT) is None

    await hass.config_entries.async_unload(bedroom_entry.entry_id)
    unloaded = await _ask(client, "tonight", entry_id="bedroom1")
    assert unloaded["error"]["code"] == "not_loaded"
    assert unloaded["error"]["translation_placeholders"] == {"name": "Main bedroom"}


async def test_tonight_names_the_plan_and_the_devices(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    settings = bedroom_entry.runtime_data.settings

    tonight = await _result(client, "tonight", entry_id="bedroom1")
    tonight_night = LAST_NIGHT + timedelta(days=1)
    assert tonight["night"] == tonight_night.isoformat()
    assert tonight["detox"] == "planned"
    steps = [step["step"] for step in tonight["steps"]]
    assert steps[-3:] == ["digital_detox", "lights_out", "wake"]
    assert {"digital_detox", "lights_out", "wake"} <= set(steps)
    at = {step["step"]: step["at"] for step in tonight["steps"]}
    assert at["digital_detox"] == local(tonight_night, 22).isoformat()
    assert at["wake"] == local(tonight_night, 6, 30).isoformat()
    assert tonight["lights"] == list(settings.lights)
    assert tonight["screens"] == list(settings.screens)
    assert tonight["climate"] == {
        "entity_id": settings.climate,
        "at": local(tonight_night, 21, 30).isoformat(),
        "target": settings.target_temperature,
        "unit": settings.temperature_unit,
        "restore_at": at["wake"],
    }
    assert tonight["dim"]["brightness_pct"] == settings.detox_brightness
    assert tonight["so_far"]["detox_started_at"] is None

    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": "bedroom1"}, blocking=True
    )
    assert (await _result(client, "tonight", entry_id="bedroom1"))["detox"] == "skipped"


async def test_after_lights_out_a_detox_that_never_ran_is_missed(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await hass_ws_client(hass)
    tonight_night = LAST_NIGHT + timedelta(days=1)
    # Set up at 23:00, after tonight's lights-out at 22:30: a first evening, not a miss.
    await start_bedroom(hass, freezer, bedroom_entry, local(tonight_night, 23))
    tonight = await _result(client, "tonight", entry_id="bedroom1")
    assert tonight["night"] == tonight_night.isoformat()
    assert (tonight["detox"], tonight["lights_out_passed"]) == ("first_tomorrow", True)
    first_run = tonight["first_run"]
    assert first_run["first_detox"] == local(tonight_night + timedelta(days=1), 22).isoformat()
    # What to add next: this bedroom has lights and a thermostat, but no phone yet.
    assert (first_run["has_lights"], first_run["has_climate"], first_run["has_phone"]) == (
        True,
        True,
        False,
    )
    # Once the bedroom has a night (a check-in here), a detox that did not run is missed.
    await hass.services.async_call(
        DOMAIN,
        "log_check_in",
        {"config_entry_id": "bedroom1", "night": LAST_NIGHT.isoformat(), "twitches": "none"},
        blocking=True,
    )
    tonight = await _result(client, "tonight", entry_id="bedroom1")
    assert (tonight["detox"], tonight["first_run"]) == ("missed", None)
    # Skip (and start) no longer apply, as the panel now says instead of offering them.
    with pytest.raises(ServiceValidationError) as refused:
        await hass.services.async_call(
            DOMAIN, "skip_tonight", {"config_entry_id": "bedroom1"}, blocking=True
        )
    assert refused.value.translation_key == "lights_out_passed"
    assert (await _result(client, "tonight", entry_id="bedroom1"))["detox"] == "missed"

    # The next evening, before its detox, it is planned again.
    freezer.move_to(local(tonight_night + timedelta(days=1), 18))
    tonight = await _result(client, "tonight", entry_id="bedroom1")
    assert (tonight["detox"], tonight["lights_out_passed"]) == ("planned", False)


async def test_nights_insights_and_summary_of_a_month(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    write_month(bedroom_entry, nights=30)
    await settle(hass, freezer)

    month = await _result(client, "nights", entry_id="bedroom1", nights=30)
    nights = month["nights"]
    assert len(nights) == 30
    assert (month["first_night"], month["last_night"]) == (
        (LAST_NIGHT - timedelta(days=29)).isoformat(),
        LAST_NIGHT.isoformat(),
    )
    assert all(night["answered"] and night["score"] is not None for night in nights)
    # Only what the bars and the list show: a night's parts come with sleep_hygiene/night.
    assert all(set(night) == {"night", "answered", "score", "symptom_burden"} for night in nights)
    last = await _result(client, "night", entry_id="bedroom1", night=LAST_NIGHT.isoformat())
    assert {key: last[key] for key in nights[-1]} == nights[-1]
    assert {group: last[group] is not None for group in ("bedroom", "habits", "symptoms")} == {
        "bedroom": True,
        "habits": True,
        "symptoms": True,
    }
    # Coffee in the afternoon and many twitches on the last night (see write_month).
    parts = {part["key"]: part for part in last["parts"]}
    assert parts["caffeine"]["points"] < parts["caffeine"]["max_points"]
    assert parts["caffeine"]["source"]
    assert all(part["group"] in ("bedroom", "habits", "symptoms") for part in last["parts"])
    assert month["score_average_7"] is not None

    summary = await _result(client, "summary", entry_id="bedroom1", nights=14)
    assert summary["nights"][-1]["score"]["score"] == last["score"]
    assert summary["nights"][-1]["score"]["symptom_burden"] == last["symptom_burden"]
    short = await _ask(client, "summary", entry_id="bedroom1", nights=7)
    assert short["error"]["code"] == "invalid_format"

    insights = await _result(client, "insights", entry_id="bedroom1")
    assert insights["likely_trigger"] == "caffeine_after_cutoff"
    factor = next(f for f in insights["factors"] if f["key"] == "caffeine_after_cutoff")
    assert factor["nights_with"] >= 3
    assert factor["burden_with"] > factor["burden_without"]
    assert insights["red_flags"] == ["frequent_twitches"]

    fresh = await _result(client, "nights", entry_id="bedroom1")
    assert len(fresh["nights"]) == 28


def _slept(record: NightRecord) -> None:
    """In bed 22:40-06:50 but out 03:00-03:12, asleep 23:05-06:35; 7 minutes on the phone."""
    night = record.night
    bed = Stretches(
        SOURCE_BED,
        (
            Span(local(night, 22, 40), local(night, 3)),
            Span(local(night, 3, 12), local(night, 6, 50)),
        ),
    )
    segment = Stretches(SOURCE_SLEEP_SEGMENT, (Span(local(night, 23, 5), local(night, 6, 35)),))
    window = Span(local(night, 18), local(night, 11))
    measured_record.measured_in_night(NightSources(window, bed=bed, asleep=segment))(record)
    measured_record.phone_minutes(7.0)(record)


async def test_a_measured_night_beside_its_answers(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    log = bedroom_entry.runtime_data.log
    log.update(LAST_NIGHT, checked_in(rested="poorly"))
    log.update(LAST_NIGHT, _slept)
    log.update(LAST_NIGHT - timedelta(days=1), checked_in())
    await settle(hass, freezer)

    earlier, last = [
        await _result(client, "night", entry_id="bedroom1", night=night.isoformat())
        for night in (LAST_NIGHT - timedelta(days=1), LAST_NIGHT)
    ]
    # The answers as given, and the measures apart from them, each with where it came from.
    assert last["answers"] == GOOD_ANSWERS | {"rested": "poorly"}
    assert last["notes"] is None
    measured = last["measured"]
    assert measured["into_bed"] == local(LAST_NIGHT, 22, 40).isoformat()
    assert measured["asleep_at"] == local(LAST_NIGHT, 23, 5).isoformat()
    assert (measured["latency_minutes"], measured["awakenings"]) == (25.0, 1)
    assert (measured["waso_minutes"], measured["time_in_bed_minutes"]) == (12.0, 490.0)
    assert measured["total_sleep_minutes"] == 438.0
    assert measured["efficiency_percent"] == round(100 * 438 / 490, 1)
    assert measured["phone_screen_minutes"] == 7.0
    assert measured["sources"] == {
        "into_bed": "bed",
        "out_of_bed": "bed",
        "time_in_bed_minutes": "bed",
        "asleep_at": "sleep_segment",
        "final_wake": "sleep_segment",
        "total_sleep_minutes": "bed+sleep_segment",
        "awakenings": "bed+sleep_segment",
        "waso_minutes": "bed+sleep_segment",
        "latency_minutes": "bed+sleep_segment",
        "efficiency_percent": "bed+sleep_segment",
        "phone_screen_minutes": "phone",
    }
    assert measured["flags"] == []
    assert {part["group"] for part in last["parts"]} >= {"measured", "symptoms"}
    # A night with answers and nothing measured says so, rather than an empty measure.
    assert earlier["answers"] == GOOD_ANSWERS
    assert earlier["measured"] is None


async def test_a_fresh_bedroom_shows_empty_nights(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    month = await _result(client, "nights", entry_id="bedroom1", nights=14)
    assert len(month["nights"]) == 14
    assert all(night["score"] is None and not night["answered"] for night in month["nights"])
    empty = await _result(client, "night", entry_id="bedroom1", night=month["last_night"])
    assert (empty["score"], empty["parts"], empty["answers"], empty["measured"]) == (
        None,
        [],
        None,
        None,
    )
    assert month["score_average_7"] is None
    insights = await _result(client, "insights", entry_id="bedroom1")
    assert insights["likely_trigger"] is None
    assert insights["red_flags"] == []


async def test_subscribers_hear_of_new_answers_and_of_an_unload(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    subscribed = await _ask(client, "subscribe", entry_id="bedroom1")
    assert subscribed["success"]
    subscription = subscribed["id"]

    bedroom_entry.runtime_data.log.update(LAST_NIGHT, checked_in())
    # Told once the scores include the new night (after the score's debounce), not before.
    assert await _sent_so_far(client) == []
    await settle(hass, freezer)
    event = await client.receive_json()
    assert (event["id"], event["event"]) == (subscription, {"changed": "nights"})

    await hass.config_entries.async_unload(bedroom_entry.entry_id)
    event = await client.receive_json()
    assert (event["id"], event["event"]) == (subscription, {"changed": "settings"})
    await hass.async_block_till_done()

    # Unsubscribing after the unload is quiet: nothing is left to remove twice.
    await client.send_json_auto_id({"type": "unsubscribe_events", "subscription": subscription})
    reply = await client.receive_json()
    assert reply.get("success"), reply


async def _sent_so_far(client: MockHAClientWebSocket) -> list[dict[str, Any]]:
    """Return the messages the server sent so far: a ping's pong comes after all of them."""
    await client.send_json_auto_id({"type": "ping"})
    sent = []
    while (message := await client.receive_json())["type"] != "pong":
        sent.append(message)
    return sent


async def test_a_subscriber_refetching_on_the_event_sees_the_new_average(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The panel fetches the nights again on each event: the bars and the average agree."""
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    write_month(bedroom_entry, LAST_NIGHT - timedelta(days=1), nights=6, answers=lambda _: {})
    await settle(hass, freezer)
    before = await _result(client, "nights", entry_id="bedroom1", nights=7)
    assert before["score_average_7"] == 100.0
    assert before["nights"][-1]["score"] is None
    subscribed = await _ask(client, "subscribe", entry_id="bedroom1")
    subscription = subscribed["id"]

    # A bad morning, answered on the panel.
    bad = {"twitches": "many", "leg_sensations": "severe", "rested": "poorly"}
    await client.send_json_auto_id(
        {"type": "sleep_hygiene/check_in", "entry_id": "bedroom1", "answers": bad}
    )
    sent = await _sent_so_far(client)
    assert [message["type"] for message in sent if message["type"] == "result"] == ["result"]
    events = [message for message in sent if message["type"] == "event"]
    if not events:
        # The score's debounce runs out, as it would a second later.
        await settle(hass, freezer)
        events = await _sent_so_far(client)
    assert [(event["id"], event["event"]) for event in events] == [
        (subscription, {"changed": "nights"})
    ]
    # What the panel does on the event: fetch the nights again, at once.
    after = await _result(client, "nights", entry_id="bedroom1", nights=7)
    last = after["nights"][-1]
    assert last["score"] is not None
    expected = round((6 * 100.0 + last["score"]) / 7, 1)
    assert after["score_average_7"] == expected != 100.0
    assert after["symptom_burden_average_7"] != before["symptom_burden_average_7"]
    # The sensors say the same.
    average = hass.states.get("sensor.main_bedroom_sleep_hygiene_score_7_day_average")
    assert average is not None
    assert float(average.state) == expected
    # Asking for the summary works it out afresh, and is no news: no event, no refetch loop.
    await _result(client, "summary", entry_id="bedroom1")
    assert await _sent_so_far(client) == []


async def test_the_dashboard_yaml_is_for_admins_and_names_real_entities(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_admin_user: Any,
) -> None:
    assert await async_setup_component(hass, "lovelace", {})
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    dashboard = await _result(client, "dashboard", entry_id="bedroom1")
    text = dashboard["yaml"]
    assert text.startswith('# The Sleep dashboard of the bedroom "Main bedroom"')
    assert "sensor.main_bedroom_sleep_hygiene_score" in text
    assert "{" not in text
    for light in bedroom_entry.runtime_data.settings.lights:
        assert light in text

    hass_admin_user.groups = []
    refused = await _ask(client, "dashboard", entry_id="bedroom1")
    assert refused["error"]["code"] == "unauthorized"
    # Reading and answering need no admin.
    assert (await _ask(client, "morning", entry_id="bedroom1"))["success"]


async def test_a_missed_morning_is_answered_for_one_of_the_last_seven_nights(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    due = await _result(client, "morning", entry_id="bedroom1")
    assert [night["night"] for night in due["recent"]] == [
        (LAST_NIGHT - timedelta(days=back)).isoformat() for back in range(7)
    ]
    assert not any(night["answered"] for night in due["recent"])
    missed = (LAST_NIGHT - timedelta(days=3)).isoformat()
    earlier = await _result(client, "morning", entry_id="bedroom1", night=missed)
    assert (earlier["night"], earlier["answered"]) == (missed, False)
    await _result(
        client,
        "check_in",
        entry_id="bedroom1",
        night=missed,
        answers={"twitches": "few", "rested": "somewhat"},
    )
    earlier = await _result(client, "morning", entry_id="bedroom1", night=missed)
    assert earlier["answers"]["twitches"] == "few"
    due = await _result(client, "morning", entry_id="bedroom1")
    answered = {night["night"]: night["answered"] for night in due["recent"]}
    assert answered[missed] is False  # partly answered: not every question yet
    # Older than the seven, or not a date: refused with a translated error.
    too_old = await _ask(
        client,
        "morning",
        entry_id="bedroom1",
        night=(LAST_NIGHT - timedelta(days=7)).isoformat(),
    )
    assert (too_old["success"], too_old["error"]["translation_key"]) == (
        False,
        "night_not_recent",
    )
    bad = await _ask(client, "morning", entry_id="bedroom1", night="20260225")
    assert bad["error"]["code"] == "invalid_format"


async def test_the_journal_exports_as_csv_and_json(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    empty = await _result(client, "export", entry_id="bedroom1")
    (header,) = csv.reader(io.StringIO(empty["content"]))
    assert header[:2] == ["night", "twitches"]
    answers = GOOD_ANSWERS | {"twitches": "many", "doctor_signs": "yes"}
    for back, notes in ((0, 'Late dinner, "spicy"; slept badly'), (2, None)):
        await _result(
            client,
            "check_in",
            entry_id="bedroom1",
            night=(LAST_NIGHT - timedelta(days=back)).isoformat(),
            answers=answers,
            **({} if notes is None else {"notes": notes}),
        )
    bedroom_entry.runtime_data.log.update(LAST_NIGHT, _slept)
    await hass.async_block_till_done()

    exported = await _result(client, "export", entry_id="bedroom1", format="csv")
    assert exported["filename"] == f"sleep-journal-main-bedroom-{MORNING.date().isoformat()}.csv"
    assert exported["mime_type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(exported["content"])))
    assert [row["night"] for row in rows] == [
        (LAST_NIGHT - timedelta(days=2)).isoformat(),
        LAST_NIGHT.isoformat(),
    ]
    last = rows[-1]
    # Every answer, the note as written, every part of the score and the measured night.
    assert {key: last[key] for key in answers} == answers
    assert last["notes"] == 'Late dinner, "spicy"; slept badly'
    night = await _result(client, "night", entry_id="bedroom1", night=LAST_NIGHT.isoformat())
    assert float(last["score"]) == night["score"]
    assert float(last["symptom_burden"]) == night["symptom_burden"]
    for part in night["parts"]:
        written = last[f"{part['key']}_points"]
        assert (None if written == "" else float(written)) == part["points"], part["key"]
    assert last["measured_latency_minutes"] != ""
    assert float(last["measured_efficiency_percent"]) == night["measured"]["efficiency_percent"]

    as_json = await _result(client, "export", entry_id="bedroom1", format="json")
    journal = json.loads(as_json["content"])
    assert journal["bedroom"] == "Main bedroom"
    assert [n["night"] for n in journal["nights"]] == [row["night"] for row in rows]
    assert journal["nights"][-1]["answers"] == answers
    assert journal["nights"][-1]["parts"] == night["parts"]
    refused = await _ask(client, "export", entry_id="bedroom1", format="xlsx")
    assert refused["success"] is False


async def test_tonights_plan_follows_start_now_and_skip(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await hass_ws_client(hass)
    tonight_night = LAST_NIGHT + timedelta(days=1)
    await start_bedroom(hass, freezer, bedroom_entry, local(tonight_night, 19))

    def steps(tonight: dict[str, Any]) -> dict[str, tuple[str, str]]:
        return {step["step"]: (step["at"], step["status"]) for step in tonight["steps"]}

    planned = steps(await _result(client, "tonight", entry_id="bedroom1"))
    assert planned["digital_detox"] == (local(tonight_night, 22).isoformat(), "planned")
    await hass.services.async_call(
        DOMAIN, "start_detox", {"config_entry_id": "bedroom1"}, blocking=True
    )
    started = await _result(client, "tonight", entry_id="bedroom1")
    assert started["detox"] == "running"
    # The detox at its real start, done: not "22:00 dim ..." any more.
    assert steps(started)["digital_detox"] == (local(tonight_night, 19).isoformat(), "done")
    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": "bedroom1"}, blocking=True
    )
    skipped = steps(await _result(client, "tonight", entry_id="bedroom1"))
    assert skipped["digital_detox"][1] == skipped["lights_out"][1] == "skipped"
    assert skipped["wake"][1] == "planned"  # the check-in still comes
    await hass.services.async_call(
        DOMAIN, "resume_tonight", {"config_entry_id": "bedroom1"}, blocking=True
    )
    resumed = await _result(client, "tonight", entry_id="bedroom1")
    assert resumed["detox"] == "running"
    assert steps(resumed)["digital_detox"] == (local(tonight_night, 19).isoformat(), "done")
