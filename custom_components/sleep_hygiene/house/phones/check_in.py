"""The morning check-in on the bedroom's phones: a chain of actionable notifications.

At wake (and by the ``send_check_in`` service) each phone gets the first unanswered question,
with at most three buttons. Each tap is stored at once and the next question goes out; the last
message thanks the person with the night's score. Every notification shares one tag, so the
next question replaces the one answered, on every phone.

Taps come back as ``mobile_app_notification_action`` events, with the button's id in ``action``
(Android, iOS) or ``actionName`` (older iOS apps). A tap counts only for the check-in under way
and its current question: a tap on an earlier check-in, a finished one, an unknown nonce or a
question already answered on another phone is ignored. A question swiped away on Android
(``mobile_app_notification_cleared``) stays unanswered and the chain moves on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers.start import async_at_started
from homeassistant.util import dt as dt_util

from ...const import DOMAIN, LOGGER
from ...model.check_in import SOURCE_PHONE, answered, needs_prompt_care
from ...model.check_in_chain import (
    STEPS,
    Tap,
    action_id,
    first_step,
    is_bedroom_action,
    new_nonce,
    next_question,
    parse_action,
    position,
)
from ...model.schedule import STEP_CAFFEINE_CUTOFF, STEP_WAKE, NightTimes
from ...model.stored_state import PhoneChain
from ..bedroom import Bedroom
from ..check_in.recorder import (
    async_apply_check_in,
    async_show_prompt_care,
    fire_check_in_logged,
    last_night_of,
    night_thanks,
)
from ..check_in.texts import CheckInTexts
from ..detox.controller import DetoxController
from ..experiment.texts import async_arm_line
from ..texts import async_texts
from .notify import async_notify_phones, notify_service

ACTION_EVENT: Final = "mobile_app_notification_action"
CLEARED_EVENT: Final = "mobile_app_notification_cleared"
# Earlier nonces kept, to tell a stale tap from a forged one in the debug log.
EARLIER_KEPT: Final = 14
# A check-in missed while Home Assistant was down is still sent this long after wake.
CATCH_UP: Final = timedelta(hours=4)
# Where the tapped button's id is: Android and current iOS apps send ``action``.
_ACTION_KEYS: Final = ("action", "actionName")


def notification_tag(entry_id: str) -> str:
    """Return the tag every check-in notification of a bedroom shares."""
    return f"{DOMAIN}_{entry_id}_check_in"


def reachable_phones(bedroom: Bedroom) -> list[str]:
    """Return the bedroom's phones that have a notify service now."""
    phones = bedroom.settings.phones
    return [device for device in phones if notify_service(bedroom.hass, device) is not None]


