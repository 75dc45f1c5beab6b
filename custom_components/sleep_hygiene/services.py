"""Service actions, registered once in ``async_setup`` and routed to a bedroom by entry id.

The handlers are here; ``get_summary`` builds its page in ``summary_service.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, SupportsResponse
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.importlib import async_import_module

from .compat import vol
from .const import (
    ATTR_CONFIG_ENTRY_ID,
    DEFAULT_SUMMARY_NIGHTS,
    DOMAIN,
    SERVICE_GET_SUMMARY,
    SERVICE_LOG_CHECK_IN,
    SERVICE_RESUME_TONIGHT,
    SERVICE_SEND_CHECK_IN,
    SERVICE_SKIP_TONIGHT,
    SERVICE_START_DETOX,
    SERVICE_START_EXPERIMENT,
    SERVICE_STOP_EXPERIMENT,
    SERVICE_TRY_DETOX,
)
from .house.detox.trial import DEFAULT_TRY_MINUTES, MAX_TRY_MINUTES
from .house.parts import PHONE_CHECK_IN, VOICE_CHECK_IN, async_part
from .house.routine.notices import async_show_notice
from .house.routine.texts import RoutineTexts
from .house.texts import Texts, async_texts
from .model.check_in import SOURCE_SERVICE, InvalidCheckIn, parse_check_in
from .panel.experiment_views import shown_run
from .runtime_data import (
    SleepHygieneConfigEntry,
    async_record_check_in,
    last_night_of,
    night_response,
)

if TYPE_CHECKING:
    from .house.phones.check_in import PhoneCheckIn
    from .house.voice.check_in import VoiceCheckIn

ENTRY_SCHEMA = vol.Schema({vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string})
# Answers are validated by the handler so each bad field gets its own translated error.
LOG_CHECK_IN_SCHEMA = ENTRY_SCHEMA.extend({}, extra=vol.ALLOW_EXTRA)
# So are an experiment's fields (the model's own errors).
START_EXPERIMENT_SCHEMA = LOG_CHECK_IN_SCHEMA
TRY_SCHEMA = ENTRY_SCHEMA.extend(
    {
        vol.Optional("minutes", default=DEFAULT_TRY_MINUTES): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=MAX_TRY_MINUTES)
        )
    }
)
SUMMARY_SCHEMA = ENTRY_SCHEMA.extend(
    {vol.Optional("nights", default=DEFAULT_SUMMARY_NIGHTS): cv.positive_int}
)


def get_entry(hass: HomeAssistant, call: ServiceCall) -> SleepHygieneConfigEntry:
    """Return the loaded bedroom named by the call, or raise a translated error."""
    entry_id: str = call.data[ATTR_CONFIG_ENTRY_ID]
    entry: SleepHygieneConfigEntry | None = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_found",
            translation_placeholders={"entry_id": entry_id},
        )
    if entry.state is not ConfigEntryState.LOADED:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_loaded",
            translation_placeholders={"name": entry.title},
        )
    return entry


async def _get_summary(call: ServiceCall) -> ServiceResponse:
    # Memory: the summary's page is imported when it is first asked for.
    await async_import_module(call.hass, f"{__package__}.summary_service")
    from .summary_service import async_get_summary  # noqa: PLC0415

    return await async_get_summary(get_entry(call.hass, call), call.data["nights"])


async def _start_detox(call: ServiceCall) -> None:
    await get_entry(call.hass, call).runtime_data.detox.async_start_now()


async def _skip_tonight(call: ServiceCall) -> None:
    await async_skip_tonight(call.hass, get_entry(call.hass, call))


async def _resume_tonight(call: ServiceCall) -> None:
    await async_resume_tonight(call.hass, get_entry(call.hass, call))


async def _try_detox(call: ServiceCall) -> None:
    await get_entry(call.hass, call).runtime_data.detox.async_try(call.data["minutes"])


async def async_skip_tonight(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> None:
    """Skip tonight, and say so until the next step (the button, the action and the panel)."""
    await entry.runtime_data.detox.async_skip_tonight()
    texts = await async_texts(hass, RoutineTexts)
    await async_show_notice(hass, entry, texts.skipped_description)


async def async_resume_tonight(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> None:
    """Take tonight's skip back, and say so in place of the skip's notice."""
    await entry.runtime_data.detox.async_resume_tonight()
    texts = await async_texts(hass, Texts)
    await async_show_notice(hass, entry, texts.text("notice_resumed"))


async def _log_check_in(call: ServiceCall) -> ServiceResponse:
    return await _async_log_check_in(get_entry(call.hass, call), call)


async def _send_check_in(call: ServiceCall) -> ServiceResponse:
    return await _async_send_check_in_now(get_entry(call.hass, call), call)


async def _async_log_check_in(entry: SleepHygieneConfigEntry, call: ServiceCall) -> ServiceResponse:
    """Store a check-in; with a response, return the stored night and its score."""
    fields = {key: value for key, value in call.data.items() if key != ATTR_CONFIG_ENTRY_ID}
    try:
        form = parse_check_in(fields, last_night_of(entry))
    except InvalidCheckIn as err:
        first = err.errors[0]
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=first.key,
            translation_placeholders=first.placeholders,
        ) from None
    await async_record_check_in(
        call.hass, entry, form.night, form.answers, form.notes, source=SOURCE_SERVICE
    )
    return night_response(entry, form.night) if call.return_response else None


async def _async_send_check_in_now(
    entry: SleepHygieneConfigEntry, call: ServiceCall
) -> ServiceResponse:
    """Send the check-in to the bedroom's phones and ask it on its satellite now.

    Raises when neither can: no phone reached and no satellite, or it is night.
    """
    data = entry.runtime_data
    # Memory: the phone check-in is imported when it is sent, not by every bedroom.
    phone = cast("PhoneCheckIn", await async_part(data.bedroom, data.detox, PHONE_CHECK_IN))
    phones = await phone.async_send()
    at_night = False
    if data.settings.satellite:
        # Memory: and the voice check-in, only for a bedroom with a satellite.
        voice = cast("VoiceCheckIn", await async_part(data.bedroom, data.detox, VOICE_CHECK_IN))
        await async_import_module(call.hass, f"{__package__}.model.voice_check_in")
        from .model.voice_check_in import Refusal  # noqa: PLC0415

        refusal = voice.start()
        # Asked, or being asked already, or nothing left to ask: none of these is an error.
        if refusal in (None, Refusal.BUSY, Refusal.COMPLETE):
            return None
        at_night = refusal is Refusal.AT_NIGHT
    if phones:
        return None
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="check_in_at_night" if at_night else "check_in_no_phone",
        translation_placeholders={"name": entry.title},
    )


async def _start_experiment(call: ServiceCall) -> ServiceResponse:
    """Start an experiment; with a response, return it as the panel shows it."""
    entry = get_entry(call.hass, call)
    fields = {key: value for key, value in call.data.items() if key != ATTR_CONFIG_ENTRY_ID}
    experiments = entry.runtime_data.experiments
    await experiments.async_start_experiment(fields)
    return {"experiment": shown_run(entry, experiments.runs[-1])} if call.return_response else None


async def _stop_experiment(call: ServiceCall) -> ServiceResponse:
    """Stop the experiment; with a response, return it with its result (None: not begun)."""
    entry = get_entry(call.hass, call)
    run = await entry.runtime_data.experiments.async_stop_experiment()
    if not call.return_response:
        return None
    return {"experiment": None if run is None else shown_run(entry, run)}


def async_setup_services(hass: HomeAssistant) -> None:
    """Register the integration's service actions."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_LOG_CHECK_IN,
        _log_check_in,
        schema=LOG_CHECK_IN_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(DOMAIN, SERVICE_SEND_CHECK_IN, _send_check_in, schema=ENTRY_SCHEMA)
    hass.services.async_register(DOMAIN, SERVICE_START_DETOX, _start_detox, schema=ENTRY_SCHEMA)
    hass.services.async_register(DOMAIN, SERVICE_SKIP_TONIGHT, _skip_tonight, schema=ENTRY_SCHEMA)
    hass.services.async_register(
        DOMAIN, SERVICE_RESUME_TONIGHT, _resume_tonight, schema=ENTRY_SCHEMA
    )
    hass.services.async_register(DOMAIN, SERVICE_TRY_DETOX, _try_detox, schema=TRY_SCHEMA)
    hass.services.async_register(
        DOMAIN,
        SERVICE_GET_SUMMARY,
        _get_summary,
        schema=SUMMARY_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_START_EXPERIMENT,
        _start_experiment,
        schema=START_EXPERIMENT_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_STOP_EXPERIMENT,
        _stop_experiment,
        schema=ENTRY_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
