"""Our own service calls: grouped by domain, told apart by context, failures logged not raised."""

from __future__ import annotations

import asyncio
from unittest.mock import patch

from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import HomeAssistantError
import pytest

from custom_components.sleep_hygiene.house.own_calls import Call, OwnCalls, turn_off_calls


def test_turn_off_calls_group_by_domain() -> None:
    assert turn_off_calls(["switch.a", "media_player.tv", "switch.b"]) == [
        Call("switch", "turn_off", ("switch.a", "switch.b")),
        Call("media_player", "turn_off", ("media_player.tv",)),
    ]
    assert turn_off_calls([]) == []


def _fail(_call: ServiceCall) -> None:
    raise HomeAssistantError("the device did not answer")


async def test_a_failing_call_is_logged_and_the_others_still_run(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[Context] = []
    hass.services.async_register("test", "ok", lambda call: seen.append(call.context))
    hass.services.async_register("test", "fail", _fail)
    calls = OwnCalls(hass)
    await calls.async_call_all(
        [Call("test", "fail", ("test.nowhere",)), Call("test", "ok", ("test.a",))]
    )
    assert "test.fail for ('test.nowhere',) failed: the device did not answer" in caplog.text
    assert len(seen) == 1
    # The call's context is ours, and so is a child of it (a script it ran); a person's is not.
    assert calls.is_ours(seen[0])
    assert calls.is_ours(Context(parent_id=seen[0].id))
    assert not calls.is_ours(Context())


async def test_a_call_waits_for_a_service_registered_late(hass: HomeAssistant) -> None:
    """An integration still loading registers its services after its entities' first states."""
    seen: list[Context] = []
    calls = OwnCalls(hass)
    task = asyncio.ensure_future(calls.async_call(Call("test", "late", ("test.a",))))
    await asyncio.sleep(0)
    assert not task.done()
    hass.services.async_register("test", "other", lambda call: None)
    await asyncio.sleep(0)
    assert not task.done()
    hass.services.async_register("test", "late", lambda call: seen.append(call.context))
    assert await task
    assert len(seen) == 1
    assert calls.is_ours(seen[0])


async def test_a_service_that_never_comes_is_given_up(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture
) -> None:
    calls = OwnCalls(hass)
    with patch("custom_components.sleep_hygiene.house.own_calls.SERVICE_WAIT", 0.01):
        assert not await calls.async_call(Call("light", "turn_on", ("light.nowhere",)))
    assert "light.turn_on is not available; ('light.nowhere',) left as it is" in caplog.text
