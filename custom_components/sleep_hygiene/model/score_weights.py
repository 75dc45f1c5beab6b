"""The score model's numbers: every weight and limit, each with its source.

Pure Python (no Home Assistant import). The README's score section explains them in plain words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

# Citation keys, shown with every component so the dashboard can say where a weight comes from.
# A source supports that something matters (and sometimes a limit); the points are ours.
SOURCE_BROWN_2022: Final = "brown2022"
SOURCE_SLEEP_AS_ANDROID: Final = "sleep_as_android"
SOURCE_DRAKE_2013: Final = "drake2013"
SOURCE_GARDINER_2023: Final = "gardiner2023"
SOURCE_MASTIN_2006: Final = "mastin2006"
SOURCE_CARNEY_2012: Final = "carney2012"
SOURCE_ARTICLES: Final = "articles"
SOURCE_OHAYON_2017: Final = "ohayon2017"
CITATIONS: Final[Mapping[str, str]] = {
    SOURCE_BROWN_2022: (
        "Brown TM et al. (2022). Recommendations for daytime, evening, and nighttime indoor light"
        " exposure to best support physiology, sleep, and wakefulness. PLoS Biol 20(3): e3001571."
    ),
    SOURCE_SLEEP_AS_ANDROID: "Sleep as Android: bedtime-regularity thresholds (SD 30/60 minutes).",
    SOURCE_DRAKE_2013: (
        "Drake C et al. (2013). Caffeine effects on sleep taken 0, 3, or 6 hours before going to"
        " bed. J Clin Sleep Med 9(11): 1195-1200."
    ),
    SOURCE_GARDINER_2023: (
        "Gardiner C et al. (2023). The effect of caffeine on subsequent sleep: a systematic review"
        " and meta-analysis. Sleep Med Rev 69: 101764."
    ),
    SOURCE_MASTIN_2006: (
        "Mastin DF, Bryson J, Corwyn R (2006). Assessment of sleep hygiene using the Sleep Hygiene"
        " Index. J Behav Med 29(3): 223-227."
    ),
    SOURCE_CARNEY_2012: (
        "Carney CE et al. (2012). The Consensus Sleep Diary: standardizing prospective sleep"
        " self-monitoring. Sleep 35(2): 287-302."
    ),
    SOURCE_ARTICLES: "Articles on night-time leg twitches (see the README's references).",
    SOURCE_OHAYON_2017: (
        "Ohayon M et al. (2017). National Sleep Foundation's sleep quality recommendations:"
        " first report. Sleep Health 3(1): 6-19."
    ),
}

# Groups of components; each is a sub-score.
GROUP_BEDROOM: Final = "bedroom"
GROUP_HABITS: Final = "habits"
GROUP_SYMPTOMS: Final = "symptoms"
GROUPS: Final = (GROUP_BEDROOM, GROUP_HABITS, GROUP_SYMPTOMS)
# Measured sleep: only in bedrooms with a bed, phone or wearable source; not a sub-score sensor.
GROUP_MEASURED: Final = "measured"

# Bedroom & wind-down, measured by the house (40 points).
DETOX_POINTS: Final = 10.0  # Brown et al. 2022: dim evening light; the detox is how we dim it.
DETOX_ZERO_LATE_MINUTES: Final = 60.0  # Brief: full at the planned time, 0 an hour late.
SCREENS_POINTS: Final = 10.0  # Brown et al. 2022: screens are bright light in the last hour.
SCREENS_ZERO_MINUTES: Final = 60.0  # Brief: 10 x (1 - on-minutes / 60).
LIGHTS_POINTS: Final = 5.0  # Brown et al. 2022: dim light before bed, dark while asleep.
# Brown et al. 2022: <= 10 lux melanopic EDI at eye level from 3 h before bed; a room sensor in
# the last hour is our reading of it.
LUX_WIND_DOWN_MAX: Final = 10.0
LUX_ASLEEP_MAX: Final = 1.0  # Brown et al. 2022: <= 1 lux melanopic EDI while asleep.
LIGHT_DOMAIN_PREFIX: Final = "light."
TEMPERATURE_POINTS: Final = 10.0  # Articles: a cool bedroom, about 65 °F / 18 °C, +-2 °F.
REGULARITY_POINTS: Final = 5.0  # Sleep as Android: regular bedtimes.
REGULARITY_FULL_SD_MINUTES: Final = 30.0  # Sleep as Android: SD <= 30 min is regular.
REGULARITY_ZERO_SD_MINUTES: Final = 60.0  # Sleep as Android: SD >= 60 min is irregular.
REGULARITY_WINDOW_NIGHTS: Final = 14  # Brief: SD over 14 nights.
REGULARITY_MIN_NIGHTS: Final = 3  # Fewer lights-outs give no meaningful spread.

# Measured sleep (20 points, only where a source measured it). Ohayon et al. 2017 (Sleep Health
# 3:6-19) rate ranges of each measure as appropriate / uncertain / inappropriate indicators of
# good sleep quality, per age band. Full points at the appropriate end, none where the
# inappropriate range begins for the bedroom's age band; the straight line between is ours.
LATENCY_POINTS: Final = 5.0
AWAKENINGS_MEASURED_POINTS: Final = 5.0
WASO_POINTS: Final = 5.0
EFFICIENCY_POINTS: Final = 5.0


@dataclass(frozen=True, slots=True)
class MeasuredLimits:
    """One measure's limits for an age band: full points at ``full``, none at ``zero``."""

    full: float
    zero: float


