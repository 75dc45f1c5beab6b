"""Assist: skip tonight, resume tonight, start the wind-down, "how did I sleep?", "log my check-in".

Each request is an intent (``homeassistant.helpers.intent``) with a handler here, and its
sentences, in every language the integration speaks, are sentence triggers of the conversation
integration, registered through Home Assistant's trigger helper as an automation's are: nothing
for the user to copy. They come with the first bedroom and go with the last. A sentence may name
the bedroom; said to a satellite a bedroom has chosen, it means that bedroom; with one bedroom it
needs no name. The answer is spoken in the language of the sentence heard.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, cast

from homeassistant.const import EVENT_COMPONENT_LOADED
from homeassistant.core import CALLBACK_TYPE, Context, Event, HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, entity_registry as er, intent
from homeassistant.helpers.importlib import async_import_module
from homeassistant.helpers.script import ScriptRunResult
from homeassistant.helpers.trigger import (
    async_initialize_triggers,
    async_validate_trigger_config,
)
from homeassistant.setup import EventComponentLoaded
from homeassistant.util.hass_dict import HassKey

from .compat import vol
from .const import DOMAIN, LOGGER
from .house.check_in.recorder import night_score
from .house.parts import VOICE_CHECK_IN, async_part
from .house.texts import Texts, async_texts
from .house.voice.sentences import SLOT_BEDROOM, languages, read_sentences
from .model.bedroom_choice import Bedroom, pick_bedroom
from .model.check_in import answered

if TYPE_CHECKING:
    from .house.check_in.texts import CheckInTexts
    from .house.voice.check_in import VoiceCheckIn
    from .runtime_data import SleepHygieneConfigEntry

# The request each set of sentences asks for, by its key in the sentence files.
INTENTS: Final = {
    "skip_tonight": "SleepHygieneSkipTonight",
    "resume_tonight": "SleepHygieneResumeTonight",
    "start_wind_down": "SleepHygieneStartWindDown",
    "how_did_i_sleep": "SleepHygieneHowDidISleep",
    "log_check_in": "SleepHygieneLogCheckIn",
}
_DATA: HassKey[_Assist] = HassKey(f"{DOMAIN}_assist")
_SATELLITE_DOMAIN: Final = "assist_satellite"
_CONVERSATION: Final = "conversation"
# What Assist says when no bedroom is picked, or a voice check-in does not start: the key names
# the reason (``Problem``, ``Refusal``).
_PROBLEM: Final = "assist_bedroom_{}"
_REFUSAL: Final = "assist_check_in_{}"


@callback
def async_setup_assist(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> CALLBACK_TYPE:
    """Make Assist hear the requests while the bedroom is loaded; return the remover."""
    assist = hass.data.get(_DATA)
    if assist is None:
        assist = hass.data[_DATA] = _Assist(hass)
    assist.add(entry.entry_id)

    @callback
    def remove() -> None:
        assist.remove(entry.entry_id)

    return remove


@dataclass
class _Assist:
    """The intents and sentences, while any bedroom is loaded."""

    hass: HomeAssistant
    bedrooms: set[str] = field(default_factory=set)
    _unsub_sentences: CALLBACK_TYPE | None = None
    _unsub_loaded: CALLBACK_TYPE | None = None

    @callback
    def add(self, entry_id: str) -> None:
        self.bedrooms.add(entry_id)
        if len(self.bedrooms) > 1:
            return
        for handler in _HANDLERS:
            intent.async_register(self.hass, handler)
        # The sentences need the conversation integration; they wait for it if it comes later.
        if _CONVERSATION in self.hass.config.components:
            self._hear()
        else:
            self._unsub_loaded = self.hass.bus.async_listen(
                EVENT_COMPONENT_LOADED, self._on_loaded, event_filter=_is_conversation
            )

    @callback
    def _on_loaded(self, _event: Event[EventComponentLoaded]) -> None:
        self._stop_waiting()
        self._hear()

    @callback
    def _hear(self) -> None:
        self.hass.async_create_task(self._async_hear(), f"{DOMAIN} Assist sentences")

    @callback
    def _stop_waiting(self) -> None:
        if self._unsub_loaded is not None:
            self._unsub_loaded()
            self._unsub_loaded = None

    @callback
    def remove(self, entry_id: str) -> None:
        self.bedrooms.discard(entry_id)
        if self.bedrooms:
            return
        for handler in _HANDLERS:
            intent.async_remove(self.hass, handler.intent_type)
        self._stop_waiting()
        if self._unsub_sentences is not None:
            self._unsub_sentences()
        if self.hass.data.get(_DATA) is self:
            del self.hass.data[_DATA]

    async def _async_hear(self) -> None:
        """Register the sentences as the conversation integration's sentence triggers."""
        hass = self.hass
        configs = await hass.async_add_executor_job(_trigger_configs)
        valid = await async_validate_trigger_config(hass, configs)
        unsub = await async_initialize_triggers(
            hass, valid, self._async_heard, DOMAIN, "Sleep Hygiene", LOGGER.log
        )
        if not self._active():  # the last bedroom went while the sentences were read
            if unsub is not None:
                unsub()
            return
        self._unsub_sentences = unsub

    def _active(self) -> bool:
        return bool(self.bedrooms) and self.hass.data.get(_DATA) is self

    async def _async_heard(
        self, run_variables: dict[str, Any], _context: Context | None = None
    ) -> ScriptRunResult:
        """Handle a sentence heard: its intent, in its language; return what to say."""
        trigger = run_variables["trigger"]
        language, _, request = trigger["id"].partition("/")
        said = trigger["user_input"]
        slots = {}
        if named := trigger["slots"].get(SLOT_BEDROOM):
            slots[SLOT_BEDROOM] = {"value": named, "text": named}
        # What the request does carries a context of its own, its conversation's child.
        asked = said.get("context") or {}
        response = await intent.async_handle(
            self.hass,
            DOMAIN,
            INTENTS[request],
            slots,
            text_input=said["text"],
            context=Context(user_id=asked.get("user_id"), parent_id=asked.get("id")),
            language=language,
            device_id=trigger["device_id"],
            satellite_id=trigger["satellite_id"],
        )
        speech: str = response.speech["plain"]["speech"]
        return ScriptRunResult(conversation_response=speech, service_response=None, variables={})


