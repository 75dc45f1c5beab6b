"""The journal as a file of the person's own: every night, as CSV (one row a night) or JSON.

A night gives every answer and its note, the score and every part of it, what the house did
(the detox, lights-out, screens) and what was measured. Nothing is left out or summed up.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
import io
import json
from typing import Any, Final

from homeassistant.util import dt as dt_util

from ..model.figures import rounded
from ..model.measured_record import measures_of
from ..model.night import ALL_QUESTIONS, NightRecord
from ..model.score import NightScore, score_window
from ..model.score_weights import GROUPS
from ..model.sleep_measures import SleepMeasures
from ..runtime_data import SleepHygieneConfigEntry

_MEASURES: Final = tuple(
    name for name in SleepMeasures().as_dict() if name not in ("sources", "flags")
)
_HOUSE: Final = (
    "detox_planned",
    "detox_started",
    "skipped",
    "lights_out_planned",
    "lights_out_at",
    "screen_on_minutes",
    "phone_screen_minutes",
)


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        return dt_util.as_local(value).isoformat()
    if isinstance(value, float):
        return rounded(value)
    return value


def _nights(entry: SleepHygieneConfigEntry) -> list[tuple[NightRecord, NightScore | None]]:
    """Return every recorded night, oldest first, with its score."""
    data = entry.runtime_data
    records = sorted(data.log.records(), key=lambda record: record.night)
    if not records:
        return []
    first, last = records[0].night, records[-1].night
    scores = {
        score.night: score
        for score in score_window(
            records,
            last,
            (last - first).days + 1,
            dt_util.get_default_time_zone(),
            data.settings.age_band,
        )
    }
    return [(record, scores.get(record.night)) for record in records]


def _night(record: NightRecord, score: NightScore | None) -> dict[str, Any]:
    """Return one night as the JSON export gives it."""
    check_in = record.check_in
    measures = measures_of(record) or SleepMeasures()
    return {
        "night": record.night.isoformat(),
        "answers": {
            question: None if check_in is None else check_in.answers.get(question)
            for question in ALL_QUESTIONS
        },
        "notes": None if check_in is None else check_in.notes,
        "score": None if score is None else rounded(score.score),
        "symptom_burden": None if score is None else rounded(score.burden),
        "sub_scores": {
            group: None if score is None else rounded(score.sub_score(group)) for group in GROUPS
        },
        "parts": [] if score is None else [part.as_dict() for part in score.components],
        "house": {name: _value(getattr(record, name)) for name in _HOUSE},
        "measured": {name: _value(getattr(measures, name)) for name in _MEASURES},
    }


def journal_json(entry: SleepHygieneConfigEntry) -> str:
    """Return the whole journal as JSON."""
    nights = [_night(record, score) for record, score in _nights(entry)]
    return json.dumps({"bedroom": entry.title, "nights": nights}, ensure_ascii=False, indent=1)


def journal_csv(entry: SleepHygieneConfigEntry) -> str:
    """Return the whole journal as CSV: a header, then one row a night."""
    nights = [_night(record, score) for record, score in _nights(entry)]
    # Every part any night has, in the order the score lists them.
    parts = list(dict.fromkeys(part["key"] for night in nights for part in night["parts"]))
    header = [
        "night",
        *ALL_QUESTIONS,
        "notes",
        "score",
        "symptom_burden",
        *(f"{group}_score" for group in GROUPS),
        *(f"{part}_points" for part in parts),
        *_HOUSE,
        *(f"measured_{name}" for name in _MEASURES),
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for night in nights:
        points = {part["key"]: part["points"] for part in night["parts"]}
        writer.writerow(
            [
                night["night"],
                *night["answers"].values(),
                night["notes"],
                night["score"],
                night["symptom_burden"],
                *night["sub_scores"].values(),
                *(points.get(part) for part in parts),
                *night["house"].values(),
                *night["measured"].values(),
            ]
        )
    return out.getvalue()


def export_name(entry: SleepHygieneConfigEntry, kind: str, today: date) -> str:
    """Return the file's name: the bedroom, the word journal and today's date."""
    slug = "".join(c if c.isalnum() else "-" for c in entry.title.lower()).strip("-") or "bedroom"
    return f"sleep-journal-{slug}-{today.isoformat()}.{kind}"
