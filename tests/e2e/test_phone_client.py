"""A phone with the companion app gets the morning check-in over local push and answers it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from .api import HomeAssistantApi
from .bedroom import add_bedroom_over_http
from .phone import CompanionApp

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

# What the person taps, by the question on the screen (the buttons carry translated answers).
TAPS = {
    "twitch or jerk": "A few",
    "tingling, crawling": "None",
    "wake up in the night": "Once or twice",
    "cramps, pain, numbness": "None",
    "How rested": "Somewhat",
    "last have caffeine": "Later",
    "afternoon or the evening": "In the afternoon",
    "alcohol": "One drink",
    "evening before bed": "Calm",
    # Asked on the bedroom's weekly morning only (Sunday by default).
    "Once a week": "None of these",
}
RECORDED = {
    "twitches": "few",
    "leg_sensations": "none",
    "awakenings": "one_two",
    "pain": "none",
    "rested": "somewhat",
    "caffeine": "afternoon",
    "alcohol": "one",
    "evening": "calm",
}


@pytest_asyncio.fixture(loop_scope="session")
async def phone(api: HomeAssistantApi) -> AsyncIterator[CompanionApp]:
    """Register a phone and open its local-push channel."""
    app = CompanionApp(api, "Pixel of the sleeper")
    await app.register()
    await app.open_push_channel()
    yield app
    await app.close()


def _button(notification: dict[str, Any]) -> str:
    """Return the id of the button the person taps for the question shown."""
    buttons: dict[str, str] = {
        action["title"]: action["action"] for action in notification["data"]["actions"]
    }
    for question, answer in TAPS.items():
        if question in notification["message"]:
            assert answer in buttons, f"no {answer!r} button on {notification}"
            return buttons[answer]
    raise AssertionError(f"unexpected question: {notification}")


async def test_phone_answers_the_check_in_and_the_night_is_recorded(
    api: HomeAssistantApi, phone: CompanionApp
) -> None:
    """Every question arrives by local push; taps (Android and iOS style) record the night."""
    entry_id = await add_bedroom_over_http(api, "Guest room", [phone.device_id])
    events = await api.websocket()
    logged = await events.send(
        {"type": "subscribe_events", "event_type": "sleep_hygiene_check_in_logged"}
    )
    await events.receive(logged)

    await api.post("/api/services/sleep_hygiene/send_check_in", {"config_entry_id": entry_id})
    asked: list[str] = []
    notification = await phone.next_notification()
    while notification["data"].get("actions"):
        asked.append(notification["message"])
        # Alternate the two apps' ways of reporting a tap.
        await phone.tap(notification, _button(notification), ios=len(asked) % 2 == 0)
        notification = await phone.next_notification()
    weekly = any("Once a week" in message for message in asked)
    assert len(asked) == len(TAPS) - (0 if weekly else 1)
    assert notification["title"] == "Morning check-in"
    assert "/100" in notification["message"]

    event = (await events.receive(logged))["event"]
    await events.close()
    assert event["data"]["config_entry_id"] == entry_id
    assert event["data"]["source"] == "phone"
    assert event["data"]["complete"] is True
    summary = await api.post(
        "/api/services/sleep_hygiene/get_summary?return_response",
        {"config_entry_id": entry_id, "nights": 2},
    )
    nights = summary["service_response"]["nights"]
    night = next(night for night in nights if night["night"] == event["data"]["night"])
    assert night["check_in"]["source"] == "phone"
    answers = dict(night["check_in"]["answers"])
    assert answers.pop("doctor_signs") == ("none" if weekly else None)
    assert answers == RECORDED
    # The thanks: habits & bedroom beside the symptom burden, never one mixed number.
    hygiene = f"{night['score']['habits_and_bedroom']:.1f}".removesuffix(".0")
    assert f"Habits & bedroom: {hygiene}/100." in notification["message"]
    assert "Symptom burden:" in notification["message"]