@callback
def _is_conversation(data: EventComponentLoaded) -> bool:
    return data["component"] == _CONVERSATION


def _trigger_configs() -> list[dict[str, Any]]:
    """Return a sentence trigger per request and language (read in the executor)."""
    configs = []
    for language in languages():
        sentences = read_sentences(language)
        configs += [
            {
                "platform": "conversation",
                "command": sentences.request(key),
                "id": f"{language}/{key}",
            }
            for key in INTENTS
        ]
    return configs


@dataclass(frozen=True, slots=True)
class _Request:
    """A request about one bedroom: where it was heard, and the words to answer in."""

    hass: HomeAssistant
    entry: SleepHygieneConfigEntry
    texts: CheckInTexts
    satellite: str | None

    def say(self, key: str) -> str:
        """Return the text of ``key`` about this bedroom."""
        return self.texts.text(key, bedroom=self.entry.title)


type _Act = Callable[[_Request], Awaitable[str]]


class _BedroomIntent(intent.IntentHandler):
    """A request about a bedroom: the one named, the one whose satellite heard it, the only one."""

    def __init__(self, request: str, act: _Act, description: str) -> None:
        """Handle the intent of ``request`` (its key in the sentence files) with ``act``.

        ``description``: what a language model is told the intent does, where Home Assistant
        offers intents to one as tools.
        """
        self.intent_type = INTENTS[request]
        self.description = description
        self._act = act

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """Return the slots: the bedroom's name, if said."""
        return {vol.Optional(SLOT_BEDROOM): cv.string}

    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Find the bedroom, act, and say what was done."""
        hass = intent_obj.hass
        slots = self.async_validate_slots(intent_obj.slots)
        named = slots.get(SLOT_BEDROOM, {}).get("value")
        satellite = _satellite(hass, intent_obj.satellite_id, intent_obj.device_id)
        loaded = hass.config_entries.async_loaded_entries(DOMAIN)
        entries: dict[str, SleepHygieneConfigEntry] = {entry.entry_id: entry for entry in loaded}
        bedrooms = [
            Bedroom(entry.entry_id, entry.title, entry.runtime_data.settings.satellite)
            for entry in entries.values()
        ]
        pick = pick_bedroom(bedrooms, named=named, satellite=satellite)
        # Memory: the check-in's texts are imported when Assist first hears a request.
        await async_import_module(hass, f"{__package__}.house.check_in.texts")
        from .house.check_in.texts import CheckInTexts  # noqa: PLC0415

        texts = await async_texts(hass, CheckInTexts, intent_obj.language)
        response = intent_obj.create_response()
        if pick.bedroom is None:
            names = ", ".join(room.name for room in bedrooms)
            speech = texts.text(_PROBLEM.format(pick.problem), name=named or "", bedrooms=names)
            response.async_set_error(intent.IntentResponseErrorCode.NO_VALID_TARGETS, speech)
            return response
        request = _Request(hass, entries[pick.bedroom.entry_id], texts, satellite)
        try:
            speech = await self._act(request)
        except ServiceValidationError as err:
            speech = _refused(texts, err)
        response.async_set_speech(speech)
        return response


async def _async_skip_tonight(request: _Request) -> str:
    await request.entry.runtime_data.detox.async_skip_tonight()
    return request.say("assist_skipped")


async def _async_resume_tonight(request: _Request) -> str:
    detox = request.entry.runtime_data.detox
    await detox.async_resume_tonight()
    # Past its time, the detox started at once.
    return request.say("assist_started" if detox.detox_active else "assist_resumed")


async def _async_start_wind_down(request: _Request) -> str:
    await request.entry.runtime_data.detox.async_start_now()
    return request.say("assist_started")


async def _async_how_did_i_sleep(request: _Request) -> str:
    data = request.entry.runtime_data
    # The night before tonight, also when asked in the night itself.
    night = data.clock.times(-1).night
    record = data.log.get(night)
    if not answered(None if record is None else record.check_in):
        return request.say("assist_no_check_in")
    scored = night_score(data.bedroom, night)
    assert scored is not None, "the night has a check-in"
    return request.texts.thanks(
        scored.hygiene, scored.burden, "assist_last_night", bedroom=request.entry.title
    )


async def _async_log_check_in(request: _Request) -> str:
    if request.satellite is None:
        return request.say(_REFUSAL.format("no_satellite"))
    data = request.entry.runtime_data
    # Memory: the voice check-in is imported when it is first asked for.
    voice = cast("VoiceCheckIn", await async_part(data.bedroom, data.detox, VOICE_CHECK_IN))
    if (refusal := voice.start(request.satellite)) is not None:
        return request.say(_REFUSAL.format(refusal))
    return request.say("assist_check_in_starts")


_HANDLERS: Final = (
    _BedroomIntent(
        "skip_tonight", _async_skip_tonight, "Skips tonight's wind-down in a Sleep Hygiene bedroom"
    ),
    _BedroomIntent(
        "resume_tonight",
        _async_resume_tonight,
        "Takes back a skip: tonight's wind-down in a Sleep Hygiene bedroom runs as planned",
    ),
    _BedroomIntent(
        "start_wind_down",
        _async_start_wind_down,
        "Starts the wind-down (digital detox) of a Sleep Hygiene bedroom now",
    ),
    _BedroomIntent(
        "how_did_i_sleep",
        _async_how_did_i_sleep,
        "Tells last night's habits & bedroom score and symptom burden of a Sleep Hygiene bedroom",
    ),
    _BedroomIntent(
        "log_check_in",
        _async_log_check_in,
        "Starts the morning check-in aloud on the voice satellite the request came from",
    ),
)


def _satellite(hass: HomeAssistant, satellite_id: str | None, device_id: str | None) -> str | None:
    """Return the satellite that heard the request: its entity, or the one of its device."""
    if satellite_id is not None or device_id is None:
        return satellite_id
    entries = er.async_entries_for_device(er.async_get(hass), device_id)
    return next((e.entity_id for e in entries if e.domain == _SATELLITE_DOMAIN), None)


def _refused(texts: Texts, err: ServiceValidationError) -> str:
    """Return the refusal's own message (lights-out has passed ...) in the texts' language."""
    # The detox's refusals (lights-out passed, automation off) have no placeholders.
    return texts.strings.get(
        f"component.{DOMAIN}.exceptions.{err.translation_key}.message", str(err)
    )
