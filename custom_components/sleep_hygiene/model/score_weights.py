"""The score model's numbers: every weight and limit, each with its source.

Pure Python (no Home Assistant import). The README's score section explains them in plain words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

# Citation keys, shown with every component so the dashboard can say where a weight comes from.
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
    SOURCE_ARTICLES: "The articles on night-time leg twitches this integration grew from.",
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
LUX_WIND_DOWN_MAX: Final = 10.0  # Brown et al. 2022: <= 10 lux in the evening before bed.
LUX_ASLEEP_MAX: Final = 1.0  # Brown et al. 2022: <= 1 lux in the sleeping environment.
LIGHT_DOMAIN_PREFIX: Final = "light."
TEMPERATURE_POINTS: Final = 10.0  # Articles: a cool bedroom, about 65 °F / 18 °C, +-2 °F.
REGULARITY_POINTS: Final = 5.0  # Sleep as Android: regular bedtimes.
REGULARITY_FULL_SD_MINUTES: Final = 30.0  # Sleep as Android: SD <= 30 min is regular.
REGULARITY_ZERO_SD_MINUTES: Final = 60.0  # Sleep as Android: SD >= 60 min is irregular.
REGULARITY_WINDOW_NIGHTS: Final = 14  # Brief: SD over 14 nights.
REGULARITY_MIN_NIGHTS: Final = 3  # Fewer lights-outs give no meaningful spread.

# Measured sleep (20 points, only where a source measured it), Ohayon et al. 2017: full points
# at the report's "good sleep quality" limit, none at its "poor" limit for adults, linear between.
LATENCY_POINTS: Final = 5.0
LATENCY_GOOD_MINUTES: Final = 30.0  # <= 30 min to fall asleep is good.
LATENCY_POOR_MINUTES: Final = 60.0  # > 60 min is poor.
AWAKENINGS_MEASURED_POINTS: Final = 5.0
AWAKENINGS_GOOD: Final = 1.0  # <= 1 awakening longer than 5 min is good.
AWAKENINGS_POOR: Final = 4.0  # >= 4 is poor.
WASO_POINTS: Final = 5.0
WASO_GOOD_MINUTES: Final = 20.0  # <= 20 min awake after sleep onset is good.
WASO_POOR_MINUTES: Final = 51.0  # >= 51 min is poor.
EFFICIENCY_POINTS: Final = 5.0
EFFICIENCY_GOOD_PERCENT: Final = 85.0  # >= 85 % of the time in bed asleep is good.
EFFICIENCY_POOR_PERCENT: Final = 74.0  # <= 74 % is poor.

# Habits from the check-in (30 points), points per answer.
CAFFEINE_POINTS: Final[Mapping[str, float]] = {  # Drake et al. 2013: 6 h before bed disrupts.
    "none": 10.0,
    "before_cutoff": 10.0,
    "afternoon": 5.0,  # Gardiner et al. 2023: stop >= 8.8 h before bed; afternoon is too late.
    "evening": 0.0,
}
ALCOHOL_POINTS: Final[Mapping[str, float]] = {  # Mastin et al. 2006: SHI item on alcohol.
    "none": 7.0,
    "one": 3.0,
    "two_plus": 0.0,
}
EXERCISE_TIMING_POINTS: Final[Mapping[str, float]] = {  # Mastin et al. 2006: SHI late exercise.
    "calm": 6.0,
    "stressed": 6.0,
    "hard_exercise": 0.0,
}
CALM_EVENING_POINTS: Final[Mapping[str, float]] = {  # Mastin et al. 2006: SHI item on stress.
    "calm": 7.0,
    "stressed": 0.0,
    "hard_exercise": 7.0,
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
