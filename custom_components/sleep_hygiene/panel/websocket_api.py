"""The websocket commands of the Sleep panel and card (documented in docs/websocket.md).

Every command that names a bedroom checks it first; errors carry a translation key and
placeholders, so the panel says them in the user's language. The commands are registered at
start; the summary and the dashboard are imported when first asked for (in the executor, as
Home Assistant imports), so a bedroom nobody looks at does not keep them in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.const import ERR_INVALID_FORMAT, ERR_NOT_FOUND
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin,
    websocket_command,
)
from homeassistant.components.websocket_api.messages import event_message
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.importlib import async_import_module
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util

from ..compat import vol
from ..const import DOMAIN
from ..house.experiment.control import signal_experiment_changed
from ..house.routine.clock import TIMES_CHANGED
from ..model.check_in import (
    ERROR_NIGHT_INVALID,
    SOURCE_DASHBOARD,
    InvalidCheckIn,
    parse_check_in,
)
from ..model.schedule import NightTimes
from ..runtime_data import (
    SleepHygieneConfigEntry,
    async_record_check_in,
    last_night_of,
    night_response,
)
from ..signals import signal_scores_current
from . import views
from .command_helpers import ENTRY, Connection, bedroom_of, send_error
from .experiment_commands import EXPERIMENT_COMMANDS

# The integration's package, for what the commands import when first asked.
_INTEGRATION: Final = __name__.rsplit(".", 2)[0]

# Translation categories the panel and card use, and the prefix their keys lose.
TEXT_CATEGORIES: Final = ("common", "selector", "exceptions")
_PREFIX: Final = f"component.{DOMAIN}."
ERR_INVALID_CHECK_IN: Final = "invalid_check_in"


def _night_asked(connection: Connection, msg: dict[str, Any]) -> date | None:
    """Return the night ``msg["night"]`` names, or answer ``invalid_format`` and return None.

    The API's nights are ``YYYY-MM-DD`` only: fromisoformat also takes 20261125 and 2026-W48-3.
    """
    text: str = msg["night"]
    try:
        night = date.fromisoformat(text)
    except ValueError:
        night = None
    if night is not None and night.isoformat() == text:
        return night
    send_error(connection, msg["id"], ERR_INVALID_FORMAT, ERROR_NIGHT_INVALID, {"value": text})
    return None


@websocket_command(
    {
        vol.Required("type"): "sleep_hygiene/bedrooms",
        vol.Optional("first_view", default=False): bool,
    }
)
@callback
def ws_bedrooms(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """List the bedrooms; with ``first_view``, the first one's morning and tonight too.

    The panel and card show the first bedroom first: with its views in this reply, a phone
    waits for one round trip before the first paint, not two.
    """
    entries: list[SleepHygieneConfigEntry] = sorted(
        hass.config_entries.async_entries(DOMAIN), key=lambda entry: entry.title
    )
    bedrooms = [
        {
            "entry_id": entry.entry_id,
            "name": entry.title,
            "loaded": entry.state is ConfigEntryState.LOADED,
        }
        for entry in entries
    ]
    reply: dict[str, Any] = {"bedrooms": bedrooms}
    if msg["first_view"]:
        first = entries[0] if entries else None
        reply["first_view"] = (
            None
            if first is None or first.state is not ConfigEntryState.LOADED
            else {
                "entry_id": first.entry_id,
                "morning": views.morning(first),
                "tonight": views.tonight(first),
            }
        )
    connection.send_result(msg["id"], reply)


@websocket_command({vol.Required("type"): "sleep_hygiene/texts", vol.Required("language"): str})
@async_response
async def ws_texts(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send every text of the panel and card in the language asked (English fills gaps)."""
    language = msg["language"]
    texts: dict[str, str] = {}
    for category in TEXT_CATEGORIES:
        found = await async_get_translations(hass, language, category, [DOMAIN])
        texts.update((key.removeprefix(_PREFIX), text) for key, text in found.items())
    connection.send_result(msg["id"], {"language": language, "texts": texts})


