"""The experiment's words for a night, in Home Assistant's language: "Today: no caffeine after…".

Said with the morning's thanks (phone and dashboard), in the calendar's events of the night and
with its reminders, so each day's arm is known before the day's choices are made.
"""

from __future__ import annotations

from datetime import date

from homeassistant.util import dt as dt_util

from ...model.clock_text import format_clock
from ...model.experiment import ARM_CHANGE, CHANGE_BEDROOM_TARGET, CHANGE_EARLIER_DETOX
from ...model.experiment_day import ArmOfNight
from ...model.temperature import CELSIUS, convert_temperature
from ..bedroom import Bedroom
from ..check_in.texts import format_figure
from ..texts import Texts, async_texts, cached_texts

# The usual arm of these says what the house does as usual; of a habit, "as usual".
_OWN_USUAL = (CHANGE_BEDROOM_TARGET, CHANGE_EARLIER_DETOX)


def arm_line(texts: Texts, arm: ArmOfNight, unit: str) -> str:
    """Return the line for a night of an experiment, e.g. "Today: no alcohol (night 3 of 14…)"."""
    if arm.arm == ARM_CHANGE:
        key = f"experiment_arm_change_{arm.change}"
    else:
        key = (
            f"experiment_arm_usual_{arm.change}"
            if arm.change in _OWN_USUAL
            else "experiment_arm_usual"
        )
    language = texts.language
    values = {
        "time": "" if arm.at is None else format_clock(dt_util.as_local(arm.at), language),
        "target": ""
        if arm.target_c is None
        else f"{format_figure(convert_temperature(arm.target_c, CELSIUS, unit), language)} {unit}",
    }
    what = texts.text(key, **values)
    return texts.text("experiment_today", arm=what, number=str(arm.number), nights=str(arm.nights))


def _arm(bedroom: Bedroom, night: date) -> ArmOfNight | None:
    return bedroom.arms.arm_of(bedroom.clock.times_of(night))


async def async_arm_line(bedroom: Bedroom, night: date) -> str | None:
    """Return the line for ``night``, or None when it is not in an experiment."""
    if (arm := _arm(bedroom, night)) is None:
        return None
    texts = await async_texts(bedroom.hass, Texts)
    return arm_line(texts, arm, bedroom.settings.temperature_unit)


def cached_arm_line(bedroom: Bedroom, night: date) -> str | None:
    """Return the line for ``night`` from the texts loaded with the integration, without waiting."""
    if (arm := _arm(bedroom, night)) is None:
        return None
    texts = cached_texts(bedroom.hass, Texts)
    if not texts.has("experiment_today"):
        return None  # not loaded yet: the calendar draws the event again at the next step
    return arm_line(texts, arm, bedroom.settings.temperature_unit)
