"""The morning check-in asked aloud by the bedroom's Assist satellite.

At wake (after the phones get theirs), by the ``send_check_in`` action, or when "log my
check-in" is said to a satellite, the satellite asks the phone chain's questions one at a time
(``assist_satellite.ask_question``), their answers as sentences in Home Assistant's language.
Each answer is recorded at once, the way a phone tap is. A question met with silence or with
words not understood is asked once more, then passed; "stop" ends it and keeps what was said.
Pain, numbness or swelling brings the signs that need care today aloud at once (and as a
notification); the end thanks with the night's two figures (``assist_satellite.announce``) and,
during an experiment, today's part of it.

Never at night, and one at a time per bedroom. Where it is (night, satellite, question) is kept
in the night log: after a restart it goes on at the question not answered yet, or is dropped if
the morning is over (four hours after wake, as the phones' catch-up).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, Final

from homeassistant.const import STATE_IDLE, STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import (
    CALLBACK_TYPE,
    CoreState,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.start import async_at_started
from homeassistant.util import dt as dt_util

from ...const import DOMAIN, LOGGER
from ...model.check_in import SOURCE_VOICE, answered, needs_prompt_care
from ...model.check_in_chain import first_step
from ...model.schedule import STEP_CAFFEINE_CUTOFF, STEP_WAKE, NightTimes
from ...model.settings import BedroomSettings
from ...model.stored_state import VoiceChain
from ...model.voice_check_in import STOP, Ending, Refusal, Turn, after_reply, heard, still_to_ask
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
from .sentences import Sentences, async_sentences

SATELLITE_DOMAIN: Final = "assist_satellite"
# A voice check-in still goes on (after a restart), or is started for a missed wake, this long
# after wake: the phones' catch-up.
MORNING: Final = timedelta(hours=4)
# How long the satellite may take to finish what it is saying (the reply to "log my check-in").
IDLE_WAIT: Final = 30
_NO_STATE: Final = frozenset({STATE_UNAVAILABLE, STATE_UNKNOWN})


class VoiceCheckIn:
    """Asks a bedroom's check-in aloud, one question at a time."""

    def __init__(self, bedroom: Bedroom, _detox: DetoxController) -> None:
        """Prepare the voice check-in of one bedroom; ``async_start`` follows the clock."""
        self.hass = bedroom.hass
        self.bedroom = bedroom
        self._task: asyncio.Task[None] | None = None
        # Where the check-in asked aloud stands: read once, kept here and in the night log.
        self._chain = bedroom.log.read_state(VoiceChain)
        # Made while Home Assistant starts: a wake missed while it was down is caught up.
        self._restarted = bedroom.hass.state is not CoreState.running

    @property
    def _settings(self) -> BedroomSettings:
        return self.bedroom.settings

    @property
    def running(self) -> bool:
        """Return True while a satellite is asking."""
        return self._task is not None and not self._task.done()

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Ask at wake and go on with one a restart cut short; return the stopper."""
        removers = [
            self.bedroom.clock.async_add_listener(self._on_clock),
            async_at_started(self.hass, self._async_resume),
        ]

        @callback
        def stop() -> None:
            for remove in removers:
                remove()
            # Where it was stays in the night log: a reload goes on from there.
            if self._task is not None:
                self._task.cancel()

        return stop

    @callback
    def start(
        self, satellite: str | None = None, night: date | None = None, step: str | None = None
    ) -> Refusal | None:
        """Ask the check-in of ``night`` (default last night) now; return why not, if not.

        ``satellite``: the one to ask on (default the bedroom's); ``step``: where to begin
        (default the first question not answered yet).
        """
        satellite = satellite or self._settings.satellite
        if satellite is None or not self._usable(satellite):
            return Refusal.NO_SATELLITE
        if self.bedroom.clock.is_night():
            return Refusal.AT_NIGHT
        if self.running:
            return Refusal.BUSY
        night = night or last_night_of(self.bedroom)
        weekly = self._settings.asks_weekly(night)
        step = step or first_step(self._answered(night), weekly=weekly)
        if step is None:
            return Refusal.COMPLETE
        self._keep(VoiceChain(night, satellite, step))
        self._task = self.bedroom.entry.async_create_background_task(
            self.hass, self._async_run(satellite, night, Turn(step)), f"{DOMAIN} voice check-in"
        )
        return None

    @callback
    def _on_clock(self, boundary: str, times: NightTimes) -> None:
        if boundary == STEP_WAKE:
            self._morning(times.night)

    async def _async_resume(self, _hass: HomeAssistant) -> None:
        """Go on with a check-in a restart cut short, or catch up a wake missed while down."""
        chain = self._chain
        now = dt_util.utcnow()
        if chain is not None and chain.step is not None:
            if now < self.bedroom.clock.times_of(chain.night).wake + MORNING:
                refusal = self.start(chain.satellite, chain.night, chain.step)
                if refusal is None:
                    return
                LOGGER.debug("%s: voice check-in not resumed: %s", self.bedroom.title, refusal)
            # The morning is over (or the satellite is gone): what was answered is kept.
            self._keep(VoiceChain(chain.night, chain.satellite, None))
            return
        # A bedroom set up (or given a satellite) after wake missed nothing.
        if not self._restarted or not self.bedroom.hold.ran_before:
            return
        ended = self.bedroom.clock.times(-1)
        if ended.wake <= now < ended.wake + MORNING:
            self._morning(ended.night)

    @callback
    def _morning(self, night: date) -> None:
        """Ask at wake on the bedroom's satellite, once a morning."""
        chain = self._chain
        if self._settings.satellite is None or (chain is not None and chain.night == night):
            return
        if (refusal := self.start(night=night)) is not None:
            LOGGER.debug("%s: no voice check-in this morning: %s", self.bedroom.title, refusal)

    async def _async_run(self, satellite: str, night: date, turn: Turn | None) -> None:
        texts = await async_texts(self.hass, CheckInTexts)
        sentences = await async_sentences(self.hass, self.hass.config.language)
        cutoff = self.bedroom.clock.times_of(night).steps[STEP_CAFFEINE_CUTOFF]
        local_cutoff = dt_util.as_local(cutoff)
        weekly = self._settings.asks_weekly(night)
        await self._async_idle(satellite)
        intro: str | None = texts.text("voice_intro", bedroom=self.bedroom.title)
        recorded = False
        ending: Ending | None = None
        while turn is not None:
            given = self._answered(night)
            if (step := still_to_ask(turn.step, given, weekly=weekly)) is None:
                break
            if step != turn.step:  # answered meanwhile another way
                turn = Turn(step, unanswered=turn.unanswered)
            self._keep(VoiceChain(night, satellite, step))
            question = texts.spoken_question(step, local_cutoff, again=turn.asked > 1)
            if intro is not None:
                question, intro = f"{intro} {question}", None
            reply = await self._async_ask(satellite, question, sentences, step)
            outcome = after_reply(turn, reply, given, weekly=weekly)
            if outcome.answer:
                async_apply_check_in(self.bedroom, night, outcome.answer, None, source=SOURCE_VOICE)
                recorded = True
                await self.bedroom.log.async_flush()
                if needs_prompt_care(outcome.answer):
                    await self._async_prompt_care(satellite, texts, outcome.answer)
            turn, ending = outcome.next, outcome.ending
        self._keep(VoiceChain(night, satellite, None))
        await self.bedroom.log.async_flush()
        if recorded:
            fire_check_in_logged(self.bedroom, night, SOURCE_VOICE)
        closing = self._closing(texts, night, ending, recorded)
        # Said after a whole check-in, as on the phone: today's part of an experiment.
        if ending is None and (
            today := await async_arm_line(self.bedroom, self.bedroom.clock.times().night)
        ):
            closing = f"{closing} {today}"
        await self._async_announce(satellite, closing)

    def _closing(
        self, texts: CheckInTexts, night: date, ending: Ending | None, recorded: bool
    ) -> str:
        """Return the last words: the thanks, after why it ended early if it did."""
        thanks = night_thanks(self.bedroom, night, texts, "voice_thanks")
        if ending is None:
            return thanks
        said = texts.text("voice_stopped" if ending is Ending.STOPPED else "voice_no_reply")
        return f"{said} {thanks}" if recorded else said

    async def _async_ask(
        self, satellite: str, question: str, sentences: Sentences, step: str
    ) -> str | None:
        """Ask one question; return the choice (or stop) heard, None for nothing understood."""
        try:
            response = await self.hass.services.async_call(
                SATELLITE_DOMAIN,
                "ask_question",
                {
                    "entity_id": satellite,
                    "question": question,
                    "preannounce": False,
                    "answers": answers(sentences, step),
                },
                blocking=True,
                return_response=True,
            )
        except HomeAssistantError as err:
            # Silence, or a satellite that could not ask: either way nothing was answered.
            LOGGER.debug("%s: no answer from %s: %s", self.bedroom.title, satellite, err)
            return None
        return heard(step, _answer_id(response))

    async def _async_prompt_care(
        self, satellite: str, texts: CheckInTexts, answer: Mapping[str, str]
    ) -> None:
        """Say the signs that need care today at once, and show them in Home Assistant."""
        await async_show_prompt_care(self.bedroom, answer)
        await self._async_announce(satellite, texts.prompt_care()[1])

    async def _async_announce(self, satellite: str, message: str) -> None:
        try:
            await self.hass.services.async_call(
                SATELLITE_DOMAIN,
                "announce",
                {"entity_id": satellite, "message": message, "preannounce": False},
                blocking=True,
            )
        except HomeAssistantError as err:
            LOGGER.debug("%s: %s could not say it: %s", self.bedroom.title, satellite, err)

    async def _async_idle(self, satellite: str) -> None:
        """Wait (a while) for the satellite to finish speaking, so its reply is not cut off."""
        if self._idle(satellite):
            return
        idle = asyncio.Event()

        @callback
        def changed(_event: Event[EventStateChangedData]) -> None:
            if self._idle(satellite):
                idle.set()

        unsub = async_track_state_change_event(self.hass, [satellite], changed)
        try:
            async with asyncio.timeout(IDLE_WAIT):
                await idle.wait()
        except TimeoutError:
            LOGGER.debug("%s: %s is still busy; asking anyway", self.bedroom.title, satellite)
        finally:
            unsub()

    def _idle(self, satellite: str) -> bool:
        state = self.hass.states.get(satellite)
        return state is None or state.state in (STATE_IDLE, *_NO_STATE)

    def _usable(self, satellite: str) -> bool:
        state = self.hass.states.get(satellite)
        return state is not None and state.state not in _NO_STATE

    def _answered(self, night: date) -> list[str]:
        record = self.bedroom.log.get(night)
        return answered(None if record is None else record.check_in)

    def _keep(self, chain: VoiceChain) -> None:
        self._chain = chain
        self.bedroom.log.write_state(VoiceChain, chain)


def answers(sentences: Sentences, step: str) -> list[dict[str, Any]]:
    """Return what a question step hears, as ``ask_question`` takes its answers (and stop)."""
    said = [{"id": choice, "sentences": words} for choice, words in sentences.answers[step].items()]
    return [*said, {"id": STOP, "sentences": sentences.stop}]


def _answer_id(response: Any) -> str | None:
    """Return the answer id ``ask_question`` matched (None: words it did not understand)."""
    if isinstance(response, dict) and isinstance(answer := response.get("id"), str):
        return answer
    return None