@websocket_command(
    {vol.Required("type"): "sleep_hygiene/morning", **ENTRY, vol.Optional("night"): str}
)
@callback
def ws_morning(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send the check-in due now, or a recent night's (a missed morning answered later)."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    night = None
    if msg.get("night") is not None:
        if (night := _night_asked(connection, msg)) is None:
            return
        first, last = views.recent_nights(entry)
        if not first <= night <= last:
            placeholders = {
                "night": night.isoformat(),
                "first": first.isoformat(),
                "last": last.isoformat(),
            }
            send_error(connection, msg["id"], ERR_NOT_FOUND, "night_not_recent", placeholders)
            return
    connection.send_result(msg["id"], views.morning(entry, night))


@websocket_command(
    {
        vol.Required("type"): "sleep_hygiene/check_in",
        **ENTRY,
        vol.Optional("night"): str,
        vol.Required("answers"): {str: str},
        vol.Optional("notes"): vol.Any(str, None),
    }
)
@async_response
async def ws_check_in(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Record answers through the same path as the ``log_check_in`` action."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    fields: dict[str, Any] = dict(msg["answers"])
    if msg.get("night") is not None:
        if (night := _night_asked(connection, msg)) is None:
            return
        fields["night"] = night
    if msg.get("notes") is not None:
        fields["notes"] = msg["notes"]
    try:
        form = parse_check_in(fields, last_night_of(entry))
    except InvalidCheckIn as err:
        first = err.errors[0]
        send_error(connection, msg["id"], ERR_INVALID_CHECK_IN, first.key, first.placeholders)
        return
    await async_record_check_in(
        hass, entry, form.night, form.answers, form.notes, source=SOURCE_DASHBOARD
    )
    connection.send_result(msg["id"], night_response(entry, form.night))


@websocket_command({vol.Required("type"): "sleep_hygiene/tonight", **ENTRY})
@callback
def ws_tonight(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send tonight's plan."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    connection.send_result(msg["id"], views.tonight(entry))


@websocket_command(
    {
        vol.Required("type"): "sleep_hygiene/nights",
        **ENTRY,
        vol.Optional("nights", default=28): vol.All(int, vol.Range(min=1, max=365)),
    }
)
@callback
def ws_nights(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send the last nights, one by one, with their scores (a night's parts: ``night``)."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    connection.send_result(msg["id"], views.nights(entry, msg["nights"]))


@websocket_command(
    {vol.Required("type"): "sleep_hygiene/night", **ENTRY, vol.Required("night"): str}
)
@callback
def ws_night(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send one night in full: its score in parts, its check-in and what was measured."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    if (night := _night_asked(connection, msg)) is None:
        return

    first, last = views.night_span(entry)
    if not first <= night <= last:
        placeholders = {
            "night": night.isoformat(),
            "first": first.isoformat(),
            "last": last.isoformat(),
        }
        send_error(connection, msg["id"], ERR_NOT_FOUND, "night_not_in_journal", placeholders)
        return
    connection.send_result(msg["id"], views.night(entry, night))


@websocket_command({vol.Required("type"): "sleep_hygiene/insights", **ENTRY})
@callback
def ws_insights(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send the trigger comparison and the active red flags."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    connection.send_result(msg["id"], views.insights(entry))


@websocket_command(
    {
        vol.Required("type"): "sleep_hygiene/summary",
        **ENTRY,
        vol.Optional("nights", default=14): vol.All(int, vol.Range(min=14, max=90)),
    }
)
@async_response
async def ws_summary(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send the summary to show a doctor (the ``get_summary`` action's page)."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    # Memory: the summary is imported when it is first asked for (see the docstring).
    await async_import_module(hass, f"{_INTEGRATION}.summary_service")
    from ..summary_service import async_get_summary  # noqa: PLC0415

    connection.send_result(msg["id"], await async_get_summary(entry, msg["nights"]))


@websocket_command({vol.Required("type"): "sleep_hygiene/subscribe", **ENTRY})
@callback
def ws_subscribe(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Tell the panel whenever what it shows may have changed."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    msg_id = msg["id"]

    @callback
    def changed(what: str) -> None:
        connection.send_message(event_message(msg_id, {"changed": what}))

    unsubs: list[Callable[[], None]] = []

    @callback
    def unsubscribe() -> None:
        while unsubs:
            unsubs.pop()()

    @callback
    def state_changed() -> None:
        # Unloading (a reload included): its clock and log go; the panel asks again, once.
        if entry.state is ConfigEntryState.LOADED or len(unsubs) == 1:
            return
        changed("settings")
        while len(unsubs) > 1:
            unsubs.pop()()
        # The state listener last: Home Assistant is iterating over those right now.
        hass.loop.call_soon(unsubscribe)

    # Named callbacks: the dispatcher would run a plain function in a worker thread.
    # The journal changed (or a night ended): told once the scores include it, not before, so
    # a list and its averages fetched on the event are one state.
    @callback
    def nights_changed() -> None:
        changed("nights")

    @callback
    def clock_passed(boundary: str, _times: NightTimes) -> None:
        changed("settings" if boundary == TIMES_CHANGED else "clock")

    @callback
    def detox_changed() -> None:
        changed("clock")

    @callback
    def experiment_changed() -> None:
        changed("experiment")

    data = entry.runtime_data
    unsubs += [
        entry.async_on_state_change(state_changed),
        async_dispatcher_connect(hass, signal_scores_current(entry.entry_id), nights_changed),
        data.clock.async_add_listener(clock_passed),
        data.detox.async_add_listener(detox_changed),
        async_dispatcher_connect(
            hass, signal_experiment_changed(entry.entry_id), experiment_changed
        ),
    ]
    connection.subscriptions[msg_id] = unsubscribe
    connection.send_result(msg_id)


@websocket_command({vol.Required("type"): "sleep_hygiene/dashboard", **ENTRY})
@require_admin
@async_response
async def ws_dashboard(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send the no-JavaScript dashboard for this bedroom, with its real entity ids."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    # Memory: the dashboard's template and YAML are imported when it is asked for.
    await async_import_module(hass, f"{__package__}.dashboard")
    from .dashboard import async_dashboard_yaml  # noqa: PLC0415

    connection.send_result(msg["id"], {"yaml": await async_dashboard_yaml(hass, entry)})


@websocket_command(
    {
        vol.Required("type"): "sleep_hygiene/export",
        **ENTRY,
        vol.Optional("format", default="csv"): vol.In(("csv", "json")),
    }
)
@async_response
async def ws_export(hass: HomeAssistant, connection: Connection, msg: dict[str, Any]) -> None:
    """Send the whole journal as a file's text (CSV, one row a night, or JSON) and its name."""
    if (entry := bedroom_of(hass, connection, msg)) is None:
        return
    # Memory: the export is imported when it is first asked for.
    await async_import_module(hass, f"{__package__}.journal_export")
    from .journal_export import export_name, journal_csv, journal_json  # noqa: PLC0415

    kind = msg["format"]
    content = journal_csv(entry) if kind == "csv" else journal_json(entry)
    connection.send_result(
        msg["id"],
        {
            "filename": export_name(entry, kind, dt_util.now().date()),
            "mime_type": "text/csv" if kind == "csv" else "application/json",
            "content": content,
        },
    )


COMMANDS: Final = (
    ws_bedrooms,
    ws_texts,
    ws_morning,
    ws_check_in,
    ws_tonight,
    ws_nights,
    ws_night,
    ws_insights,
    ws_summary,
    ws_subscribe,
    ws_dashboard,
    ws_export,
    *EXPERIMENT_COMMANDS,
)


@callback
def async_register_commands(hass: HomeAssistant) -> None:
    """Register every command of the panel and card."""
    for command in COMMANDS:
        async_register_command(hass, command)
