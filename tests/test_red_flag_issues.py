"""Red flags as Repairs issues on a simulated month, and the optional daytime notification."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.translation import async_get_translations
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.sleep_hygiene.const import CONF_PHONES, CONF_RED_FLAG_NOTIFY, DOMAIN
from custom_components.sleep_hygiene.model.night import NightRecord
from custom_components.sleep_hygiene.model.red_flags import RULES
from custom_components.sleep_hygiene.model.stored_state import Episode, RedFlagEpisodes

from .flow_helpers import ADVANCED, suggested, untouched, with_advanced
from .journal_fixtures import (
    LAST_NIGHT,
    add_phone,
    checked_in,
    local,
    pushed,
    settle,
    start_bedroom,
    write_month,
)
from .time_helpers import advance

MORNING = local(LAST_NIGHT, 10)
TWITCHES = "frequent_twitches"


def all_rules(back: int) -> dict[str, str]:
    """Answers matching every rule: a week of poor rest, leg sensations and many twitches."""
    day = back % 7
    answers = {}
    if day < 4:
        answers["rested"] = "poorly"  # 4 mornings a week, also a symptom night for 4 weeks
    if day < 2:
        answers["leg_sensations"] = "some"
    if day < 3:
        answers["twitches"] = "many"
    if back == 0:
        answers["pain"] = "pain_numbness_swelling"
    if back == 1:
        answers["doctor_signs"] = "yes"
    return answers


def episodes(entry: MockConfigEntry) -> dict[str, Episode]:
    """Return the red-flag episodes the bedroom keeps over restarts, by rule."""
    stored = entry.runtime_data.log.read_state(RedFlagEpisodes)
    return {} if stored is None else stored.episodes


def issue(hass: HomeAssistant, rule: str = TWITCHES) -> ir.IssueEntry | None:
    """Return the bedroom's Repairs issue of one rule, found by its text: its id names no rule."""
    found = [
        entry
        for (domain, issue_id), entry in ir.async_get(hass).issues.items()
        if domain == DOMAIN
        and entry.translation_key == f"red_flag_{rule}"
        and issue_id.endswith("_bedroom1")
    ]
    assert len(found) <= 1
    return found[0] if found else None


async def notifying_bedroom(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    user: MockUser,
    **options: Any,
) -> None:
    """Give the bedroom a real companion-app phone and the given options."""
    phone = await add_phone(hass, aioclient_mock, user.id)
    hass.config_entries.async_update_entry(
        entry, data=dict(entry.data) | {CONF_PHONES: [phone]}, options=dict(entry.options) | options
    )


async def test_every_rule_raises_a_calm_translated_issue(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry, answers=all_rules)
    await settle(hass, freezer)

    translations = await async_get_translations(hass, "en", "issues", [DOMAIN])
    for rule in RULES:
        found = issue(hass, rule)
        assert found is not None, rule
        assert found.is_fixable is False
        assert found.severity is ir.IssueSeverity.WARNING
        assert found.translation_key == f"red_flag_{rule}"
        placeholders = found.translation_placeholders or {}
        assert placeholders["bedroom"] == "Main bedroom"
        prefix = f"component.{DOMAIN}.issues.red_flag_{rule}"
        title = translations[f"{prefix}.title"].format_map(placeholders)
        description = translations[f"{prefix}.description"].format_map(placeholders)
        assert "{" not in title + description
        assert "not a diagnosis" in description
        # It points to the Sleep panel, open to every user; never to an administrator's page.
        assert "The Sleep page in the sidebar shows this pattern under Insights" in description
        assert "Developer tools" not in description
        assert "Repairs" not in description
    # Pain, numbness or swelling leads with the signs that need care the same day.
    pain = issue(hass, "pain_numbness_swelling")
    key = f"component.{DOMAIN}.issues.red_flag_pain_numbness_swelling.description"
    description = translations[key]
    assert "get medical care today" in description.format_map(pain.translation_placeholders)
    placeholders = issue(hass).translation_placeholders
    assert placeholders == {"bedroom": "Main bedroom", "nights": "3", "window_nights": "7"}
    persist = issue(hass, "persist_despite_changes")
    assert persist.translation_placeholders["hygiene_average"] == "100.0"
    assert persist.translation_placeholders["nights_week_4"] == "4"
    state = episodes(bedroom_entry)
    assert set(state) == set(RULES)
    assert state["frequent_twitches"].since == date(2026, 2, 28)
    assert state["frequent_twitches"].notify is False
    # Issue ids name no rule: Home Assistant puts them in every diagnostics download.
    ids = [
        issue_id
        for domain, issue_id in ir.async_get(hass).issues
        if domain == DOMAIN and issue_id.startswith("red_flag_")
    ]
    assert sorted(ids) == sorted(episode.issue for episode in state.values())
    assert not [issue_id for issue_id in ids if any(rule in issue_id for rule in RULES)]


