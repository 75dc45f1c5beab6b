"""The night log on disk: migrated, debounced, flushed, set aside when unreadable, never lost."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant import loader
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir, storage
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_test_home_assistant,
)

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.house.journal.store import SAVE_DELAY, NightLog
from custom_components.sleep_hygiene.model.night import QUESTIONS, CheckIn, NightRecord
from custom_components.sleep_hygiene.model.store_migration import migrate
from custom_components.sleep_hygiene.model.stored_state import CheckInDraft, SentReminders

from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS

LONDON = ZoneInfo("Europe/London")
MORNING = datetime(2026, 3, 10, 7, 0, tzinfo=LONDON)
LAST_NIGHT = date(2026, 3, 9)
KEY = "sleep_hygiene.bedroom1"
# Home Assistant's own file I/O, before the test harness swaps it for an in-memory dict.
REAL_LOAD = storage.Store._async_load
REAL_WRITE = storage.Store._async_write_data
ANSWERS = {"twitches": "none", "rested": "well"}


def _record(night: date, **changes: Any) -> dict[str, Any]:
    logged_at = datetime.combine(night + timedelta(days=1), datetime.min.time(), UTC)
    record = NightRecord(
        night=night, check_in=CheckIn(dict(ANSWERS), None, "phone", logged_at, logged_at)
    )
    return record.as_dict() | changes


def _stored(nights: dict[str, Any], minor: int = 2, major: int = 1) -> dict[str, Any]:
    return {
        "version": major,
        "minor_version": minor,
        "key": KEY,
        "data": {"nights": nights, "state": {"reminders": {"night": "2026-03-09"}}},
    }


@pytest.fixture
async def at_morning(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(MORNING)


@pytest.fixture
def disk(hass: HomeAssistant, tmp_path: Path) -> Generator[Path]:
    """Use real files under a temporary config directory instead of the in-memory store."""
    hass.config.config_dir = str(tmp_path)
    folder = tmp_path / ".storage"
    folder.mkdir()
    with (
        patch.object(storage.Store, "_async_load", REAL_LOAD),
        patch.object(storage.Store, "_async_write_data", REAL_WRITE),
    ):
        yield folder


def _ours(folder: Path) -> list[Path]:
    """Return the bedroom's files in the storage folder (other stores write there too)."""
    return sorted(path for path in folder.iterdir() if path.name.startswith(KEY))


def _issues(hass: HomeAssistant, key: str) -> list[ir.IssueEntry]:
    """Return the bedroom's issues of one kind, oldest first (each event has its own)."""
    found = [
        issue
        for (domain, issue_id), issue in ir.async_get(hass).issues.items()
        if domain == DOMAIN and issue_id.startswith(f"{key}_bedroom1")
    ]
    return sorted(found, key=lambda issue: issue.created)