# By age band (const.AGE_BANDS), then measured part.
MEASURED_LIMITS: Final[Mapping[str, Mapping[str, MeasuredLimits]]] = {
    "adult": {
        # Minutes to fall asleep: <= 30 appropriate, 31-45 uncertain, >= 46 inappropriate.
        "sleep_latency": MeasuredLimits(30.0, 46.0),
        # Awakenings > 5 min: <= 1 appropriate, 2-3 uncertain, >= 4 inappropriate.
        "sleep_awakenings": MeasuredLimits(1.0, 4.0),
        # Minutes awake after sleep onset: <= 20 appropriate, 21-40 uncertain, >= 41 inappropriate.
        "wake_after_sleep_onset": MeasuredLimits(20.0, 41.0),
        # Percent of time in bed asleep: >= 85 appropriate, 75-84 uncertain, <= 74 inappropriate.
        "sleep_efficiency": MeasuredLimits(85.0, 74.0),
    },
    "older": {
        # 65 and over: >= 61 min to fall asleep and >= 51 min awake are inappropriate.
        "sleep_latency": MeasuredLimits(30.0, 61.0),
        "sleep_awakenings": MeasuredLimits(1.0, 4.0),
        "wake_after_sleep_onset": MeasuredLimits(20.0, 51.0),
        "sleep_efficiency": MeasuredLimits(85.0, 74.0),
    },
}

# Habits from the check-in (30 points), points per answer.
CAFFEINE_POINTS: Final[Mapping[str, float]] = {  # Drake et al. 2013: 6 h before bed disrupts.
    "none": 10.0,
    "before_cutoff": 10.0,
    "afternoon": 5.0,  # Gardiner et al. 2023: stop >= 8.8 h before bed; afternoon is too late.
    "evening": 0.0,
}
# Mastin et al. 2006: the SHI asks about alcohol, stress and late exercise; the points are ours.
ALCOHOL_POINTS: Final[Mapping[str, float]] = {
    "none": 7.0,
    "one": 3.0,
    "two_plus": 0.0,
}
EXERCISE_TIMING_POINTS: Final[Mapping[str, float]] = {  # Mastin et al. 2006: SHI late exercise.
    "calm": 6.0,
    "stressed": 6.0,
    "hard_exercise": 0.0,
    "stressed_hard_exercise": 0.0,
}
CALM_EVENING_POINTS: Final[Mapping[str, float]] = {  # Mastin et al. 2006: SHI item on stress.
    "calm": 7.0,
    "stressed": 0.0,
    "hard_exercise": 7.0,
    "stressed_hard_exercise": 0.0,
}

# Symptoms & rest from the check-in (30 points), points per answer.
TWITCHES_POINTS: Final[Mapping[str, float]] = {  # Articles: the symptom journal.
    "none": 10.0,
    "few": 5.0,
    "many": 0.0,
}
LEG_SENSATIONS_POINTS: Final[Mapping[str, float]] = {  # Articles: restless-legs feelings.
    "none": 6.0,
    "some": 3.0,
    "severe": 0.0,
}
AWAKENINGS_POINTS: Final[Mapping[str, float]] = {  # Carney et al. 2012: Consensus Sleep Diary.
    "none": 5.0,
    "one_two": 2.5,
    "three_plus": 0.0,
}
RESTED_POINTS: Final[Mapping[str, float]] = {  # Carney et al. 2012: rested/refreshed item.
    "well": 5.0,
    "somewhat": 2.5,
    "poorly": 0.0,
}
PAIN_POINTS: Final[Mapping[str, float]] = {  # Articles: cramps, pain, numbness or swelling.
    "none": 4.0,
    "cramps": 2.0,
    "pain_numbness_swelling": 0.0,
}


@dataclass(frozen=True, slots=True)
class AnswerRule:
    """How one check-in answer becomes a component."""

    key: str
    group: str
    question: str
    points: Mapping[str, float]
    source: str

    @property
    def max_points(self) -> float:
        """Return the points of the best answer."""
        return max(self.points.values())


ANSWER_RULES: Final = (
    AnswerRule("caffeine", GROUP_HABITS, "caffeine", CAFFEINE_POINTS, SOURCE_DRAKE_2013),
    AnswerRule("alcohol", GROUP_HABITS, "alcohol", ALCOHOL_POINTS, SOURCE_MASTIN_2006),
    AnswerRule(
        "exercise_timing", GROUP_HABITS, "evening", EXERCISE_TIMING_POINTS, SOURCE_MASTIN_2006
    ),
    AnswerRule("calm_evening", GROUP_HABITS, "evening", CALM_EVENING_POINTS, SOURCE_MASTIN_2006),
    AnswerRule("twitches", GROUP_SYMPTOMS, "twitches", TWITCHES_POINTS, SOURCE_ARTICLES),
    AnswerRule(
        "leg_sensations", GROUP_SYMPTOMS, "leg_sensations", LEG_SENSATIONS_POINTS, SOURCE_ARTICLES
    ),
    AnswerRule("awakenings", GROUP_SYMPTOMS, "awakenings", AWAKENINGS_POINTS, SOURCE_CARNEY_2012),
    AnswerRule("rested", GROUP_SYMPTOMS, "rested", RESTED_POINTS, SOURCE_CARNEY_2012),
    AnswerRule("pain", GROUP_SYMPTOMS, "pain", PAIN_POINTS, SOURCE_ARTICLES),
)
