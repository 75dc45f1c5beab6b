"""The check-in on real companion-app phones: registered through mobile_app, answered by taps.

Each phone registers the way the app does (mobile_app's registration API) and takes its
notifications over mobile_app's local push websocket channel; a tap comes back through the
phone's webhook as the app sends it: ``action`` (Android) or ``actionName`` (older iOS apps).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
import logging
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp.test_utils import TestClient
from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    MockHAClientWebSocket,
    WebSocketGenerator,
)

from custom_components.sleep_hygiene.const import CONF_PHONES, DOMAIN, EVENT_CHECK_IN_LOGGED
from custom_components.sleep_hygiene.model.night import QUESTIONS
from custom_components.sleep_hygiene.model.score import score_night

from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS, config_entry_device, phone_entry
from .time_helpers import advance

LONDON = ZoneInfo("Europe/London")
# London is on GMT in early March, so local time is UTC. Wake is 06:30.
BEFORE_WAKE = datetime(2026, 3, 10, 6, 0, tzinfo=LONDON)
AFTER_WAKE = datetime(2026, 3, 10, 6, 30, 1, tzinfo=LONDON)
LAST_NIGHT = date(2026, 3, 9)
TAG = "sleep_hygiene_bedroom1_check_in"
STORE_KEY = "sleep_hygiene.bedroom1"
OUR_LOGGER = "custom_components.sleep_hygiene"
# The answers tapped in the full chain, with the buttons pressed for them.
CHAIN = [
    ("twitches", "few"),
    ("leg_sensations", "none"),
    ("awakenings", "one_two"),
    ("pain", "cramps"),
    ("rested", "somewhat"),
    ("caffeine", "later"),
    ("caffeine_later", "evening"),
    ("alcohol", "one"),
    ("evening", "stressed"),
    ("evening_stressed", "stressed_hard_exercise"),
]


@dataclass
class Phone:
    """A companion-app phone: its device, its webhook and its push channel."""

    device_id: str
    webhook_id: str
    channel: MockHAClientWebSocket
    client: TestClient
    pings: int = 0

    async def pushed(self) -> list[dict[str, Any]]:
        """Return the notifications pushed since last asked.

        A ping goes down the same connection: everything pushed before it arrives before the
        pong (the clock is frozen, so waiting for a timeout would wait forever).
        """
        self.pings += 1
        ping = 1000 + self.pings
        await self.channel.send_json({"id": ping, "type": "ping"})
        pushed = []
        while (message := await self.channel.receive_json())["id"] != ping:
            assert message["type"] == "event"
            pushed.append(message["event"])
        return pushed

    async def notification(self) -> dict[str, Any]:
        """Return the one notification pushed since last asked."""
        (notification,) = await self.pushed()
        return notification

    async def nothing_more(self) -> None:
        """Check that nothing else was pushed."""
        assert await self.pushed() == []

    async def fire(self, event_type: str, data: dict[str, Any]) -> None:
        """Send an event through the phone's webhook, as the app does."""
        response = await self.client.post(
            f"/api/webhook/{self.webhook_id}",
            json={"type": "fire_event", "data": {"event_type": event_type, "event_data": data}},
        )
        assert response.status == 200

    async def tap(self, notification: dict[str, Any], choice: str, *, ios: bool = False) -> None:
        """Tap the button of ``choice`` (matched by the end of its action id)."""
        action = button(notification, choice)
        if ios:
            data = {
                "actionName": action,
                "sourceDeviceID": "iphone",
                "sourceDeviceName": "iPhone",
                "sourceDevicePermanentID": "PERMANENT-ID",
            }
        else:
            data = android_data(notification) | {"action": action}
        await self.fire("mobile_app_notification_action", data)


def button(notification: dict[str, Any], choice: str) -> str:
    """Return the action id of the button for ``choice``."""
    (action,) = [
        item["action"]
        for item in notification["data"]["actions"]
        if item["action"].endswith(f":{choice}")
    ]
    return str(action)


