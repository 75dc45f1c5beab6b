"""Real Assist satellites for the tests, with a person whose replies are scripted.

``VoiceSatellite`` is an ``AssistSatelliteEntity`` on a test integration's config entry, beside a
text-to-speech entity for the preferred Assist pipeline (a satellite speaks through one). Home
Assistant itself runs ``ask_question`` and ``announce`` on it: it matches the words the person
says against the question's answer sentences, and raises on silence. Everything the satellite
was asked to say is in ``said``; the person's replies are taken from ``replies`` in turn:

- words, as speech-to-text would give them ("a few", or words no answer has);
- ``SILENCE``: the pipeline ends with no text;
- a future: the person answers when the test sets it (or never, if a restart comes first).

An announcement lasts until ``speaking`` (a future) is set, if the test gives one; with ``mute``
the satellite cannot say anything more.
"""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.components import conversation
from homeassistant.components.assist_pipeline import PipelineEvent, PipelineEventType
from homeassistant.components.assist_satellite import (
    AssistSatelliteEntity,
    AssistSatelliteEntityFeature,
)
from homeassistant.components.assist_satellite.entity import (
    AssistSatelliteAnnouncement,
    AssistSatelliteConfiguration,
)
from homeassistant.components.tts import TextToSpeechEntity, TtsAudioType
from homeassistant.config_entries import ConfigEntry, ConfigFlow
from homeassistant.const import Platform
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockModule,
    mock_config_flow,
    mock_integration,
    mock_platform,
    setup_test_component_platform,
)

from custom_components.sleep_hygiene.house.check_in.texts import CheckInTexts
from custom_components.sleep_hygiene.house.texts import async_texts
from custom_components.sleep_hygiene.house.voice.sentences import async_sentences

SILENCE = None
TEST_DOMAIN = "test"
LANGUAGES = ["de", "en", "es", "fr", "it", "nl", "pl"]

type Reply = str | asyncio.Future[str | None] | None


def _silence() -> bytes:
    """Return a tenth of a second of MP3 frames (128 kbit/s, 44.1 kHz): what the voice says."""
    frame = b"\xff\xfb\x90\x64" + bytes(413)
    return frame * 4


class Voice(TextToSpeechEntity):
    """A text-to-speech engine that says nothing, in every language the integration speaks."""

    _attr_name = "Test voice"
    _attr_unique_id = "test_voice"
    _attr_default_language = "en"

    def __init__(self) -> None:
        """Speak every language the integration speaks."""
        self._attr_supported_languages = LANGUAGES

    def get_tts_audio(self, message: str, language: str, options: dict[str, Any]) -> TtsAudioType:
        """Return half a second of silence."""
        return "mp3", _silence()


class VoiceSatellite(AssistSatelliteEntity):
    """A satellite in a room, and the person who answers it."""

    _attr_has_entity_name = True
    _attr_name = None
    _attr_supported_features = (
        AssistSatelliteEntityFeature.ANNOUNCE | AssistSatelliteEntityFeature.START_CONVERSATION
    )

    def __init__(self, key: str, name: str) -> None:
        """Describe the satellite and its device."""
        self._attr_unique_id = key
        self._attr_device_info = DeviceInfo(identifiers={(TEST_DOMAIN, key)}, name=name)
        self.said: list[str] = []
        self.replies: list[Reply] = []
        self.speaking: asyncio.Future[None] | None = None
        self.mute = False

    def async_get_configuration(self) -> AssistSatelliteConfiguration:
        """Return no wake words: the tests never wake it by voice."""
        return AssistSatelliteConfiguration([], [], 0)

    async def async_set_configuration(self, config: AssistSatelliteConfiguration) -> None:
        """Accept any configuration."""

    def on_pipeline_event(self, event: PipelineEvent) -> None:
        """Nothing to show."""

    async def async_announce(self, announcement: AssistSatelliteAnnouncement) -> None:
        """Say it (until ``speaking`` is set, if given)."""
        if self.mute:
            raise HomeAssistantError("the speaker is unplugged")
        self.said.append(announcement.message)
        if self.speaking is not None:
            await self.speaking

    async def async_start_conversation(
        self, start_announcement: AssistSatelliteAnnouncement
    ) -> None:
        """Say the question, then hear the person's next reply as speech-to-text gives it."""
        self.said.append(start_announcement.message)
        reply = self.replies.pop(0) if self.replies else SILENCE
        if isinstance(reply, asyncio.Future):
            reply = await reply
        if reply is SILENCE:
            self._internal_on_pipeline_event(PipelineEvent(PipelineEventType.RUN_END))
            return
        self._internal_on_pipeline_event(
            PipelineEvent(PipelineEventType.STT_END, {"stt_output": {"text": reply}})
        )


class _Flow(ConfigFlow):
    VERSION = 1


async def async_add_satellites(hass: HomeAssistant, *names: str) -> list[VoiceSatellite]:
    """Set up Assist with a voice and a satellite per name; return the satellites."""
    assert await async_setup_component(hass, "homeassistant", {})
    satellites = [VoiceSatellite(name.lower().replace(" ", "_"), name) for name in names]

    async def setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
        await hass.config_entries.async_forward_entry_setups(entry, [Platform.TTS])
        return True

    mock_integration(hass, MockModule(TEST_DOMAIN, async_setup_entry=setup_entry))
    mock_platform(hass, f"{TEST_DOMAIN}.config_flow", None)
    setup_test_component_platform(hass, "tts", [Voice()], from_config_entry=True)
    setup_test_component_platform(hass, "assist_satellite", satellites, from_config_entry=True)
    entry = MockConfigEntry(domain=TEST_DOMAIN)
    entry.add_to_hass(hass)
    with mock_config_flow(TEST_DOMAIN, _Flow):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    # The preferred pipeline speaks with the voice set up before it.
    assert await async_setup_component(hass, "assist_pipeline", {})
    await hass.config_entries.async_forward_entry_setups(entry, [Platform.ASSIST_SATELLITE])
    await hass.async_block_till_done()
    # What the check-in says and hears, read now: it runs as a background task, and Home
    # Assistant's test helpers do not wait for the files such a task reads.
    for language in ("en", "de"):
        await async_texts(hass, CheckInTexts, language)
        await async_sentences(hass, language)
    return satellites


async def async_say(
    hass: HomeAssistant,
    text: str,
    *,
    satellite: VoiceSatellite | None = None,
    language: str | None = None,
) -> str:
    """Say ``text`` to Assist (on ``satellite``, else typed); return what Assist answers."""
    result = await conversation.async_converse(
        hass,
        text,
        None,
        Context(),
        language=language,
        satellite_id=None if satellite is None else satellite.entity_id,
        device_id=None if satellite is None else _device(satellite),
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    speech: str = result.response.speech["plain"]["speech"]
    return speech


def _device(satellite: VoiceSatellite) -> str | None:
    return None if satellite.registry_entry is None else satellite.registry_entry.device_id


async def async_until_said(hass: HomeAssistant, satellite: VoiceSatellite, count: int) -> None:
    """Let the voice check-in (a background task) run until the satellite has said ``count``."""
    for _turn in range(50):
        if len(satellite.said) >= count:
            return
        await hass.async_block_till_done()
        await asyncio.sleep(0)
    raise AssertionError(f"said {satellite.said}, not {count} lines")
