"""Everything the sensors show, recomputed from the journal in one call.

Pure Python (no Home Assistant import). Only the last 12 weeks are read (the insights' lookback;
the scores need 28 nights plus 13 for the regularity of the oldest), and a check-in streak is
counted on from the previous summary, so a long history costs nothing extra.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Final

from ..const import AGE_BAND_ADULT
from .figures import mean, rounded
from .insights import INSIGHT_LOOKBACK_DAYS, find_insights
from .record_lookup import has_check_in, nights_between, record_for
from .red_flags import find_red_flags
from .score import score_window
from .score_weights import REGULARITY_WINDOW_NIGHTS
from .streak import StreakMark, check_in_streak

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .insights import Insights
    from .night import NightRecord
    from .red_flags import RedFlags
    from .score import NightScore

SHORT_AVERAGE_NIGHTS: Final = 7  # Brief: 7-day averages.
LONG_AVERAGE_NIGHTS: Final = 28  # Four weeks, the span of the insights and the longest red flag.
# Every night any part looks at: insights' lookback, and 28 scored nights with their regularity.
WINDOW_DAYS: Final = max(INSIGHT_LOOKBACK_DAYS, LONG_AVERAGE_NIGHTS + REGULARITY_WINDOW_NIGHTS - 1)


@dataclass(frozen=True, slots=True)
class Summary:
    """The score of the night ``as_of``, the averages up to it, insights, red flags and streak."""

    as_of: date
    night: NightScore | None
    score_average_7: float | None
    score_average_28: float | None
    burden_average_7: float | None
    insights: Insights
    red_flags: RedFlags
    streak: int
    # The streak up to the night before, for the next summary to count on from.
    streak_mark: StreakMark

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as JSON-ready data (service responses, diagnostics)."""
        return {
            "as_of": self.as_of.isoformat(),
            "night": None if self.night is None else self.night.as_dict(),
            "score_average_7": rounded(self.score_average_7),
            "score_average_28": rounded(self.score_average_28),
            "burden_average_7": rounded(self.burden_average_7),
            "insights": self.insights.as_dict(),
            "red_flags": self.red_flags.as_dict(),
            "streak": self.streak,
        }


def summarise(
    records: Sequence[NightRecord],
    as_of: date,
    tz: tzinfo,
    previous: Summary | None = None,
    age_band: str = AGE_BAND_ADULT,
) -> Summary:
    """Return the summary at the night ``as_of`` from records sorted by night.

    ``tz`` is the bedroom's time zone: the clock its lights-out times are read on.
    ``age_band`` rates the measured night (const.AGE_BANDS).

    ``previous`` (an earlier summary) spares walking back a long check-in streak; pass it only
    when no night before ``previous.as_of`` has changed since it was made, else pass None.
    """
    # One bisect into the history; every part then works on this short list.
    window = nights_between(records, as_of - timedelta(days=WINDOW_DAYS - 1), as_of)
    scores = score_window(window, as_of, LONG_AVERAGE_NIGHTS, tz, age_band)
    recent_first = as_of - timedelta(days=SHORT_AVERAGE_NIGHTS - 1)
    recent = [night for night in scores if night.night >= recent_first]
    latest = record_for(window, as_of)
    yesterday = as_of - timedelta(days=1)
    streak_before = check_in_streak(
        records, yesterday, None if previous is None else previous.streak_mark
    )
    checked_in = latest is not None and has_check_in(latest)
    return Summary(
        as_of=as_of,
        night=next((night for night in reversed(scores) if night.night == as_of), None),
        score_average_7=mean(night.score for night in recent),
        score_average_28=mean(night.score for night in scores),
        burden_average_7=mean(night.burden for night in recent),
        insights=find_insights(window, as_of, tz),
        red_flags=find_red_flags(window, as_of, tz, scores),
        streak=streak_before + 1 if checked_in else 0,
        streak_mark=StreakMark(yesterday, streak_before),
    )