class PhoneCheckIn:
    """Sends the check-in at wake and follows the taps on its buttons."""

    def __init__(self, bedroom: Bedroom, _detox: DetoxController) -> None:
        """Prepare the phone check-in of one bedroom."""
        self.hass = bedroom.hass
        self.bedroom = bedroom
        # The check-in under way (and earlier nonces): read once, kept here and in the night log.
        self._stored = bedroom.log.read_state(PhoneChain)

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Listen to the clock and the phones, catch up a missed one; return the stopper."""
        entry_id = self.bedroom.entry_id

        @callback
        def is_tap(data: Mapping[str, Any]) -> bool:
            return any(is_bedroom_action(data.get(key), entry_id) for key in _ACTION_KEYS)

        @callback
        def is_cleared(data: Mapping[str, Any]) -> bool:
            return _cleared(data, entry_id) is not None

        removers = [
            self.bedroom.clock.async_add_listener(self._on_clock),
            self.hass.bus.async_listen(ACTION_EVENT, self._on_tap, event_filter=is_tap),
            self.hass.bus.async_listen(CLEARED_EVENT, self._on_cleared, event_filter=is_cleared),
            async_at_started(self.hass, self._async_catch_up),
        ]

        @callback
        def stop() -> None:
            for remove in removers:
                remove()

        return stop

    async def async_send(self, night: date | None = None) -> int:
        """Start a new check-in chain for ``night`` (default last night); return phones reached.

        A check-in already under way is replaced: taps on its notifications no longer count.
        """
        bedroom = self.bedroom
        phones = reachable_phones(bedroom)
        if not phones:
            return 0
        night = night or last_night_of(bedroom)
        record = bedroom.log.get(night)
        weekly = bedroom.settings.asks_weekly(night)
        step = first_step(answered(None if record is None else record.check_in), weekly=weekly)
        earlier = self._stored
        kept = {} if earlier is None else earlier.earlier | {earlier.nonce: earlier.night}
        nonce = new_nonce()
        self._keep(PhoneChain(nonce, night, step, dict(list(kept.items())[-EARLIER_KEPT:])))
        if step is None:
            return await _async_send_thanks(bedroom, phones, night)
        return await _async_send_step(bedroom, phones, nonce, night, step)

    @callback
    def _on_clock(self, boundary: str, times: NightTimes) -> None:
        if boundary == STEP_WAKE:
            self._start(times.night)

    async def _async_catch_up(self, _hass: HomeAssistant) -> None:
        # A restart catches up a wake it missed; a bedroom set up new after it missed nothing.
        if not self.bedroom.hold.ran_before:
            return
        ended = self.bedroom.clock.times(-1)
        if ended.wake <= dt_util.utcnow() < ended.wake + CATCH_UP:
            self._start(ended.night)

    @callback
    def _start(self, night: date) -> None:
        """Send the check-in for ``night`` unless it was sent already or is complete."""
        chain = self._chain()
        if chain is not None and chain.night == night:
            return
        record = self.bedroom.log.get(night)
        weekly = self.bedroom.settings.asks_weekly(night)
        if first_step(answered(None if record is None else record.check_in), weekly=weekly) is None:
            return
        if not reachable_phones(self.bedroom):
            LOGGER.debug("%s: no phone can get the check-in now", self.bedroom.title)
            return
        self.bedroom.create_task(self.async_send(night), f"{DOMAIN} check-in")

    @callback
    def _on_tap(self, event: Event) -> None:
        tap = _tapped(event.data, self.bedroom.entry_id)
        if tap is None:
            LOGGER.debug("%s: check-in tap ignored: malformed", self.bedroom.title)
            return
        if (reason := self._refusal(tap)) is not None:
            LOGGER.debug("%s: check-in tap ignored: %s", self.bedroom.title, reason)
            return
        chain = self._chain()
        assert chain is not None
        night = chain.night
        step = STEPS[tap.step]
        answer = {step.question: tap.choice} if step.records(tap.choice) else {}
        if answer:
            async_apply_check_in(self.bedroom, night, answer, None, source=SOURCE_PHONE)
        record = self.bedroom.log.get(night)
        given = answered(None if record is None else record.check_in)
        weekly = self.bedroom.settings.asks_weekly(night)
        self._advance(chain, night, next_question(tap.step, tap.choice, given, weekly=weekly))
        if needs_prompt_care(answer):
            self.bedroom.create_task(self._async_prompt_care(answer), f"{DOMAIN} prompt-care signs")

    @callback
    def _on_cleared(self, event: Event) -> None:
        cleared = _cleared(event.data, self.bedroom.entry_id)
        chain = self._chain()
        # Only the question being asked: replacing a notification can clear the one before.
        if cleared is None or chain is None or self._refusal(cleared) is not None:
            return
        night = chain.night
        record = self.bedroom.log.get(night)
        given = answered(None if record is None else record.check_in)
        weekly = self.bedroom.settings.asks_weekly(night)
        self._advance(chain, night, next_question(cleared.step, None, given, weekly=weekly))

    async def _async_prompt_care(self, answer: Mapping[str, str]) -> None:
        """Tell the phones (and Home Assistant) the signs that need care today, at once."""
        await async_show_prompt_care(self.bedroom, answer)
        texts = await async_texts(self.hass, CheckInTexts)
        title, message = texts.prompt_care()
        # A tag of its own: the next question must not replace it.
        data = {"tag": f"{notification_tag(self.bedroom.entry_id)}_prompt_care"}
        await async_notify_phones(
            self.hass, reachable_phones(self.bedroom), message, title=title, data=data
        )

    def _chain(self) -> PhoneChain | None:
        return self._stored

    def _keep(self, chain: PhoneChain) -> None:
        self._stored = chain
        self.bedroom.log.write_state(PhoneChain, chain)

    def _refusal(self, tap: Tap) -> str | None:
        """Return why a tap does not count (never what it answers), or None if it does."""
        chain = self._chain()
        if chain is None or tap.nonce != chain.nonce:
            if chain is not None and tap.nonce in chain.earlier:
                return "it is for an earlier check-in"
            return "unknown nonce"
        if chain.step is None:
            return "the check-in is finished"
        if tap.step != chain.step:
            return "that question is not being asked (answered on another phone?)"
        return None

    @callback
    def _advance(self, chain: PhoneChain, night: date, step: str | None) -> None:
        """Move the chain on now (so a second tap sees it), then save and send in a task."""
        self._keep(replace(chain, step=step))
        self.bedroom.create_task(
            self._async_continue(chain.nonce, night, step),
            f"{DOMAIN} check-in next question",
        )

    async def _async_continue(self, nonce: str, night: date, step: str | None) -> None:
        await self.bedroom.log.async_flush()
        phones = reachable_phones(self.bedroom)
        if step is not None:
            await _async_send_step(self.bedroom, phones, nonce, night, step)
            return
        await _async_send_thanks(self.bedroom, phones, night)
        fire_check_in_logged(self.bedroom, night, SOURCE_PHONE)


def _tapped(data: Mapping[str, Any], entry_id: str) -> Tap | None:
    """Return the tap of an action event: ``action``, or iOS's ``actionName``."""
    values = (data.get(key) for key in _ACTION_KEYS)
    return parse_action(next((v for v in values if is_bedroom_action(v, entry_id)), None), entry_id)


