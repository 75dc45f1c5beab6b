"""Our own service calls: grouped by domain, told apart by context, failures logged not raised."""

from __future__ import annotations

from homeassistant.core import Context, HomeAssistant
import pytest

from custom_components.sleep_hygiene.own_calls import Call, OwnCalls, turn_off_calls


def test_turn_off_calls_group_by_domain() -> None:
    assert turn_off_calls(["switch.a", "media_player.tv", "switch.b"]) == [
        Call("switch", "turn_off", ("switch.a", "switch.b")),
        Call("media_player", "turn_off", ("media_player.tv",)),
    ]
    assert turn_off_calls([]) == []


async def test_a_failing_call_is_logged_and_the_others_still_run(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[Context] = []
    hass.services.async_register("test", "ok", lambda call: seen.append(call.context))
    calls = OwnCalls(hass)
    await calls.async_call_all(
        [Call("light", "turn_on", ("light.nowhere",)), Call("test", "ok", ("test.a",))]
    )
    assert "light.turn_on for ('light.nowhere',) failed" in caplog.text
    assert len(seen) == 1
    # The call's context is ours, and so is a child of it (a script it ran); a person's is not.
    assert calls.is_ours(seen[0])
    assert calls.is_ours(Context(parent_id=seen[0].id))
    assert not calls.is_ours(Context())
