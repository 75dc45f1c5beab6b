"""What hassfest and the HACS action would check, done with Home Assistant's own loaders offline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from awesomeversion import AwesomeVersion
from homeassistant.const import __version__ as HA_VERSION
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er, frame, icon, service, translation
from homeassistant.loader import async_get_integration
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import yaml

from custom_components.sleep_hygiene.const import DOMAIN

from .conftest import deprecated_uses

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "custom_components" / DOMAIN


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


async def test_manifest_loads_and_is_ordered(hass: HomeAssistant) -> None:
    integration = await async_get_integration(hass, DOMAIN)
    manifest = integration.manifest
    assert integration.is_built_in is False
    assert manifest["config_flow"] is True
    assert manifest["iot_class"] == "calculated"
    assert manifest["integration_type"] in {"device", "helper", "hub", "service"}
    assert AwesomeVersion(manifest["version"]).valid
    for key in ("codeowners", "documentation", "issue_tracker"):
        assert manifest[key]
    # hassfest: domain, name, then the rest in alphabetical order.
    keys = list(_json(PACKAGE / "manifest.json"))
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:])


def test_hacs_json_minimum_is_the_oldest_tested_release() -> None:
    # Each tested release has its environment in requirements/ha-<version>.txt.
    tested = [path.stem.removeprefix("ha-") for path in (ROOT / "requirements").glob("ha-*.txt")]
    assert len(tested) >= 2
    hacs = _json(ROOT / "hacs.json")
    assert hacs["name"] == "Sleep Hygiene"
    assert hacs["homeassistant"] == min(tested, key=AwesomeVersion)
    assert HA_VERSION in tested
    assert AwesomeVersion(HA_VERSION) >= AwesomeVersion(hacs["homeassistant"])


def test_english_translation_is_strings_json() -> None:
    assert _json(PACKAGE / "translations" / "en.json") == _json(PACKAGE / "strings.json")


async def test_every_service_is_described_translated_and_has_an_icon(hass: HomeAssistant) -> None:
    assert await async_setup_component(hass, DOMAIN, {})
    descriptions = (await service.async_get_all_descriptions(hass))[DOMAIN]
    registered = set(hass.services.async_services_for_domain(DOMAIN))
    assert set(descriptions) == registered
    strings = _json(PACKAGE / "strings.json")
    icons = await icon.async_get_icons(hass, "services", [DOMAIN])
    raw = yaml.safe_load((PACKAGE / "services.yaml").read_text(encoding="utf-8"))
    for name, description in raw.items():
        texts = strings["services"][name]
        assert texts["name"], name
        assert texts["description"], name
        assert set(texts["fields"]) == set(description.get("fields", {})), name
        assert icons[DOMAIN][name]["service"].startswith("mdi:"), name
        for field, spec in description.get("fields", {}).items():
            assert texts["fields"][field]["name"], field
            assert texts["fields"][field]["description"], field
            key = spec.get("selector", {}).get("select", {}).get("translation_key")
            if key:
                options = spec["selector"]["select"]["options"]
                assert set(strings["selector"][key]["options"]) == set(options), key


async def test_translations_load(hass: HomeAssistant) -> None:
    for category in ("config", "options", "entity", "exceptions", "services", "selector"):
        loaded = await translation.async_get_translations(hass, "en", category, [DOMAIN])
        assert any(key.startswith(f"component.{DOMAIN}.{category}.") for key in loaded), category


@pytest.mark.parametrize(
    ("language", "text"), [("en", "Add bedroom"), ("de", "Schlafzimmer hinzufügen")]
)
async def test_the_integration_page_offers_to_add_a_bedroom(
    hass: HomeAssistant, language: str, text: str
) -> None:
    """The frontend labels its add button with config.initiate_flow.user when an integration
    has it, and falls back to its own "Add service" (from integration_type) when not."""
    loaded = await translation.async_get_translations(hass, language, "config", [DOMAIN])
    assert loaded[f"component.{DOMAIN}.config.initiate_flow.user"] == text


async def test_every_entity_has_a_translated_name_and_an_icon(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    strings = _json(PACKAGE / "strings.json")["entity"]
    icons = _json(PACKAGE / "icons.json")["entity"]
    entries = er.async_entries_for_config_entry(er.async_get(hass), bedroom_entry.entry_id)
    assert entries
    for entity in entries:
        assert entity.unique_id == f"{bedroom_entry.entry_id}_{entity.translation_key}"
        assert strings[entity.domain][entity.translation_key]["name"], entity.entity_id
        assert entity.translation_key in icons[entity.domain], entity.entity_id
        state = hass.states.get(entity.entity_id)
        assert state is not None
        assert state.name.startswith("Main bedroom "), entity.entity_id


def test_quality_scale_explains_every_rule_not_done() -> None:
    rules = yaml.safe_load((PACKAGE / "quality_scale.yaml").read_text(encoding="utf-8"))["rules"]
    assert len(rules) == 52
    for rule, value in rules.items():
        if value != "done":
            assert value["status"] in {"exempt", "todo"}, rule
            assert value["comment"], rule


async def test_a_deprecated_use_reported_by_home_assistant_fails_the_test(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture
) -> None:
    """What the autouse check in conftest.py looks for, as Home Assistant itself logs it."""
    assert await async_setup_component(hass, DOMAIN, {})
    frame.report_usage(
        "uses an API that is going away",
        breaks_in_ha_version="2099.1.0",
        integration_domain=DOMAIN,
    )
    (report,) = deprecated_uses(caplog.records)
    assert f"custom integration '{DOMAIN}' uses an API that is going away" in report
    caplog.clear()  # the check itself would fail this test otherwise