def android_data(notification: dict[str, Any]) -> dict[str, Any]:
    """Return what Android sends back with an event: every field of the notification."""
    data = {
        "message": notification["message"],
        "title": notification["title"],
        "tag": notification["data"]["tag"],
    }
    for number, item in enumerate(notification["data"].get("actions", []), start=1):
        data[f"action_{number}_key"] = item["action"]
        data[f"action_{number}_title"] = item["title"]
    return data


type PhoneMaker = Callable[[str], Awaitable[Phone]]


@pytest.fixture
async def before_wake(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Move to the morning first: access tokens made after it stay valid."""
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(BEFORE_WAKE)


@pytest.fixture
async def make_phone(
    hass: HomeAssistant,
    before_wake: None,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> PhoneMaker:
    """Return a maker of registered phones with their push channel open."""
    assert await async_setup_component(hass, "mobile_app", {})
    client = await hass_client()

    async def make(name: str) -> Phone:
        response = await client.post(
            "/api/mobile_app/registrations",
            json={
                "app_id": "io.homeassistant.companion.android",
                "app_name": "Home Assistant",
                "app_version": "2026.2.1",
                "device_name": name,
                "manufacturer": "Example",
                "model": "Phone",
                "os_name": "Android",
                "os_version": "15",
                "supports_encryption": False,
                "app_data": {"push_websocket_channel": True},
            },
        )
        assert response.status == 201
        webhook_id = (await response.json())["webhook_id"]
        await hass.async_block_till_done()
        device_id = config_entry_device(hass, phone_entry(hass, name).entry_id)
        websocket = await hass_ws_client(hass)
        await websocket.send_json(
            {"id": 1, "type": "mobile_app/push_notification_channel", "webhook_id": webhook_id}
        )
        assert (await websocket.receive_json())["success"]
        return Phone(device_id, webhook_id, websocket, client)

    return make


@pytest.fixture
async def phones(make_phone: PhoneMaker) -> tuple[Phone, Phone]:
    return await make_phone("Pixel"), await make_phone("Tablet")


async def _set_up(hass: HomeAssistant, phones: tuple[Phone, ...]) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=BEDROOM_DATA | {CONF_PHONES: [phone.device_id for phone in phones]},
        options=dict(BEDROOM_OPTIONS),
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def _wake(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> tuple[MockConfigEntry, dict[str, Any]]:
    """Set up the bedroom, reach wake time and return the first question (same on each phone)."""
    entry = await _set_up(hass, phones)
    await advance(hass, freezer, AFTER_WAKE)
    first, second = phones
    question = await first.notification()
    assert await second.notification() == question
    return entry, question


def _answers(entry: MockConfigEntry) -> dict[str, str]:
    record = entry.runtime_data.log.get(LAST_NIGHT)
    return {} if record is None or record.check_in is None else dict(record.check_in.answers)


def _ours(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.name.startswith(OUR_LOGGER))


async def test_a_german_home_asks_in_german(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    hass.config.language = "de"
    _entry, notification = await _wake(hass, freezer, phones)
    assert notification["title"] == "Morgen-Check-in 1/8"
    assert notification["message"] == (
        "Haben deine Beine beim Einschlafen gezuckt oder sind sie plötzlich zusammengezuckt?"
        " („Viele“: Sie hielten dich vom Einschlafen ab.)"
    )
    assert [item["title"] for item in notification["data"]["actions"]] == [
        "Keine",
        "Ein paar",
        "Viele",
    ]


async def test_full_chain_at_wake_on_android(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    phones: tuple[Phone, Phone],
    hass_storage: dict[str, Any],
) -> None:
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    entry, notification = await _wake(hass, freezer, phones)
    pixel, tablet = phones

    assert notification["title"] == "Morning check-in 1/8"
    assert notification["message"] == (
        "Did your legs twitch or jerk as you fell asleep?"
        " (Many: they kept you from falling asleep.)"
    )
    assert notification["data"]["tag"] == TAG
    assert [item["title"] for item in notification["data"]["actions"]] == ["None", "A few", "Many"]

    for number, (step, choice) in enumerate(CHAIN):
        assert button(notification, choice).split(":")[3] == step
        assert len(notification["data"]["actions"]) <= 3
        await pixel.tap(notification, choice)
        await hass.async_block_till_done()
        notification = await pixel.notification()
        assert await tablet.notification() == notification
        if step == "rested":
            # The caffeine question names the night's cut-off: 8.5 h before lights-out at 22:30.
            assert notification["message"] == (
                "When did you last have caffeine yesterday? (Your cut-off is 2:00 PM.)"
            )
            assert [a["title"] for a in notification["data"]["actions"]] == [
                "None",
                "Before 2:00 PM",
                "Later",
            ]
        if step == "caffeine":
            assert [a["title"] for a in notification["data"]["actions"]] == [
                "In the afternoon",
                "In the evening",
            ]
        if step == "evening":
            # A stressed evening asks about hard exercise too: both can be told.
            assert notification["message"] == "A stressed evening: was there hard exercise too?"
            assert [a["title"] for a in notification["data"]["actions"]] == ["No", "Yes, both"]
            assert _answers(entry)["evening"] == "stressed"
        if number < len(CHAIN) - 1:
            # Each answer is on disk before the next question goes out.
            stored = hass_storage[STORE_KEY]["data"]["nights"]["2026-03-09"]["check_in"]
            assert len(stored["answers"]) == len(_answers(entry))

    assert notification["title"] == "Morning check-in"
    score = score_night(entry.runtime_data.log.records(), LAST_NIGHT, LONDON)
    assert score is not None
    # Habits: caffeine in the evening 0, one drink 3, stressed with hard exercise 0 + 0 = 3/30;
    # habits & bedroom and the symptom burden are shown side by side, never one mixed number.
    assert score.habits == 10.0
    assert score.hygiene is not None
    assert score.burden is not None
    hygiene = f"{score.hygiene:.1f}".removesuffix(".0")
    burden = f"{score.burden:.1f}".removesuffix(".0")
    assert notification["message"] == (
        f"Thanks, all saved. Habits & bedroom: {hygiene}/100."
        f" Symptom burden: {burden}/100 (lower is better)."
    )
    assert "actions" not in notification["data"]
    assert notification["data"]["tag"] == TAG
    record = entry.runtime_data.log.get(LAST_NIGHT)
    assert record.check_in.answers == {
        "twitches": "few",
        "leg_sensations": "none",
        "awakenings": "one_two",
        "pain": "cramps",
        "rested": "somewhat",
        "caffeine": "evening",
        "alcohol": "one",
        "evening": "stressed_hard_exercise",
    }
    assert record.check_in.source == "phone"
    assert record.edits == []
    assert [event.data for event in events] == [
        {"config_entry_id": "bedroom1", "night": "2026-03-09", "source": "phone", "complete": True}
    ]
    await pixel.nothing_more()
    await tablet.nothing_more()


async def test_ios_sends_action_name(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    entry, notification = await _wake(hass, freezer, phones)
    await phones[1].tap(notification, "many", ios=True)
    await hass.async_block_till_done()
    assert _answers(entry) == {"twitches": "many"}
    assert (await phones[1].notification())["message"].startswith("Any tingling")


async def test_a_stale_tap_is_ignored(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    phones: tuple[Phone, Phone],
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry, old = await _wake(hass, freezer, phones)
    pixel, tablet = phones
    # A new check-in is sent: the first one's buttons no longer count.
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
    )
    new = await pixel.notification()
    assert await tablet.notification() == new
    assert button(new, "few") != button(old, "few")

    caplog.set_level(logging.DEBUG, logger=OUR_LOGGER)
    await pixel.tap(old, "few")
    await hass.async_block_till_done()

    assert _answers(entry) == {}
    assert "it is for an earlier check-in" in _ours(caplog)
    assert "few" not in _ours(caplog)
    await pixel.nothing_more()
    # The new one still works.
    await pixel.tap(new, "few")
    await hass.async_block_till_done()
    assert _answers(entry) == {"twitches": "few"}


async def test_a_forged_nonce_is_ignored(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    phones: tuple[Phone, Phone],
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry, _notification = await _wake(hass, freezer, phones)
    caplog.set_level(logging.DEBUG, logger=OUR_LOGGER)
    await phones[0].fire(
        "mobile_app_notification_action",
        {"action": "SLEEP_HYGIENE:bedroom1:0123456789abcdef:twitches:many"},
    )
    # Not even a valid action id of this bedroom.
    await phones[0].fire(
        "mobile_app_notification_action", {"action": "SLEEP_HYGIENE:bedroom1:x:mood:bad"}
    )
    await hass.async_block_till_done()
    assert _answers(entry) == {}
    assert "unknown nonce" in _ours(caplog)
    assert "malformed" in _ours(caplog)
    await phones[0].nothing_more()


async def test_taps_on_a_finished_check_in_are_ignored(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    phones: tuple[Phone, Phone],
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry, notification = await _wake(hass, freezer, phones)
    pixel, tablet = phones
    last = notification
    for _step, choice in CHAIN:
        await pixel.tap(notification, choice)
        await hass.async_block_till_done()
        last, notification = notification, await pixel.notification()
        await tablet.notification()
    answers = _answers(entry)

    caplog.set_level(logging.DEBUG, logger=OUR_LOGGER)
    # The last question, still showing on an iPhone's lock screen, tapped again.
    await tablet.tap(last, "stressed", ios=True)
    await hass.async_block_till_done()
    assert _answers(entry) == answers
    assert "the check-in is finished" in _ours(caplog)
    await tablet.nothing_more()


async def test_two_phones_answering_at_once_make_one_record(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    phones: tuple[Phone, Phone],
    hass_storage: dict[str, Any],
) -> None:
    entry, notification = await _wake(hass, freezer, phones)
    pixel, tablet = phones

    await asyncio.gather(pixel.tap(notification, "few"), tablet.tap(notification, "many"))
    await hass.async_block_till_done()

    # The first tap answers; the second, for a question no longer asked, changes nothing.
    assert len(entry.runtime_data.log.records()) == 1
    assert _answers(entry) in ({"twitches": "few"}, {"twitches": "many"})
    assert entry.runtime_data.log.get(LAST_NIGHT).edits == []
    assert list(hass_storage[STORE_KEY]["data"]["nights"]) == ["2026-03-09"]
    # One next question per phone, not two.
    for phone in phones:
        assert (await phone.notification())["title"] == "Morning check-in 2/8"
        await phone.nothing_more()


async def test_a_question_swiped_away_stays_unanswered_and_the_rest_works(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    entry, notification = await _wake(hass, freezer, phones)
    pixel, tablet = phones

    first = notification
    await pixel.fire("mobile_app_notification_cleared", android_data(first))
    await hass.async_block_till_done()
    notification = await pixel.notification()
    await tablet.notification()
    assert notification["title"] == "Morning check-in 2/8"

    # The same question cleared on the other phone too: the chain does not skip another.
    await tablet.fire("mobile_app_notification_cleared", android_data(first))
    await hass.async_block_till_done()
    await pixel.nothing_more()

    for _question in list(QUESTIONS)[1:]:
        choice = notification["data"]["actions"][0]["action"].rsplit(":", 1)[1]
        await pixel.tap(notification, choice)
        await hass.async_block_till_done()
        notification = await pixel.notification()
        await tablet.notification()

    assert notification["message"].startswith("Thanks")
    assert "twitches" not in _answers(entry)
    assert len(_answers(entry)) == len(QUESTIONS) - 1
    assert events[-1].data["complete"] is False


async def test_only_unanswered_questions_are_asked(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    entry = await _set_up(hass, phones)
    # Answered on the dashboard last night's first two questions... and a later one.
    await hass.services.async_call(
        DOMAIN,
        "log_check_in",
        {
            "config_entry_id": "bedroom1",
            "twitches": "none",
            "leg_sensations": "none",
            "pain": "none",
        },
        blocking=True,
    )
    await advance(hass, freezer, AFTER_WAKE)
    pixel, tablet = phones
    notification = await pixel.notification()
    await tablet.notification()
    assert notification["title"] == "Morning check-in 3/8"
    await pixel.tap(notification, "none")
    await hass.async_block_till_done()
    assert (await pixel.notification())["title"] == "Morning check-in 5/8"
    record = entry.runtime_data.log.get(LAST_NIGHT)
    # How the first answers were given is kept.
    assert [edit["source"] for edit in record.edits] == ["service"]


async def test_send_check_in_now_and_after_a_reload_the_chain_goes_on(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    entry = await _set_up(hass, phones)
    pixel, tablet = phones
    # Before wake, the service asks about last night.
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
    )
    notification = await pixel.notification()
    await tablet.notification()

    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await pixel.tap(notification, "none")
    await hass.async_block_till_done()
    assert _answers(entry) == {"twitches": "none"}
    assert (await pixel.notification())["title"] == "Morning check-in 2/8"

    # Wake does not send it a second time.
    await advance(hass, freezer, AFTER_WAKE)
    await tablet.notification()
    await tablet.nothing_more()


async def test_a_tap_still_counts_after_the_phones_are_removed_from_the_bedroom(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    entry = await _set_up(hass, phones)
    pixel, _tablet = phones
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
    )
    notification = await pixel.notification()

    # The check-in under way is still answerable from the notification already on the phone.
    hass.config_entries.async_update_entry(entry, data=BEDROOM_DATA | {CONF_PHONES: []})
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await pixel.tap(notification, "none")
    await hass.async_block_till_done()
    assert _answers(entry) == {"twitches": "none"}


@pytest.mark.parametrize(
    ("hour", "ran_before", "sent"), [(7, True, True), (11, True, False), (7, False, False)]
)
async def test_a_check_in_missed_while_down_is_caught_up(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    hass_storage: dict[str, Any],
    phones: tuple[Phone, Phone],
    hour: int,
    ran_before: bool,
    sent: bool,
) -> None:
    """A restart after wake sends the check-in it missed; a bedroom new that morning missed none."""
    if ran_before:
        hass_storage["sleep_hygiene.bedroom1"] = {
            "version": 1,
            "minor_version": 2,
            "key": "sleep_hygiene.bedroom1",
            "data": {"nights": {}, "state": {"detox": {"enabled": True, "tonight": None}}},
        }
    freezer.move_to(datetime(2026, 3, 10, hour, 0, tzinfo=LONDON))
    await _set_up(hass, phones)
    if sent:
        assert (await phones[0].notification())["title"] == "Morning check-in 1/8"
    await phones[0].nothing_more()


async def test_a_complete_night_is_not_asked_at_wake(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    await _set_up(hass, phones)
    answers = {question: options[0] for question, options in QUESTIONS.items()}
    await hass.services.async_call(
        DOMAIN, "log_check_in", {"config_entry_id": "bedroom1", **answers}, blocking=True
    )
    await advance(hass, freezer, AFTER_WAKE)
    await phones[0].nothing_more()
    # Asked for anyway, it just thanks.
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
    )
    assert (await phones[0].notification())["message"].startswith("Thanks")


async def test_every_question_swiped_away_still_ends_with_thanks(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    entry, notification = await _wake(hass, freezer, phones)
    pixel, tablet = phones
    for _question in QUESTIONS:
        await pixel.fire("mobile_app_notification_cleared", android_data(notification))
        await hass.async_block_till_done()
        notification = await pixel.notification()
        await tablet.notification()
    assert notification["message"] == "Thanks, all saved."
    assert _answers(entry) == {}
    assert [event.data["complete"] for event in events] == [False]


async def test_a_phone_that_cannot_be_reached_does_not_stop_the_other(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    make_phone: PhoneMaker,
    caplog: pytest.LogCaptureFixture,
) -> None:
    pixel = await make_phone("Pixel")
    offline = await make_phone("Old phone")
    # The old phone's app is closed: its push channel is gone and it has no cloud push.
    await offline.channel.close()
    await hass.async_block_till_done()

    await _set_up(hass, (offline, pixel))
    await advance(hass, freezer, AFTER_WAKE)

    assert (await pixel.notification())["title"] == "Morning check-in 1/8"
    assert "Could not send a notification to phone" in _ours(caplog)


PROMPT_CARE = (
    "If one leg is suddenly swollen, warm, red and painful, get medical care today. If that"
    " comes with chest pain or sudden breathlessness, call emergency services now."
)


async def test_pain_or_swelling_on_the_phone_shows_the_signs_that_need_care_at_once(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    entry, notification = await _wake(hass, freezer, phones)
    pixel, tablet = phones
    for _step, choice in CHAIN[:3]:
        await pixel.tap(notification, choice)
        await hass.async_block_till_done()
        notification = await pixel.notification()
        await tablet.notification()
    await pixel.tap(notification, "pain_numbness_swelling")
    await hass.async_block_till_done()
    # At once, on its own tag so the next question does not replace it, beside the question.
    pushed = {item["data"]["tag"]: item for item in await pixel.pushed()}
    assert pushed[f"{TAG}_prompt_care"]["message"] == PROMPT_CARE
    assert pushed[f"{TAG}_prompt_care"]["title"] == "If a leg is swollen or painful"
    assert pushed[TAG]["message"] == "How rested do you feel this morning?"
    # Home Assistant shows it too, whoever looks at it.
    shown = persistent_notification._async_get_or_create_notifications(hass)
    assert shown["sleep_hygiene_bedroom1_prompt_care"]["message"] == PROMPT_CARE
    # And the thanks at the end says it again.
    notification = pushed[TAG]
    await tablet.pushed()
    for _question in list(QUESTIONS)[4:]:  # the rest swiped away
        await pixel.fire("mobile_app_notification_cleared", android_data(notification))
        await hass.async_block_till_done()
        notification = await pixel.notification()
    assert notification["message"].endswith(PROMPT_CARE)
    assert _answers(entry)["pain"] == "pain_numbness_swelling"


async def test_the_weekly_question_comes_last_on_sunday_morning(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, phones: tuple[Phone, Phone]
) -> None:
    """The night of Saturday 14 March is checked in on Sunday: a ninth question."""
    entry = await _set_up(hass, phones)
    answers = {question: options[0] for question, options in QUESTIONS.items()}
    await advance(hass, freezer, datetime(2026, 3, 15, 6, 30, 1, tzinfo=LONDON))
    pixel, tablet = phones
    await pixel.pushed()
    await tablet.pushed()
    saturday = date(2026, 3, 14)
    await hass.services.async_call(
        DOMAIN,
        "log_check_in",
        {"config_entry_id": "bedroom1", "night": saturday.isoformat(), **answers},
        blocking=True,
    )
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
    )
    notification = await pixel.notification()
    assert notification["title"] == "Morning check-in 9/9"
    assert notification["message"].startswith("Once a week: since last week, did any of these")
    assert [a["title"] for a in notification["data"]["actions"]] == ["None of these", "Yes"]
    await pixel.tap(notification, "yes")
    await hass.async_block_till_done()
    assert (await pixel.notification())["message"].startswith("Thanks")
    record = entry.runtime_data.log.get(saturday)
    assert record.check_in.answers["doctor_signs"] == "yes"
