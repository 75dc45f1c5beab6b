"""The panel's experiment commands: start, see, stop, and a finished one's result."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import MockHAClientWebSocket, WebSocketGenerator

from custom_components.sleep_hygiene.const import CONF_CLIMATE, CONF_SCREENS, DOMAIN
from custom_components.sleep_hygiene.model.experiment import Experiment, draw_arms
from custom_components.sleep_hygiene.model.experiment_state import ExperimentRun, Experiments

from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS
from .journal_fixtures import LAST_NIGHT, local, panel_client, write_month

TONIGHT = LAST_NIGHT + timedelta(days=1)


async def _ask(
    client: MockHAClientWebSocket, command: str, events: list[Any] | None = None, **data: Any
) -> dict[str, Any]:
    """Return the command's reply; the subscription's events meanwhile go to ``events``."""
    await client.send_json_auto_id(
        {"type": f"sleep_hygiene/{command}", "entry_id": "bedroom1", **data}
    )
    while (reply := await client.receive_json())["type"] == "event":
        assert events is not None, reply
        events.append(reply["event"])
    return reply


async def test_start_see_and_stop_from_the_panel(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    listed = (await _ask(client, "experiments"))["result"]
    assert (listed["current"], listed["past"], listed["tonight"]) == (None, [], None)
    choices = listed["choices"]
    assert choices["earliest_first_night"] == TONIGHT.isoformat()
    assert choices["nights"] == {"min": 10, "max": 28, "default": 14}
    assert (choices["unit"], choices["usual_target"], choices["target_range"]) == (
        "°C",
        18.0,
        [13.0, 27.0],
    )
    assert choices["minutes_earlier"] == [15, 150]
    assert choices["changes"] == [
        "no_caffeine_after_cutoff",
        "no_alcohol",
        "no_late_exercise",
        "no_screens_after_detox",
        "bedroom_target",
        "earlier_detox",
    ]

    # A bad field: the panel gets the same translated error as the action.
    refused = await _ask(client, "start_experiment", change="no_alcohol", nights=11)
    assert refused["error"]["code"] == "invalid_experiment"
    assert refused["error"]["translation_key"] == "experiment_nights_odd"
    assert refused["error"]["translation_placeholders"] == {"value": "11"}

    await client.send_json_auto_id({"type": "sleep_hygiene/subscribe", "entry_id": "bedroom1"})
    assert (await client.receive_json())["success"]
    events: list[Any] = []
    started = await _ask(client, "start_experiment", events, change="no_caffeine_after_cutoff")
    assert started["success"], started
    assert events == [{"changed": "experiment"}]
    shown = started["result"]["experiment"]
    assert (shown["first_night"], shown["status"], shown["nights"]) == (
        TONIGHT.isoformat(),
        "running",
        None,
    )

    listed = (await _ask(client, "experiments"))["result"]
    tonight = listed["tonight"]
    assert (tonight["night"], tonight["change"], tonight["number"], tonight["nights"]) == (
        TONIGHT.isoformat(),
        "no_caffeine_after_cutoff",
        1,
        14,
    )
    assert tonight["arm"] == shown["arms"][0]
    assert tonight["at"] == local(TONIGHT, 14).isoformat()
    # Tonight's plan and the morning say it too (the morning: today's part, with the thanks).
    assert (await _ask(client, "tonight"))["result"]["experiment"] == tonight
    assert (await _ask(client, "morning"))["result"]["experiment_today"] == tonight

    stopped = await _ask(client, "stop_experiment", events)
    assert stopped["success"]
    assert stopped["result"] == {"experiment": None}  # not begun yet
    again = await _ask(client, "stop_experiment")
    assert again["error"]["translation_key"] == "experiment_not_running"


async def test_a_finished_experiment_shows_its_result_and_its_nights(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """An experiment stored with the journal, as one run through February would be."""
    client = await panel_client(hass, freezer, bedroom_entry, hass_ws_client)
    first = date(2026, 2, 1)
    arms = draw_arms(14, Random(24))
    # Many twitches on nights as usual: the change goes with lower burden.
    write_month(
        bedroom_entry,
        answers=lambda back: (
            {"twitches": "many"}
            if (night := LAST_NIGHT - timedelta(days=back)) >= first
            and night < first + timedelta(days=14)
            and arms[(night - first).days] == "usual"
            else {}
        ),
    )
    experiment = Experiment(change="no_alcohol", first_night=first, arms=arms)
    bedroom_entry.runtime_data.log.write_state(
        Experiments, Experiments((ExperimentRun(experiment),))
    )
    assert await hass.config_entries.async_reload(bedroom_entry.entry_id)
    await hass.async_block_till_done()

    listed = (await _ask(client, "experiments"))["result"]
    assert listed["current"] is None
    (past,) = listed["past"]
    assert (past["status"], past["last_night"]) == ("finished", "2026-02-14")
    result = past["result"]
    assert result["as_assigned"]["verdict"] == "clearly_lower"
    assert result["as_assigned"]["pairs"] == 7
    assert result["as_assigned"]["difference"] == result["as_assigned"]["difference_high"]
    assert result["arms"]["change"] == {"kept": 7, "not_kept": 0, "unknown": 0}
    assert [night["arm"] for night in past["nights"]] == list(arms)
    assert all(night["symptom_burden"] is not None for night in past["nights"])
    # Listed for a doctor as well.
    summary = (await _ask(client, "summary", nights=28))["result"]
    assert summary["experiments"] == [past]


async def test_a_bedroom_is_offered_only_the_changes_it_can_try(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, hass_ws_client: WebSocketGenerator
) -> None:
    """Without a thermostat there is no other target; without screens or phones, no screens."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=BEDROOM_DATA | {CONF_CLIMATE: None, CONF_SCREENS: []},
        options=dict(BEDROOM_OPTIONS),
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    client = await panel_client(hass, freezer, entry, hass_ws_client)
    choices = (await _ask(client, "experiments"))["result"]["choices"]
    assert choices["changes"] == [
        "no_caffeine_after_cutoff",
        "no_alcohol",
        "no_late_exercise",
        "earlier_detox",
    ]
    refused = await _ask(client, "start_experiment", change="no_screens_after_detox")
    assert refused["error"]["translation_key"] == "experiment_no_screens"
