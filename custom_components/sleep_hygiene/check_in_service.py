"""The ``log_check_in`` and ``send_check_in`` service actions of a bedroom."""

from __future__ import annotations

from homeassistant.core import ServiceCall, ServiceResponse
from homeassistant.exceptions import ServiceValidationError

from .const import ATTR_CONFIG_ENTRY_ID, DOMAIN
from .house.check_in_recorder import async_record_check_in, last_night_of, night_response
from .house.phone_check_in import async_send_check_in
from .model.check_in import SOURCE_SERVICE, InvalidCheckIn, parse_check_in
from .runtime_data import SleepHygieneConfigEntry


async def async_log_check_in(entry: SleepHygieneConfigEntry, call: ServiceCall) -> ServiceResponse:
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


async def async_send_check_in_now(
    entry: SleepHygieneConfigEntry, call: ServiceCall
) -> ServiceResponse:
    """Send the check-in to the bedroom's phones now, or say why none can get it."""
    if not await async_send_check_in(call.hass, entry):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="check_in_no_phone",
            translation_placeholders={"name": entry.title},
        )
    return None
