"""Repairs for a thermostat or temperature sensor that disappeared, fixed as a person would."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.const import DOMAIN

from .climate_fixtures import HEATPUMP, THERMOSTAT, generic_thermostat, heatpump, setup_climate
from .conftest import BEDROOM_DATA

CLIMATE_ISSUE = "missing_climate_bedroom1"
SENSOR_ISSUE = "missing_temperature_sensor_bedroom1"


async def _load(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert await async_setup_component(hass, "repairs", {})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


def _issue(hass: HomeAssistant, issue_id: str) -> ir.IssueEntry | None:
    return ir.async_get(hass).async_get_issue(DOMAIN, issue_id)


async def _fix(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, issue_id: str, *steps: dict[str, Any]
) -> dict[str, Any]:
    """Start the issue's fix flow through the Repairs API and send ``steps`` in turn."""
    client = await hass_client()
    response = await client.post(
        "/api/repairs/issues/fix", json={"handler": DOMAIN, "issue_id": issue_id}
    )
    assert response.status == 200
    result: dict[str, Any] = await response.json()
    for step in steps:
        response = await client.post(f"/api/repairs/issues/fix/{result['flow_id']}", json=step)
        assert response.status == 200
        result = await response.json()
    await hass.async_block_till_done()
    return result


async def test_missing_thermostat_replaced_by_another(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, bedroom_entry: MockConfigEntry
) -> None:
    await setup_climate(hass, demo=[heatpump()])  # no climate.bedroom
    await _load(hass, bedroom_entry)
    issue = _issue(hass, CLIMATE_ISSUE)
    assert issue is not None
    assert issue.is_fixable
    assert issue.translation_placeholders == {
        "bedroom": "Main bedroom",
        "entity_id": THERMOSTAT,
    }
    assert _issue(hass, SENSOR_ISSUE) is None  # the sensor is there

    menu = await _fix(hass, hass_client, CLIMATE_ISSUE)
    assert menu["type"] == "menu"
    assert menu["menu_options"] == ["replace", "stop_using"]
    form = await _fix(hass, hass_client, CLIMATE_ISSUE, {"next_step_id": "replace"})
    assert form["step_id"] == "replace"
    done = await _fix(
        hass, hass_client, CLIMATE_ISSUE, {"next_step_id": "replace"}, {"climate": HEATPUMP}
    )
    assert done["type"] == "create_entry"
    assert bedroom_entry.data == BEDROOM_DATA | {"climate": HEATPUMP}
    assert bedroom_entry.runtime_data.settings.climate == HEATPUMP  # reloaded
    assert _issue(hass, CLIMATE_ISSUE) is None


async def test_missing_sensor_given_up(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, bedroom_entry: MockConfigEntry
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    data = BEDROOM_DATA | {"temperature_sensor": "sensor.attic_temperature"}
    hass.config_entries.async_update_entry(bedroom_entry, data=data)
    await _load(hass, bedroom_entry)
    issue = _issue(hass, SENSOR_ISSUE)
    assert issue is not None
    assert issue.translation_placeholders["entity_id"] == "sensor.attic_temperature"

    done = await _fix(hass, hass_client, SENSOR_ISSUE, {"next_step_id": "stop_using"}, {})
    assert done["type"] == "create_entry"
    # Nothing else of the bedroom is lost.
    assert bedroom_entry.data == {k: v for k, v in data.items() if k != "temperature_sensor"}
    assert bedroom_entry.runtime_data.settings.temperature_sensor is None
    assert _issue(hass, SENSOR_ISSUE) is None


async def test_removed_or_renamed_while_running(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    await setup_climate(hass, demo=[heatpump()])
    hass.config_entries.async_update_entry(bedroom_entry, data=BEDROOM_DATA | {"climate": HEATPUMP})
    await _load(hass, bedroom_entry)
    assert _issue(hass, CLIMATE_ISSUE) is None
    registry = er.async_get(hass)

    registry.async_update_entity(HEATPUMP, new_entity_id="climate.heat_pump")
    await hass.async_block_till_done()
    assert _issue(hass, CLIMATE_ISSUE).translation_placeholders["entity_id"] == HEATPUMP

    registry.async_update_entity("climate.heat_pump", new_entity_id=HEATPUMP)
    await hass.async_block_till_done()
    ir.async_delete_issue(hass, DOMAIN, CLIMATE_ISSUE)
    registry.async_remove(HEATPUMP)
    await hass.async_block_till_done()
    assert _issue(hass, CLIMATE_ISSUE) is not None

    # It comes back (the integration was added again): the issue goes.
    registry.async_get_or_create("climate", "test", "heatpump", suggested_object_id="heatpump")
    await hass.async_block_till_done()
    assert _issue(hass, CLIMATE_ISSUE) is None


async def test_issues_go_with_the_bedroom(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    await _load(hass, bedroom_entry)  # neither the thermostat nor the sensor exists
    assert _issue(hass, CLIMATE_ISSUE) is not None
    assert _issue(hass, SENSOR_ISSUE) is not None
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    assert _issue(hass, CLIMATE_ISSUE) is None
    assert _issue(hass, SENSOR_ISSUE) is None


async def test_fix_for_a_removed_bedroom_aborts(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, bedroom_entry: MockConfigEntry
) -> None:
    await _load(hass, bedroom_entry)
    client = await hass_client()
    response = await client.post(
        "/api/repairs/issues/fix", json={"handler": DOMAIN, "issue_id": CLIMATE_ISSUE}
    )
    flow_id = (await response.json())["flow_id"]
    await client.post(f"/api/repairs/issues/fix/{flow_id}", json={"next_step_id": "stop_using"})
    assert await hass.config_entries.async_remove(bedroom_entry.entry_id)
    response = await client.post(f"/api/repairs/issues/fix/{flow_id}", json={})
    result = await response.json()
    assert result["type"] == "abort"
    assert result["reason"] == "entry_removed"


async def test_other_fixable_issues_get_a_confirm_flow(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, bedroom_entry: MockConfigEntry
) -> None:
    await _load(hass, bedroom_entry)
    ir.async_create_issue(
        hass,
        DOMAIN,
        "something_else",
        is_fixable=True,
        severity=ir.IssueSeverity.WARNING,
        translation_key="missing_climate",
    )
    result = await _fix(hass, hass_client, "something_else")
    assert result["step_id"] == "confirm"
