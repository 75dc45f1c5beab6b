"""Service calls the bedroom makes itself: grouped, and tagged so our changes are told apart.

Every call gets a Context whose id we remember (a fresh one, or the context of the night event
that announced it, so the logbook names the bedroom); a state change carrying that context (or a
child of it, e.g. a template light's script) is ours, anything else was a person or another
automation.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from homeassistant.const import (
    ATTR_DOMAIN,
    ATTR_ENTITY_ID,
    ATTR_SERVICE,
    EVENT_SERVICE_REGISTERED,
    SERVICE_TURN_OFF,
)
from homeassistant.core import Context, Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.util.async_ import create_eager_task

from ..compat import vol
from ..const import LOGGER

# Contexts remembered; a night makes a few dozen calls, and a state change arrives within seconds.
_REMEMBERED: Final = 256
# How long a call waits for its service: an integration still loading registers its services
# after its entities' first states (a thermostat on Home Assistant 2026.10, say).
SERVICE_WAIT: Final = 300.0


@dataclass(frozen=True, slots=True)
class Call:
    """One service call for a group of entities."""

    domain: str
    service: str
    entity_ids: tuple[str, ...]
    data: dict[str, Any] = field(default_factory=dict)


def turn_off_calls(entity_ids: Iterable[str]) -> list[Call]:
    """Return one ``turn_off`` call per domain for ``entity_ids``."""
    by_domain: dict[str, list[str]] = {}
    for entity_id in entity_ids:
        by_domain.setdefault(entity_id.split(".", 1)[0], []).append(entity_id)
    return [Call(domain, SERVICE_TURN_OFF, tuple(ids)) for domain, ids in by_domain.items()]


def done_by(calls: Iterable[Call]) -> dict[str, list[str]]:
    """Return the entities ``calls`` dim (a ``turn_on`` of ours only dims) and switch off."""
    done: dict[str, list[str]] = {"dimmed": [], "switched_off": []}
    for call in calls:
        done["switched_off" if call.service == SERVICE_TURN_OFF else "dimmed"] += call.entity_ids
    return done


class OwnCalls:
    """Makes the bedroom's service calls and recognises the state changes they cause."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Start with no call made."""
        self._hass = hass
        self._context_ids: deque[str] = deque(maxlen=_REMEMBERED)

    def is_ours(self, context: Context) -> bool:
        """Return True when ``context`` is one of our calls' or a child of one."""
        return context.id in self._context_ids or (
            context.parent_id is not None and context.parent_id in self._context_ids
        )

    async def async_call_all(self, calls: Iterable[Call], context: Context | None = None) -> None:
        """Make the calls side by side; one that fails is logged and does not stop the others.

        Each starts at once (an eager task), in order, not after whatever else the loop has
        queued: put the cheap calls first and every call is dispatched within a millisecond.
        """
        await asyncio.gather(*(create_eager_task(self.async_call(call, context)) for call in calls))

    async def async_call(self, call: Call, context: Context | None = None) -> bool:
        """Make one call with ``context`` (else a fresh one); log a failure, return if it worked.

        A service not registered yet is waited for (up to ``SERVICE_WAIT``), so no call is lost
        to the order in which Home Assistant starts things.
        """
        if not await async_service_ready(self._hass, call.domain, call.service):
            LOGGER.warning(
                "%s.%s is not available; %s left as it is",
                call.domain,
                call.service,
                call.entity_ids,
            )
            return False
        context = context or Context()
        if context.id not in self._context_ids:
            self._context_ids.append(context.id)
        try:
            await self._hass.services.async_call(
                call.domain,
                call.service,
                {ATTR_ENTITY_ID: list(call.entity_ids), **call.data},
                blocking=True,
                context=context,
            )
        except (HomeAssistantError, vol.Invalid) as err:
            LOGGER.warning(
                "%s.%s for %s failed: %s", call.domain, call.service, call.entity_ids, err
            )
            return False
        return True


async def async_service_ready(hass: HomeAssistant, domain: str, service: str) -> bool:
    """Return True once ``domain.service`` is registered, False if not within ``SERVICE_WAIT``."""
    if hass.services.has_service(domain, service):
        return True
    registered: asyncio.Future[None] = hass.loop.create_future()

    @callback
    def _is_it(event_data: Mapping[str, Any]) -> bool:
        return bool(event_data[ATTR_DOMAIN] == domain and event_data[ATTR_SERVICE] == service)

    @callback
    def _on_registered(_event: Event[Mapping[str, Any]]) -> None:
        if not registered.done():
            registered.set_result(None)

    unsub = hass.bus.async_listen(EVENT_SERVICE_REGISTERED, _on_registered, event_filter=_is_it)
    try:
        async with asyncio.timeout(SERVICE_WAIT):
            await registered
    except TimeoutError:
        return False
    finally:
        unsub()
    return True