def _cleared(data: Mapping[str, Any], entry_id: str) -> Tap | None:
    """Return the step of a cleared notification, from the button ids the app sends back."""
    # Android flattens the buttons: action_1_key, action_1_title, ...
    values = (value for key, value in data.items() if key.startswith("action_"))
    return parse_action(next((v for v in values if is_bedroom_action(v, entry_id)), None), entry_id)


async def _async_send_step(
    bedroom: Bedroom,
    phones: list[str],
    nonce: str,
    night: date,
    step: str,
) -> int:
    texts = await async_texts(bedroom.hass, CheckInTexts)
    # The caffeine question names the night's cut-off, on the house's clock.
    cutoff = dt_util.as_local(bedroom.clock.times_of(night).steps[STEP_CAFFEINE_CUTOFF])
    actions = [
        {
            "action": action_id(bedroom.entry_id, nonce, step, choice),
            "title": texts.choice(step, choice, cutoff),
        }
        for choice in STEPS[step].choices
    ]
    data = {"tag": notification_tag(bedroom.entry_id), "actions": actions}
    weekly = bedroom.settings.asks_weekly(night)
    title = texts.title(position(step), weekly)
    sent = await async_notify_phones(
        bedroom.hass, phones, texts.question(step, cutoff), title=title, data=data
    )
    return len(sent)


async def _async_send_thanks(bedroom: Bedroom, phones: list[str], night: date) -> int:
    texts = await async_texts(bedroom.hass, CheckInTexts)
    message = night_thanks(bedroom, night, texts)
    if today := await async_arm_line(bedroom, bedroom.clock.times().night):
        message = f"{message}\n{today}"
    data = {"tag": notification_tag(bedroom.entry_id)}
    sent = await async_notify_phones(
        bedroom.hass, phones, message, title=texts.done_title(), data=data
    )
    return len(sent)
