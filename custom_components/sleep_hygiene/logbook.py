"""The bedroom's night events in the logbook: Sleep Hygiene and the bedroom, and what they did.

Each entry is named "Sleep Hygiene: <bedroom>" and says, in Home Assistant's language, what
happened: the detox started and which lights it dimmed and screens it switched off, lights-out,
a routine step, a check-in saved, a night skipped. The lights' and screens' own entries name the
same event as their cause: the bedroom's calls carry the event's context (``signals.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from homeassistant.components.logbook.const import LOGBOOK_ENTRY_MESSAGE, LOGBOOK_ENTRY_NAME
from homeassistant.components.logbook.models import LazyEventPartialState
from homeassistant.core import HomeAssistant, callback

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    DOMAIN,
    EVENT_CHECK_IN_LOGGED,
    EVENT_DETOX_STARTED,
    EVENT_LIGHTS_OUT,
    EVENT_NIGHT_RESUMED,
    EVENT_NIGHT_SKIPPED,
    EVENT_ROUTINE_STEP,
)
from .house.routine.texts import RoutineTexts
from .house.texts import Texts, cached_texts

type Describe = Callable[[LazyEventPartialState], dict[str, Any]]


@callback
def async_describe_events(
    hass: HomeAssistant,
    async_describe_event: Callable[[str, str, Describe], None],
) -> None:
    """Describe the bedroom's night events."""

    def described(message: Callable[[Mapping[str, Any]], str]) -> Describe:
        @callback
        def describe(event: LazyEventPartialState) -> dict[str, Any]:
            data = event.data
            entry = hass.config_entries.async_get_entry(data.get(ATTR_CONFIG_ENTRY_ID, ""))
            bedroom = entry.title if entry is not None else str(data.get(ATTR_CONFIG_ENTRY_ID))
            texts = cached_texts(hass, Texts)
            return {
                LOGBOOK_ENTRY_NAME: texts.text("notification_title", bedroom=bedroom),
                LOGBOOK_ENTRY_MESSAGE: message(data),
            }

        return describe

    def detox_started(data: Mapping[str, Any]) -> str:
        return _with_what_was_done(hass, "logbook_detox_started", data)

    def lights_out(data: Mapping[str, Any]) -> str:
        return _with_what_was_done(hass, "logbook_lights_out", data)

    def routine_step(data: Mapping[str, Any]) -> str:
        step = cached_texts(hass, RoutineTexts).name(
            data["step"], skipped=bool(data.get("skipped"))
        )
        return cached_texts(hass, Texts).text("logbook_routine_step", step=step)

    def check_in_logged(data: Mapping[str, Any]) -> str:
        return cached_texts(hass, Texts).text("logbook_check_in_logged", night=data["night"])

    def night_skipped(data: Mapping[str, Any]) -> str:
        texts = cached_texts(hass, Texts)
        text = texts.text("logbook_night_skipped")
        if restored := data.get("restored"):
            text += "; " + texts.text("logbook_restored", lights=_names(hass, restored))
        return text

    def night_resumed(_data: Mapping[str, Any]) -> str:
        return cached_texts(hass, Texts).text("logbook_night_resumed")

    messages = {
        EVENT_DETOX_STARTED: detox_started,
        EVENT_LIGHTS_OUT: lights_out,
        EVENT_ROUTINE_STEP: routine_step,
        EVENT_CHECK_IN_LOGGED: check_in_logged,
        EVENT_NIGHT_SKIPPED: night_skipped,
        EVENT_NIGHT_RESUMED: night_resumed,
    }
    for event_type, message in messages.items():
        async_describe_event(DOMAIN, event_type, described(message))


def _with_what_was_done(hass: HomeAssistant, key: str, data: Mapping[str, Any]) -> str:
    """Return the step's text, then the lights dimmed and the devices switched off, if any."""
    texts = cached_texts(hass, Texts)
    done: list[str] = []
    if dimmed := data.get("dimmed"):
        done.append(
            texts.text(
                "logbook_dimmed",
                lights=_names(hass, dimmed),
                brightness=str(data.get("brightness_pct")),
            )
        )
    if switched_off := data.get("switched_off"):
        done.append(texts.text("logbook_switched_off", devices=_names(hass, switched_off)))
    return texts.text(key) + (": " + "; ".join(done) if done else "")


def _names(hass: HomeAssistant, entity_ids: list[str]) -> str:
    """Return the entities' names as Home Assistant shows them, else their ids."""
    states = (hass.states.get(entity_id) for entity_id in entity_ids)
    return ", ".join(
        state.name if state is not None else entity_id
        for state, entity_id in zip(states, entity_ids, strict=True)
    )
