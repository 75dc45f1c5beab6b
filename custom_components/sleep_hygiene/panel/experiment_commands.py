"""The panel's experiment commands: list, start and stop, through the actions' own paths."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, Final

from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError

from ..compat import vol
from . import experiment_views
from .command_helpers import ENTRY, Connection, bedroom_of, send_error

ERR_INVALID_EXPERIMENT: Final = "invalid_experiment"


@websocket_command({vol.Required("type"): "sleep_hygiene/experiments", **ENTRY})
@callback
def ws_experiments(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send the bedroom's experiments, tonight's arm and what a new one can be."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    connection.send_result(msg["id"], experiment_views.experiments(entry))


async def _async_experiment_action(
    connection: Connection, msg_id: int, action: Awaitable[dict[str, Any]]
) -> None:
    """Answer with what ``action`` returns, or with its translated error."""
    try:
        reply = await action
    except ServiceValidationError as err:
        key = err.translation_key or ""
        placeholders = dict(err.translation_placeholders or {})
        send_error(connection, msg_id, ERR_INVALID_EXPERIMENT, key, placeholders)
        return
    connection.send_result(msg_id, reply)


@websocket_command(
    {
        vol.Required("type"): "sleep_hygiene/start_experiment",
        **ENTRY,
        vol.Required("change"): str,
        vol.Optional("nights"): int,
        vol.Optional("first_night"): str,
        vol.Optional("target_temperature"): vol.Any(int, float),
        vol.Optional("minutes_earlier"): int,
    }
)
@async_response
async def ws_start_experiment(
    hass: HomeAssistant, connection: Connection, msg: dict[str, Any]
) -> None:
    """Start an experiment through the same path as ``sleep_hygiene.start_experiment``."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    fields = {key: value for key, value in msg.items() if key not in ("id", "type", "entry_id")}

    async def start() -> dict[str, Any]:
        experiments = entry.runtime_data.experiments
        await experiments.async_start_experiment(fields)
        return {"experiment": experiment_views.shown_run(entry, experiments.runs[-1])}

    await _async_experiment_action(connection, msg["id"], start())


@websocket_command({vol.Required("type"): "sleep_hygiene/stop_experiment", **ENTRY})
@async_response
async def ws_stop_experiment(
    hass: HomeAssistant, connection: Connection, msg: dict[str, Any]
) -> None:
    """Stop the experiment through the same path as ``sleep_hygiene.stop_experiment``."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return

    async def stop() -> dict[str, Any]:
        run = await entry.runtime_data.experiments.async_stop_experiment()
        return {"experiment": None if run is None else experiment_views.shown_run(entry, run)}

    await _async_experiment_action(connection, msg["id"], stop())


EXPERIMENT_COMMANDS: Final = (ws_experiments, ws_start_experiment, ws_stop_experiment)
