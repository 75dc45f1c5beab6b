"""Add a bedroom the way a person does: the integrations page and the config-flow dialog."""

from __future__ import annotations

from playwright.async_api import Locator, expect

from .api import HomeAssistantApi
from .ui import Ui

NAME = "Bedroom"  # the name dashboards/sleep_hygiene.yaml is written for


def bedroom_row(ui: Ui, name: str) -> Locator:
    """Return a bedroom's row on the integration page (open that page first)."""
    return ui.page.locator("ha-config-entry-row").filter(has=ui.page.get_by_text(name, exact=True))


async def open_bedroom_device(ui: Ui, name: str) -> None:
    """Open the bedroom's device page from the integration page, as a person does."""
    await ui.open("/config/integrations/integration/sleep_hygiene")
    row = bedroom_row(ui, name).locator("ha-config-entry-device-row")
    await row.get_by_text(name, exact=True).click()
    # The first: once a detox ran today, the page's activity names it too.
    await expect(ui.page.get_by_text("Next digital detox").first).to_be_visible()


async def add_bedroom(ui: Ui, api: HomeAssistantApi) -> str:
    """Add the demo bedroom through the config flow in the UI and return its entry id."""
    page = ui.page
    async with ui.step("add integration dialog"):
        await ui.open("/config/integrations/dashboard")
        await page.get_by_role("button", name="Add integration").click()
        await page.get_by_placeholder("Search for a brand name").fill("Sleep Hygiene")
        await page.get_by_text("Sleep Hygiene", exact=True).click()
    async with ui.step("bedroom step filled"):
        await page.get_by_role("textbox", name="Name").fill(NAME)
        await ui.pick_entity("Lights", "Bed lamp")
        await ui.pick_entity("Lights", "Ceiling light")
        await ui.pick_entity("Screens", "Bedroom TV")
        await ui.pick_entity("Screens", "Games console plug")
        await ui.pick_entity("Thermostat", "Bedroom thermostat")
        await ui.pick_entity("Temperature sensor", "Bedroom temperature")
        await ui.pick_entity("Light sensor", "Bedroom illuminance")
        await page.get_by_role("textbox", name="Name").scroll_into_view_if_needed()
    async with ui.step("evening routine step"):
        await page.get_by_role("button", name="Submit").click()
        await expect(ui.flow_title("Evening routine")).to_be_visible()
    # The last step names the new device ("Name and assign" since 2026.11, "Device created" before).
    finish = page.get_by_role("button", name="Skip and finish")
    async with ui.step("device created"):
        await page.get_by_role("button", name="Submit").click()
        await expect(finish).to_be_visible()
    async with ui.step("dialog closed"):
        await finish.click()
        await expect(finish).to_be_hidden()
    entries = await api.get("/api/config/config_entries/entry?domain=sleep_hygiene")
    added = [entry for entry in entries if entry["title"] == NAME]
    assert [entry["state"] for entry in added] == ["loaded"]
    entry_id: str = added[0]["entry_id"]
    return entry_id


async def add_bedroom_over_http(
    api: HomeAssistantApi,
    name: str,
    phones: list[str],
    routine: dict[str, str] | None = None,
    **things: str | list[str],
) -> str:
    """Add a bedroom with ``phones`` through the config flow's HTTP API, as the frontend does.

    ``things`` are more of the first step's fields (``lights=[...]``, ``climate=...``). Every
    routine field keeps the value the form suggests, but those ``routine`` gives (``lights_out``).
    """
    flow = await api.post("/api/config/config_entries/flow", {"handler": "sleep_hygiene"})
    path = f"/api/config/config_entries/flow/{flow['flow_id']}"
    flow = await api.post(path, {"name": name, "phones": phones, **things})
    assert flow.get("step_id") == "schedule", flow
    suggested = {
        field["name"]: field["description"]["suggested_value"]
        for field in flow["data_schema"]
        if "suggested_value" in field.get("description", {})
    }
    flow = await api.post(path, suggested | (routine or {}))
    assert flow["type"] == "create_entry", (
        f"the routine step did not add the bedroom: {flow['type']} {flow.get('step_id')} "
        f"errors={flow.get('errors')}"
    )
    entry_id: str = flow["result"]["entry_id"]
    return entry_id