async def _set_up(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED


async def test_a_version_1_log_is_migrated(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    # What 0.1.0 wrote: no minor version in the file (1.1), no started_at in check-ins.
    old = _record(LAST_NIGHT)
    del old["check_in"]["started_at"]
    stored = _stored({"2026-03-09": old})
    del stored["minor_version"]
    hass_storage[KEY] = stored

    await _set_up(hass, bedroom_entry)

    record = bedroom_entry.runtime_data.log.get(LAST_NIGHT)
    assert record.check_in.answers == ANSWERS
    assert record.check_in.started_at == record.check_in.logged_at
    assert bedroom_entry.runtime_data.log.read_state(SentReminders) == SentReminders(LAST_NIGHT)
    # Written back at once in the new format.
    assert hass_storage[KEY]["minor_version"] == 2
    assert hass_storage[KEY]["data"]["nights"]["2026-03-09"]["check_in"]["started_at"]


def test_version_1_1_migration_fills_what_1_2_added() -> None:
    logged_at = "2026-03-10T07:00:00+00:00"
    old = {
        "nights": {
            "2026-03-08": {"night": "2026-03-08", "skipped": True, "edits": []},
            "2026-03-09": {
                "check_in": {"answers": {"rested": "well"}, "logged_at": logged_at},
                "edits": [{"answers": {"rested": "poorly"}}],
            },
        }
    }
    migrated = migrate(1, 1, old)
    assert migrated["state"] == {}
    assert migrated["nights"]["2026-03-08"] == {"night": "2026-03-08", "skipped": True, "edits": []}
    ninth = migrated["nights"]["2026-03-09"]
    assert ninth["night"] == "2026-03-09"
    assert ninth["check_in"]["started_at"] == logged_at
    assert ninth["edits"] == [{"replaced_at": None, "answers": {"rested": "poorly"}}]
    assert migrate(1, 3, migrated) is migrated
    with pytest.raises(NotImplementedError):
        migrate(2, 1, migrated)


async def test_keys_of_a_newer_minor_version_are_kept(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    hass_storage[KEY] = _stored({"2026-03-09": _record(LAST_NIGHT, snore_minutes=12)}, minor=5)
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log

    log.update(LAST_NIGHT, lambda record: setattr(record, "screen_on_minutes", 3.0))
    await log.async_flush()

    written = hass_storage[KEY]["data"]["nights"]["2026-03-09"]
    assert written["screen_on_minutes"] == 3.0
    assert written["snore_minutes"] == 12


async def test_check_in_keys_of_a_newer_minor_version_are_kept(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    stored = _record(LAST_NIGHT)
    stored["check_in"]["mood"] = "cheerful"
    hass_storage[KEY] = _stored({"2026-03-09": stored}, minor=5)
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log

    log.update(LAST_NIGHT, lambda record: setattr(record, "skipped", True))
    await log.async_flush()

    written = hass_storage[KEY]["data"]["nights"]["2026-03-09"]
    assert written["skipped"] is True
    assert written["check_in"]["mood"] == "cheerful"
    assert written["check_in"]["answers"] == ANSWERS


async def test_an_answer_to_a_newer_question_is_kept(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    stored = _record(LAST_NIGHT)
    stored["check_in"]["answers"]["snoring"] = "loud"
    hass_storage[KEY] = _stored({"2026-03-09": stored}, minor=5)
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log

    assert log.get(LAST_NIGHT).check_in.answers == ANSWERS | {"snoring": "loud"}
    log.update(LAST_NIGHT, lambda record: setattr(record, "skipped", True))
    await log.async_flush()
    written = hass_storage[KEY]["data"]["nights"]["2026-03-09"]["check_in"]["answers"]
    assert written == ANSWERS | {"snoring": "loud"}


async def test_a_new_night_that_cannot_be_saved_is_left_out(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log

    log.update(LAST_NIGHT, lambda record: setattr(record, "sleep_sources", {"bed": object()}))
    await log.async_flush()

    assert "2026-03-09" not in hass_storage[KEY]["data"]["nights"]
    assert "The night of 2026-03-09 holds data that cannot be saved" in caplog.text


async def test_a_night_is_written_as_its_dict(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log
    at = datetime(2026, 3, 9, 22, 0, 0, 123456, tzinfo=UTC)
    edit = {"answers": {"rested": "poorly"}, "notes": None, "replaced_at": at.isoformat()}

    def fill(record: NightRecord) -> None:
        record.detox_planned = at
        record.detox_started = at.astimezone(LONDON)
        record.screen_on_minutes = 12.5
        record.overrides.append("light.bed_lamp")
        record.temperature_mean_c = 18
        record.check_in = CheckIn(dict(ANSWERS), "sore calves", "dashboard", at, at)
        record.edits.append(edit)

    record = log.update(LAST_NIGHT, fill)
    await log.async_flush()

    written = hass_storage[KEY]["data"]["nights"]["2026-03-09"]
    assert written == record.as_dict()
    # Every field is written, and read back the same.
    assert set(written) == {field.name for field in fields(NightRecord)}
    assert set(written["check_in"]) == {field.name for field in fields(CheckIn)}
    assert NightRecord.from_dict(written) == record


async def test_a_change_replaces_the_record_it_was_made_to(
    hass: HomeAssistant, at_morning: None, bedroom_entry: MockConfigEntry
) -> None:
    """A record handed out (to a save under way, say) never changes after."""
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log
    before = log.update(LAST_NIGHT, lambda record: record.overrides.append("light.a"))

    after = log.update(LAST_NIGHT, lambda record: record.overrides.append("light.b"))

    assert before.overrides == ["light.a"]
    assert after.overrides == ["light.a", "light.b"]
    assert log.get(LAST_NIGHT) is after
    assert log.records()[-1] is after


async def test_changes_are_debounced_and_a_flush_is_immediate(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log

    log.update(LAST_NIGHT, lambda record: setattr(record, "screen_on_minutes", 1.0))
    log.update(LAST_NIGHT, lambda record: setattr(record, "screen_on_minutes", 2.0))
    assert KEY not in hass_storage

    freezer.tick(SAVE_DELAY + 1)
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert hass_storage[KEY]["data"]["nights"]["2026-03-09"]["screen_on_minutes"] == 2.0

    log.update(LAST_NIGHT, lambda record: setattr(record, "screen_on_minutes", 5.0))
    await log.async_flush()
    assert hass_storage[KEY]["data"]["nights"]["2026-03-09"]["screen_on_minutes"] == 5.0


async def test_a_record_that_cannot_be_saved_stops_no_other_save(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Whatever way bad text gets in, the other nights are still saved and it is never logged."""
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log
    log.update(LAST_NIGHT, lambda record: setattr(record, "screen_on_minutes", 3.0))

    def bad_note(record: NightRecord) -> None:
        record.check_in = CheckIn(answers=ANSWERS, notes="woke up sore \udc00")

    log.update(LAST_NIGHT, bad_note)
    log.update(LAST_NIGHT - timedelta(days=1), lambda record: setattr(record, "skipped", True))
    await log.async_flush()
    nights = hass_storage[KEY]["data"]["nights"]
    assert nights["2026-03-08"]["skipped"] is True
    assert nights["2026-03-09"]["screen_on_minutes"] == 3.0
    assert nights["2026-03-09"]["check_in"] is None
    assert "The night of 2026-03-09 holds data that cannot be saved" in caplog.text
    assert "woke up sore" not in caplog.text


async def test_a_restart_with_a_pending_write_loses_nothing(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log
    log.update(LAST_NIGHT, lambda record: setattr(record, "screen_on_minutes", 7.0))
    log.write_state(SentReminders, SentReminders(LAST_NIGHT, ("warm_bath",)))
    assert KEY not in hass_storage

    # Home Assistant stops before the debounce ends: its final write saves the log.
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()

    async with async_test_home_assistant(config_dir=hass.config.config_dir) as restarted:
        restarted.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        entry = MockConfigEntry(
            domain=DOMAIN,
            title="Main bedroom",
            data=dict(BEDROOM_DATA),
            options=dict(BEDROOM_OPTIONS),
            entry_id="bedroom1",
        )
        entry.add_to_hass(restarted)
        await _set_up(restarted, entry)
        reloaded = entry.runtime_data.log
        assert reloaded.get(LAST_NIGHT).screen_on_minutes == 7.0
        assert reloaded.read_state(SentReminders) == SentReminders(LAST_NIGHT, ("warm_bath",))
        assert await restarted.config_entries.async_unload(entry.entry_id)
        await restarted.async_stop(force=True)


async def test_ten_years_of_nights(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    nights = [LAST_NIGHT - timedelta(days=n) for n in range(3650)]
    # Stored in no particular order: the log sorts them.
    hass_storage[KEY] = _stored({night.isoformat(): _record(night) for night in nights})
    await _set_up(hass, bedroom_entry)
    log = bedroom_entry.runtime_data.log

    records = log.records()
    assert len(records) == 3650
    assert [record.night for record in records] == sorted(nights)
    assert log.get(date(2016, 3, 12)) is not None
    assert hass.states.get("sensor.main_bedroom_check_in_streak").state == "3650"
    assert hass.states.get("sensor.main_bedroom_last_check_in").state == (
        "2026-03-10T00:00:00+00:00"
    )

    # A new night goes in order and is written with every other.
    log.update(LAST_NIGHT + timedelta(days=1), lambda record: None)
    await log.async_flush()
    assert log.records()[-1].night == LAST_NIGHT + timedelta(days=1)
    assert len(hass_storage[KEY]["data"]["nights"]) == 3651


async def test_invalid_json_is_moved_aside_and_the_bedroom_starts(
    hass: HomeAssistant, at_morning: None, bedroom_entry: MockConfigEntry, disk: Path
) -> None:
    (disk / KEY).write_text('{"version": 1, "minor_version": 2, "data": {"nights": {', "utf-8")

    await _set_up(hass, bedroom_entry)

    assert bedroom_entry.runtime_data.log.records() == []
    assert [path.name.startswith(f"{KEY}.corrupt.") for path in _ours(disk)] == [True]
    # Home Assistant's Store reports it, under this integration.
    issues = [
        issue
        for (domain, issue_id), issue in ir.async_get(hass).issues.items()
        if domain == "homeassistant" and issue_id.startswith(f"storage_corruption_{KEY}")
    ]
    assert [issue.issue_domain for issue in issues] == [DOMAIN]


@pytest.mark.parametrize(
    "content",
    [
        # Valid JSON, but not a night log.
        {"version": 1, "minor_version": 2, "key": KEY, "data": {"nights": [1, 2]}},
        # Written by a future major version (say, after going back to an older release).
        _stored({"2026-03-09": _record(LAST_NIGHT)}, major=2),
    ],
)
async def test_an_unreadable_log_is_set_aside_with_a_repairs_issue(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    disk: Path,
    content: dict[str, Any],
) -> None:
    original = json.dumps(content)
    (disk / KEY).write_text(original, "utf-8")

    await _set_up(hass, bedroom_entry)

    (backup,) = _ours(disk)
    assert backup.name.startswith(f"{KEY}.unreadable.")
    assert backup.read_text("utf-8") == original
    (issue,) = _issues(hass, "night_log_unreadable")
    assert issue.issue_id == f"night_log_unreadable_bedroom1_{backup.name.rsplit('.', 1)[1]}"
    assert not issue.is_fixable
    assert issue.translation_placeholders["name"] == "Main bedroom"
    assert issue.translation_placeholders["backup"] == str(backup)
    assert issue.translation_placeholders["path"] == str(disk / KEY)

    # The bedroom works on a fresh log, written where the old one was.
    log = bedroom_entry.runtime_data.log
    log.update(LAST_NIGHT, lambda record: setattr(record, "skipped", True))
    await log.async_flush()
    fresh = json.loads((disk / KEY).read_text("utf-8"))
    assert fresh["data"]["nights"]["2026-03-09"]["skipped"] is True
    assert backup.read_text("utf-8") == original

    # The issue goes with the bedroom.
    assert await hass.config_entries.async_remove(bedroom_entry.entry_id)
    assert _issues(hass, "night_log_unreadable") == []


# Parts a damaged file or a hand edit can leave, each with what a reader would trip over.
BAD_NIGHTS = {
    "2026-03-07": {"night": "the seventh"},
    "2026-03-06": _record(date(2026, 3, 6), screen_on_minutes="lots"),
    "2026-03-05": _record(date(2026, 3, 5)) | {"check_in": {"answers": {"pain": "ouch"}}},
    "2026-03-04": 42,
}
BAD_STATE = {
    "detox": {"enabled": True, "tonight": 42},
    "climate": {"night": "2026-03-09", "entity_id": "climate.x", "phase": "sideways"},
    "phone_check_in": {"night": "2026-03-09"},
    "red_flags": {"frequent_twitches": {"since": "yesterday", "notify": True}},
}


async def test_parts_not_in_shape_are_set_aside_and_the_rest_loads(
    hass: HomeAssistant, at_morning: None, bedroom_entry: MockConfigEntry, disk: Path
) -> None:
    good = {"2026-03-09": _record(LAST_NIGHT), "2026-03-08": _record(date(2026, 3, 8))}
    content = _stored(good | BAD_NIGHTS)
    content["data"]["state"] |= BAD_STATE | {"check_in_draft": {"night": "2026-03-09"}}
    (disk / KEY).write_text(json.dumps(content), "utf-8")

    await _set_up(hass, bedroom_entry)

    log = bedroom_entry.runtime_data.log
    # A night whose date cannot be read, or that is no night at all, is set aside whole; the
    # others keep everything but their fields not in shape.
    kept = [date(2026, 3, 5), date(2026, 3, 6), date(2026, 3, 8), LAST_NIGHT]
    assert [record.night for record in log.records()] == kept
    assert log.get(date(2026, 3, 6)).screen_on_minutes == 0.0
    assert log.get(date(2026, 3, 6)).check_in.answers == ANSWERS
    assert log.get(date(2026, 3, 5)).check_in.answers == {}
    assert log.read_state(SentReminders) == SentReminders(LAST_NIGHT)
    assert log.read_state(CheckInDraft) == CheckInDraft(LAST_NIGHT)
    assert not set(log.state_as_stored()) & set(BAD_STATE) - {"detox", "red_flags"}
    # Each set-aside part is in a file beside the log, as it was.
    (aside,) = (path for path in _ours(disk) if ".set_aside." in path.name)
    assert json.loads(aside.read_text("ascii")) == {
        "nights": {key: BAD_NIGHTS[key] for key in ("2026-03-07", "2026-03-04")},
        "fields": {
            "2026-03-06": {"screen_on_minutes": "lots"},
            "2026-03-05": {"check_in.answers.pain": "ouch"},
        },
        "state": BAD_STATE,
    }
    (issue,) = _issues(hass, "night_log_parts_set_aside")
    placeholders = issue.translation_placeholders
    assert placeholders["kept"] == "4"
    assert placeholders["backup"] == str(aside)
    assert placeholders["parts"] == (
        "2026-03-04, 2026-03-05 (check_in.answers.pain), 2026-03-06 (screen_on_minutes), "
        "2026-03-07, state climate, state detox, state phone_check_in, state red_flags"
    )
    # The bedroom runs, and its log is written again without them.
    assert bedroom_entry.runtime_data.detox.enabled
    await log.async_flush()
    written = json.loads((disk / KEY).read_text("utf-8"))["data"]
    assert sorted(written["nights"]) == ["2026-03-05", "2026-03-06", "2026-03-08", "2026-03-09"]
    assert written["nights"]["2026-03-06"]["screen_on_minutes"] == 0.0
    assert not set(written["state"]) & {"climate", "phone_check_in"}


async def test_damaged_fields_of_a_night_are_set_aside_and_the_night_is_kept(
    hass: HomeAssistant, at_morning: None, bedroom_entry: MockConfigEntry, disk: Path
) -> None:
    """Three fields damaged with Home Assistant stopped: the morning stays, those three go."""
    answers = {question: options[0] for question, options in QUESTIONS.items()}
    earlier = [{"replaced_at": None, "answers": {"rested": "well"}, "source": "phone"}] * 129
    night = _record(LAST_NIGHT, screen_on_minutes=4.0, temperature_mean_c=18.2, edits=earlier)
    night["check_in"] |= {"answers": answers, "notes": "Late dinner."}
    # The damage, made by hand in the file.
    night |= {"screen_on_minutes": "lots", "temperature_mean_c": "warm"}
    night["check_in"]["answers"]["twitches"] = "dozens"
    (disk / KEY).write_text(json.dumps(_stored({"2026-03-09": night})), "utf-8")

    await _set_up(hass, bedroom_entry)

    record = bedroom_entry.runtime_data.log.get(LAST_NIGHT)
    assert record is not None
    assert record.check_in.answers == {q: a for q, a in answers.items() if q != "twitches"}
    assert record.check_in.notes == "Late dinner."
    assert len(record.edits) == 129
    assert record.screen_on_minutes == 0.0
    assert record.temperature_mean_c is None
    # The morning still shows: its score from the seven answers kept.
    assert hass.states.get("sensor.main_bedroom_sleep_hygiene_score").state != "unknown"
    # Nothing is lost: the three values are beside the log, as they were.
    (aside,) = (path for path in _ours(disk) if ".set_aside." in path.name)
    assert json.loads(aside.read_text("ascii")) == {
        "nights": {},
        "fields": {
            "2026-03-09": {
                "screen_on_minutes": "lots",
                "temperature_mean_c": "warm",
                "check_in.answers.twitches": "dozens",
            }
        },
        "state": {},
    }
    (issue,) = _issues(hass, "night_log_parts_set_aside")
    assert issue.translation_placeholders["parts"] == (
        "2026-03-09 (screen_on_minutes, temperature_mean_c, check_in.answers.twitches)"
    )
    assert issue.translation_placeholders["kept"] == "1"
    # Written back without them, the log reads clean at the next start.
    await bedroom_entry.runtime_data.log.async_flush()
    again = NightLog(hass, "bedroom1")
    await again.async_load()
    assert again.get(LAST_NIGHT) == record
    assert [path for path in _ours(disk) if ".set_aside." in path.name] == [aside]


# Damage that makes the log unreadable, and damage to one night's field, each as a file.
DAMAGE = {
    "night_log_unreadable": '{"version": 1, "minor_version": 2, "data": {"nights": [1]}}',
    "night_log_parts_set_aside": json.dumps(
        _stored({"2026-03-09": _record(LAST_NIGHT, screen_on_minutes="lots")})
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
async def test_an_issue_once_ignored_hides_no_later_damage(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    disk: Path,
    kind: str,
) -> None:
    """Each damage has its own issue: ignoring one leaves the next one showing."""
    (disk / KEY).write_text(DAMAGE[kind], "utf-8")
    await _set_up(hass, bedroom_entry)
    (first,) = _issues(hass, kind)
    ir.async_ignore_issue(hass, DOMAIN, first.issue_id, True)

    # Damaged again, with Home Assistant stopped, a day later.
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    freezer.tick(timedelta(days=1))
    (disk / KEY).write_text(DAMAGE[kind], "utf-8")
    await _set_up(hass, bedroom_entry)

    earlier, later = _issues(hass, kind)
    assert earlier.issue_id == first.issue_id
    assert earlier.dismissed_version is not None
    assert later.dismissed_version is None, "the new damage shows"
    assert later.issue_id != first.issue_id
    # Each names its own file beside the log; both are there.
    backups = {issue.translation_placeholders["backup"] for issue in (earlier, later)}
    assert len(backups) == 2
    assert backups <= {str(path) for path in _ours(disk)}

    # The issues go with the bedroom.
    assert await hass.config_entries.async_remove(bedroom_entry.entry_id)
    assert _issues(hass, kind) == []


async def test_damage_twice_in_one_second_overwrites_nothing(
    hass: HomeAssistant, at_morning: None, bedroom_entry: MockConfigEntry, disk: Path
) -> None:
    """The clock stands still (a frozen test clock, a fast restart): names are numbered on."""
    for _ in range(2):
        (disk / KEY).write_text(DAMAGE["night_log_unreadable"], "utf-8")
        await _set_up(hass, bedroom_entry)
        assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    backups = [path for path in _ours(disk) if ".unreadable." in path.name]
    assert len(backups) == 2
    assert len(_issues(hass, "night_log_unreadable")) == 2


async def test_a_locked_log_is_said_again_at_each_start_until_it_reads(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    disk: Path,
) -> None:
    """Ignored, a locked log comes back at the next start; once it reads, the issue goes."""
    (disk / KEY).write_text(DAMAGE["night_log_parts_set_aside"], "utf-8")
    where = "custom_components.sleep_hygiene.house.journal.store._write_aside"
    with patch(where, side_effect=PermissionError):
        await _set_up(hass, bedroom_entry)
        (first,) = _issues(hass, "night_log_locked")
        ir.async_ignore_issue(hass, DOMAIN, first.issue_id, True)
        assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
        freezer.tick(timedelta(days=1))
        await _set_up(hass, bedroom_entry)
    (again,) = _issues(hass, "night_log_locked")
    assert again.issue_id != first.issue_id
    assert again.dismissed_version is None

    # Fixed: the next start sets the field aside, and the locked log is no longer said.
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    freezer.tick(timedelta(days=1))
    await _set_up(hass, bedroom_entry)
    assert _issues(hass, "night_log_locked") == []
    assert len(_issues(hass, "night_log_parts_set_aside")) == 1


async def test_a_log_that_cannot_be_opened_is_set_aside(
    hass: HomeAssistant, at_morning: None, bedroom_entry: MockConfigEntry, disk: Path
) -> None:
    # Opening a directory fails the way a damaged file system does.
    (disk / KEY).mkdir()
    await _set_up(hass, bedroom_entry)
    (backup,) = _ours(disk)
    assert backup.is_dir()
    (issue,) = _issues(hass, "night_log_unreadable")
    assert issue.translation_placeholders["error"] == "IsADirectoryError"


@pytest.mark.parametrize(
    ("nights", "failing"),
    [
        # A log not in shape at all cannot be moved aside ...
        ([1, 2], "os.replace"),
        # ... or the parts not in shape cannot be written beside it.
        ({"2026-03-09": {"night": "the ninth"}}, "_write_aside"),
    ],
)
async def test_a_log_that_cannot_be_moved_is_never_overwritten(
    hass: HomeAssistant,
    at_morning: None,
    bedroom_entry: MockConfigEntry,
    disk: Path,
    nights: Any,
    failing: str,
) -> None:
    original = json.dumps(_stored(nights))
    (disk / KEY).write_text(original, "utf-8")

    where = f"custom_components.sleep_hygiene.house.journal.store.{failing}"
    with patch(where, side_effect=PermissionError):
        await _set_up(hass, bedroom_entry)

    (issue,) = _issues(hass, "night_log_locked")
    assert issue.translation_placeholders["path"] == str(disk / KEY)
    log = bedroom_entry.runtime_data.log
    log.update(LAST_NIGHT, lambda record: setattr(record, "skipped", True))
    await log.async_flush()
    assert (disk / KEY).read_text("utf-8") == original


async def test_the_log_is_read_and_written_off_the_event_loop(
    hass: HomeAssistant, at_morning: None, bedroom_entry: MockConfigEntry, disk: Path
) -> None:
    nights = {
        (LAST_NIGHT - timedelta(days=n)).isoformat(): _record(LAST_NIGHT - timedelta(days=n))
        for n in range(30)
    }
    (disk / KEY).write_text(json.dumps(_stored(nights)), "utf-8")
    log = NightLog(hass, "bedroom1")
    await log.async_load()
    assert len(log.records()) == 30

    log.update(LAST_NIGHT, lambda record: setattr(record, "skipped", True))
    await log.async_flush()
    again = NightLog(hass, "bedroom1")
    await again.async_load()
    assert again.get(LAST_NIGHT).skipped is True
    assert again.get(LAST_NIGHT).check_in.answers == ANSWERS
