"""Do Not Disturb on the bedroom's Android phones from the detox to wake, when chosen.

At detox time each Android phone at home whose Do Not Disturb is off is asked, through the
companion app's ``command_dnd`` notification command, for "priority only" (alarms still ring).
Its own setting, read from its DND sensor before, is given back at wake, unless the person
changed it in the night: then it is theirs. A phone already in Do Not Disturb is left alone, and
iPhones have no such command. What was asked is kept in the night log, so a restart in the night
neither asks again nor forgets to give the setting back.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.helpers.importlib import async_import_module

from ...model.detox_plan import Phase
from ...model.stored_state import PhoneDndState
from .notify import async_notify_phones

if TYPE_CHECKING:
    from ..bedroom import Bedroom
    from ..detox.controller import DetoxController

COMMAND: Final = "command_dnd"
DND_OFF: Final = "off"
DND_NIGHT: Final = "priority_only"


class PhoneDnd:
    """Asks Android phones for Do Not Disturb at detox time and gives their setting back at wake."""

    def __init__(self, bedroom: Bedroom, detox: DetoxController) -> None:
        """Act for ``entry``'s phones; call ``async_start`` to run."""
        self._hass = bedroom.hass
        self._bedroom = bedroom
        self._detox = detox
        # What an earlier run asked for: not asked again, given back at wake.
        stored = bedroom.log.read_state(PhoneDndState)
        self._changed: dict[str, tuple[str, str]] = {} if stored is None else dict(stored.changed)
        self._night_on = stored is not None
        self._for_night: date | None = None if stored is None else stored.night

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the detox's phase; return the remover."""
        return self._detox.async_add_listener(self._sync)

    @callback
    def _sync(self) -> None:
        detox = self._detox
        night = detox.enabled and detox.tonight.phase in (Phase.DETOX, Phase.NIGHT)
        if self._night_on and self._for_night != detox.tonight.night:
            night = False  # that night ended while Home Assistant was stopped
        if night and not self._night_on and detox.tonight.phase is Phase.DETOX:
            self._night_on = True
            self._for_night = detox.tonight.night
            self._save()
            if self._bedroom.settings.phone_dnd:
                self._bedroom.create_task(self._async_quiet(), "sleep_hygiene dnd")
        elif not night and self._night_on:
            self._night_on = False
            self._for_night = None
            self._bedroom.log.write_state(PhoneDndState, None)
            if self._changed:
                self._bedroom.create_task(self._async_give_back(), "sleep_hygiene dnd")

    @callback
    def _save(self) -> None:
        if self._for_night is not None:
            state = PhoneDndState(self._for_night, dict(self._changed))
            self._bedroom.log.write_state(PhoneDndState, state)

    async def _async_quiet(self) -> None:
        # Memory: the phones' sensors are imported when a phone is asked, not by every bedroom;
        # in the executor, as Home Assistant imports (it reads files).
        await async_import_module(self._hass, f"{__package__}.sensors")
        from .sensors import is_away, phone_sensors  # noqa: PLC0415

        for device_id in self._bedroom.settings.phones:
            phone = phone_sensors(self._hass, device_id)
            if (
                phone is None
                or not phone.android
                or phone.dnd is None
                or is_away(self._hass, phone)
            ):
                continue
            state = self._hass.states.get(phone.dnd)
            if state is None or state.state != DND_OFF:
                continue  # already quiet (their choice), or not known: left alone
            if await async_notify_phones(
                self._hass, [device_id], COMMAND, data={"command": DND_NIGHT}
            ):
                self._changed[device_id] = (phone.dnd, state.state)
                self._save()

    async def _async_give_back(self) -> None:
        changed, self._changed = self._changed, {}
        for device_id, (sensor, before) in changed.items():
            state = self._hass.states.get(sensor)
            if state is not None and state.state not in (DND_NIGHT, "unknown", "unavailable"):
                continue  # changed by the person in the night: theirs
            await async_notify_phones(self._hass, [device_id], COMMAND, data={"command": before})