async def test_issue_deleted_when_the_pattern_ends_and_raised_again_when_it_returns(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    # Many twitches on the 28th, 25th and 22nd: 3 of the last 7 nights, the threshold.
    write_month(bedroom_entry)
    await settle(hass, freezer)
    assert issue(hass) is not None
    assert issue(hass, "poorly_rested") is None

    log = bedroom_entry.runtime_data.log
    log.update(LAST_NIGHT - timedelta(days=6), checked_in())  # the 22nd: 2 of 7 now
    await settle(hass, freezer)
    assert issue(hass) is None
    assert episodes(bedroom_entry) == {}

    log.update(LAST_NIGHT - timedelta(days=6), checked_in(twitches="many"))
    await settle(hass, freezer)
    assert issue(hass) is not None
    assert "frequent_twitches" in episodes(bedroom_entry)


async def test_unanswered_morning_does_not_end_an_episode(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    assert issue(hass) is not None

    # The night of March 1st ends; until it is answered the last 7 nights are still 22-28 Feb.
    await advance(
        hass,
        freezer,
        local(
            LAST_NIGHT + timedelta(days=1),
            6,
            30,
        )
        + timedelta(seconds=1),
    )
    await settle(hass, freezer)
    assert issue(hass) is not None

    # Answered without twitches: the 22nd drops out of the window, 2 of 7 remain.
    bedroom_entry.runtime_data.log.update(LAST_NIGHT + timedelta(days=1), checked_in())
    await settle(hass, freezer)
    assert issue(hass) is None


async def test_daytime_notification_once_per_episode(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    hass_admin_user: MockUser,
) -> None:
    await notifying_bedroom(
        hass, bedroom_entry, aioclient_mock, hass_admin_user, **{CONF_RED_FLAG_NOTIFY: True}
    )
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    sent = pushed(aioclient_mock)
    assert len(sent) == 1
    assert sent[0]["title"] == "Sleep Hygiene: Main bedroom"
    # It goes through the push service, so it names no symptom, only where to read more.
    assert "worth talking to a doctor" in sent[0]["message"]
    assert "twitch" not in sent[0]["message"]
    # A tap opens the Sleep panel's Insights view (iOS reads url, Android clickAction).
    assert sent[0]["data"] == {
        "url": "/sleep-hygiene?view=insights",
        "clickAction": "/sleep-hygiene?view=insights",
    }
    assert "Repairs" not in sent[0]["message"]
    assert episodes(bedroom_entry)["frequent_twitches"].notify is False

    # The same episode goes on: another answer, a restart. No second notification.
    bedroom_entry.runtime_data.log.update(LAST_NIGHT - timedelta(days=1), checked_in(alcohol="one"))
    await settle(hass, freezer)
    assert await hass.config_entries.async_reload(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert issue(hass) is not None
    assert len(pushed(aioclient_mock)) == 1

    # It ends, then comes back: a new episode, told once more.
    log = bedroom_entry.runtime_data.log
    log.update(LAST_NIGHT - timedelta(days=6), checked_in())
    await settle(hass, freezer)
    log.update(LAST_NIGHT - timedelta(days=6), checked_in(twitches="many"))
    await settle(hass, freezer)
    assert len(pushed(aioclient_mock)) == 2


async def test_raised_at_night_is_notified_at_wake_even_across_a_restart(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    hass_admin_user: MockUser,
) -> None:
    await notifying_bedroom(
        hass, bedroom_entry, aioclient_mock, hass_admin_user, **{CONF_RED_FLAG_NOTIFY: True}
    )
    # 23:00, after lights-out: a late answer for the night before raises the issue.
    await start_bedroom(hass, freezer, bedroom_entry, local(LAST_NIGHT, 23))
    write_month(bedroom_entry, last=LAST_NIGHT - timedelta(days=1))
    await settle(hass, freezer)
    assert issue(hass) is not None
    assert pushed(aioclient_mock) == []

    assert await hass.config_entries.async_reload(bedroom_entry.entry_id)
    await advance(hass, freezer, local(LAST_NIGHT, 3))
    assert pushed(aioclient_mock) == []

    await advance(hass, freezer, local(LAST_NIGHT, 6, 30) + timedelta(seconds=1))
    await settle(hass, freezer)
    assert len(pushed(aioclient_mock)) == 1


async def test_notification_is_off_unless_chosen(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    hass_admin_user: MockUser,
) -> None:
    await notifying_bedroom(hass, bedroom_entry, aioclient_mock, hass_admin_user)
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    assert issue(hass) is not None
    assert pushed(aioclient_mock) == []


async def test_notification_without_a_phone_is_dropped(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    hass.config_entries.async_update_entry(
        bedroom_entry, options=dict(bedroom_entry.options) | {CONF_RED_FLAG_NOTIFY: True}
    )
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    assert episodes(bedroom_entry)["frequent_twitches"].notify is False


async def test_options_flow_turns_the_notification_on(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry, registered_phone: str
) -> None:
    # The notice goes to the bedroom's phones: the form refuses it for a bedroom without one.
    hass.config_entries.async_update_entry(
        bedroom_entry, data=bedroom_entry.data | {CONF_PHONES: [registered_phone]}
    )
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    shown = untouched(result)
    assert CONF_RED_FLAG_NOTIFY not in shown[ADVANCED]  # never chosen: off
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], with_advanced(shown, red_flag_notify=True)
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert bedroom_entry.options[CONF_RED_FLAG_NOTIFY] is True

    # The form shows it on next time.
    result = await hass.config_entries.options.async_init(bedroom_entry.entry_id)
    assert suggested(result, CONF_RED_FLAG_NOTIFY) is True


async def test_dismissed_issue_stays_dismissed_across_a_restart(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    twitches = issue(hass)
    assert twitches is not None
    ir.async_get(hass).async_ignore(DOMAIN, twitches.issue_id, True)
    assert await hass.config_entries.async_reload(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    found = issue(hass)
    assert found is not None
    assert found.dismissed_version is not None


async def test_removed_bedroom_leaves_no_issue(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    assert issue(hass) is not None
    assert await hass.config_entries.async_remove(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert issue(hass) is None


async def test_phone_out_of_reach_is_tried_again_later(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    hass_admin_user: MockUser,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A local-push phone that is not connected cannot be told now; the notice waits."""
    phone = await add_phone(
        hass, aioclient_mock, hass_admin_user.id, app_data={"push_websocket_channel": True}
    )
    hass.config_entries.async_update_entry(
        bedroom_entry,
        data=dict(bedroom_entry.data) | {CONF_PHONES: [phone, "a-phone-since-removed"]},
        options=dict(bedroom_entry.options) | {CONF_RED_FLAG_NOTIFY: True},
    )
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    assert issue(hass) is not None
    warnings = [r.getMessage() for r in caplog.records if "Could not send" in r.getMessage()]
    assert warnings
    assert not any("twitch" in warning for warning in warnings)  # no health data in the log
    assert episodes(bedroom_entry)["frequent_twitches"].notify


async def test_removed_phone_keeps_the_notice_waiting(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    hass.config_entries.async_update_entry(
        bedroom_entry,
        data=dict(bedroom_entry.data) | {CONF_PHONES: ["a-phone-since-removed"]},
        options=dict(bedroom_entry.options) | {CONF_RED_FLAG_NOTIFY: True},
    )
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    assert episodes(bedroom_entry)["frequent_twitches"].notify


async def test_a_broken_record_keeps_the_issues_as_they_were(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)

    def broken(record: NightRecord) -> None:
        # A start time without a time zone, as a hand-edited file might have.
        record.detox_started = datetime(2026, 2, 28, 22, 0)

    bedroom_entry.runtime_data.log.update(LAST_NIGHT, broken)
    await settle(hass, freezer)
    assert hass.states.get("sensor.main_bedroom_sleep_hygiene_score").state == "unavailable"
    assert issue(hass) is not None


async def test_rules_raised_together_make_one_notification(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    hass_admin_user: MockUser,
) -> None:
    await notifying_bedroom(
        hass, bedroom_entry, aioclient_mock, hass_admin_user, **{CONF_RED_FLAG_NOTIFY: True}
    )
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry, answers=all_rules)
    await settle(hass, freezer)
    assert len(pushed(aioclient_mock)) == 1
    kept = episodes(bedroom_entry)
    assert set(kept) == set(RULES)
    assert not any(episode.notify for episode in kept.values())
