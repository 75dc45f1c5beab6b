"""Record a check-in in the bedroom's night log, whichever way it came (phone, dashboard, service).

One record per night: a later answer for the same night updates it, and the version it replaces
is kept in the record's edits. The log is flushed at once; answers never wait for the debounce.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from homeassistant.components import persistent_notification
from homeassistant.core import callback
from homeassistant.util import dt as dt_util

from ...const import DOMAIN, EVENT_CHECK_IN_LOGGED
from ...model.check_in import merge_check_in, needs_prompt_care
from ...model.night import QUESTIONS, NightRecord
from ...model.score import NightScore, score_night
from ...model.stored_state import CheckInDraft
from ...signals import fire_night_event
from ..bedroom import Bedroom
from ..texts import Texts, async_texts

if TYPE_CHECKING:
    from .texts import CheckInTexts


def last_night_of(bedroom: Bedroom) -> date:
    """Return the night a morning check-in is for now: the latest whose lights-out has passed."""
    return bedroom.clock.last_night()


def night_score(bedroom: Bedroom, night: date) -> NightScore | None:
    """Return the night's score as it stands in the log, on the clock of the home's zone."""
    data = bedroom
    return score_night(
        data.log.records(), night, dt_util.get_default_time_zone(), data.settings.age_band
    )


def dashboard_draft(bedroom: Bedroom, night: date) -> dict[str, str]:
    """Return the dashboard's draft answers for ``night`` (a draft for another night is stale)."""
    saved = bedroom.log.read_state(CheckInDraft)
    if saved is None or saved.night != night:
        return {}
    return {key: value for key, value in saved.answers.items() if value in QUESTIONS.get(key, ())}


@callback
def async_apply_check_in(
    bedroom: Bedroom,
    night: date,
    answers: Mapping[str, str],
    notes: str | None,
    *,
    source: str,
) -> NightRecord | None:
    """Merge answers into the night's record now; return it, or None when nothing changed.

    Synchronous, so answers arriving together (two phones) are merged one after the other.
    """
    log = bedroom.log
    record = log.get(night)
    merged = merge_check_in(
        None if record is None else record.check_in,
        answers,
        notes,
        source=source,
        at=dt_util.utcnow(),
    )
    if merged is None:
        return None
    check_in, edit = merged

    def change(record: NightRecord) -> None:
        if edit is not None:
            record.edits.append(edit)
        record.check_in = check_in

    return log.update(night, change)


async def async_record_check_in(
    bedroom: Bedroom,
    night: date,
    answers: Mapping[str, str],
    notes: str | None,
    *,
    source: str,
) -> None:
    """Record a whole check-in (dashboard, service): merge, write at once, tell automations.

    Pain, numbness or swelling also shows the signs that need care today, at once.
    """
    async_apply_check_in(bedroom, night, answers, notes, source=source)
    await bedroom.log.async_flush()
    fire_check_in_logged(bedroom, night, source)
    await async_show_prompt_care(bedroom, answers)


def prompt_care_id(entry_id: str) -> str:
    """Return the id of a bedroom's notification of the signs that need care today."""
    return f"{DOMAIN}_{entry_id}_prompt_care"


async def async_show_prompt_care(bedroom: Bedroom, answers: Mapping[str, str]) -> bool:
    """Show the signs that need care today when ``answers`` report pain, numbness or swelling.

    A notification of its own, so the next notice of the routine does not take it away.
    Returns whether it was shown.
    """
    if not needs_prompt_care(answers):
        return False
    texts = await async_texts(bedroom.hass, Texts)
    title = f"{texts.text('prompt_care_title')} ({bedroom.title})"
    persistent_notification.async_create(
        bedroom.hass, texts.text("prompt_care"), title, prompt_care_id(bedroom.entry_id)
    )
    return True


def fire_check_in_logged(bedroom: Bedroom, night: date, source: str) -> None:
    """Fire the check-in event: which night, how, and whether every question is answered.

    The answers stay out of it; they are health data and the bus feeds the logbook.
    """
    record = bedroom.log.get(night)
    complete = record is not None and record.check_in is not None and record.check_in.complete
    fire_night_event(
        bedroom.hass,
        bedroom.entry_id,
        EVENT_CHECK_IN_LOGGED,
        {"night": night.isoformat(), "source": source, "complete": complete},
    )


def night_thanks(
    bedroom: Bedroom,
    night: date,
    texts: CheckInTexts,
    family: str = "check_in_thanks",
) -> str:
    """Return the thanks for ``night``: its two figures, never mixed.

    A night that reports pain, numbness or swelling adds the signs that need care today.
    """
    scored = night_score(bedroom, night)
    message = texts.thanks(
        None if scored is None else scored.hygiene,
        None if scored is None else scored.burden,
        family,
    )
    record = bedroom.log.get(night)
    check_in = None if record is None else record.check_in
    if check_in is not None and needs_prompt_care(check_in.answers):
        message = f"{message} {texts.prompt_care()[1]}"
    return message


def night_response(bedroom: Bedroom, night: date) -> dict[str, Any]:
    """Return the stored night and its score, as a service response.

    ``prompt_care`` says whether the night reports pain, numbness or swelling: the signs that
    need care today go with it.
    """
    record = bedroom.log.get(night)
    scored = night_score(bedroom, night)
    check_in = None if record is None else record.check_in
    return {
        "night": night.isoformat(),
        "record": None if record is None else record.as_dict(),
        "score": None if scored is None else scored.as_dict(),
        "prompt_care": check_in is not None and needs_prompt_care(check_in.answers),
    }
