"""A bedroom set up, or changed, in the middle of a night: from which step it acts.

Pure Python (no Home Assistant import). A restart is not this: the bedroom was set up before and
catches up what it missed. A bedroom that is new, or whose settings changed, between tonight's
first action and wake waits for the next step, so nothing in the room changes by surprise.
"""

from __future__ import annotations

from datetime import datetime
import hashlib

from .routine_plan import PlannedStep, planned_steps
from .schedule import NightTimes
from .settings import BedroomSettings
from .stored_state import SetupMark


def acting_fingerprint(settings: BedroomSettings) -> str:
    """Return a digest of the settings that change what the house does tonight.

    Not the target temperature (a dashboard changes it without a reload, and a new target waits
    for the next night), nor the phones, reminders or anything else that does not act on the room.
    """
    acting = (
        settings.lights,
        settings.screens,
        settings.climate,
        settings.temperature_sensor,
        settings.illuminance_sensor,
        settings.routine,
        settings.screen_policy,
        settings.detox_brightness,
        settings.detox_color_temp,
        settings.night_brightness,
        settings.screen_grace,
        settings.night_hvac_mode,
    )
    return hashlib.sha256(repr(acting).encode()).hexdigest()[:16]


def waits_for(now: datetime, tonight: NightTimes) -> PlannedStep | None:
    """Return the step a bedroom set up (or changed) at ``now`` acts from; None: at once.

    From tonight's first action (the thermostat or the detox, whichever is first) to wake it is
    the next step of the routine; wake at the latest, so a bedroom set up after lights-out leaves
    the room alone until morning.
    """
    first_action = min(tonight.climate_start, tonight.detox)
    if not first_action <= now < tonight.wake:
        return None
    return next(planned for planned in planned_steps(tonight) if planned.start > now)


def mark_at_setup(
    stored: SetupMark | None,
    fingerprint: str,
    *,
    ran_before: bool,
    now: datetime,
    tonight: NightTimes,
) -> SetupMark:
    """Return the bedroom's mark once it is set up at ``now``: what it waits for, if anything.

    ``ran_before``: the night log holds something, so a bedroom without a mark ran with a version
    that kept none, and these settings. Same settings as the mark: a restart, which keeps waiting
    while the step is still to come.
    """
    if stored is not None and stored.fingerprint == fingerprint:
        waiting = stored.waits_until is not None and now < stored.waits_until
        return stored if waiting else SetupMark(fingerprint)
    if stored is None and ran_before:
        return SetupMark(fingerprint)
    planned = waits_for(now, tonight)
    if planned is None:
        return SetupMark(fingerprint)
    return SetupMark(fingerprint, planned.step, planned.start)
