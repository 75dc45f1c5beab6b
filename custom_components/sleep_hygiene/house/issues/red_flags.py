"""Red flags as Repairs issues, with an optional daytime notification to the bedroom's phones.

One issue per rule and bedroom, raised when the rule's pattern starts and deleted when it ends.
Its id names no rule (Home Assistant puts issue ids in every diagnostics download): each episode
gets an id of its own, kept with the episode.
Each episode is remembered in the night log's state, so a restart neither notifies again nor
loses a notification that was waiting for the morning. Issues are not persistent: the first
summary after a restart raises them again (a dismissed one stays dismissed).

A notification travels through the phone maker's push service, so it names no symptom: it only
says there is something to read on the Sleep panel (open to every user), and a tap opens it.
"""

from __future__ import annotations

from dataclasses import replace
import secrets
from typing import Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from ...const import CONF_RED_FLAG_NOTIFY, DOMAIN, PANEL_INSIGHTS_URL
from ...model.red_flags import RuleResult
from ...model.schedule import STEP_WAKE, NightTimes
from ...model.stored_state import Episode, RedFlagEpisodes
from ...runtime_data import SleepHygieneConfigEntry
from ..phones.notify import async_notify_phones
from ..texts import Texts, async_texts

_PREFIX: Final = "red_flag_"


def new_issue_id(entry_id: str) -> str:
    """Return a new Repairs issue id for an episode in one bedroom; it names no rule."""
    return f"{_PREFIX}{secrets.token_hex(6)}_{entry_id}"


def translation_key(rule: str) -> str:
    """Return the translation key of a rule's issue (title and description)."""
    return f"red_flag_{rule}"


@callback
def async_delete_red_flag_issues(hass: HomeAssistant, entry_id: str) -> None:
    """Delete every red-flag issue of a bedroom (when it is removed)."""
    for domain, issue_id in list(ir.async_get(hass).issues):
        if domain == DOMAIN and issue_id.startswith(_PREFIX) and issue_id.endswith(f"_{entry_id}"):
            ir.async_delete_issue(hass, DOMAIN, issue_id)


@callback
def async_setup_red_flag_issues(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> None:
    """Raise and clear the bedroom's red-flag issues as its summary changes."""
    issues = RedFlagIssues(hass, entry)
    coordinator = entry.runtime_data.scores
    entry.async_on_unload(coordinator.async_add_listener(issues.async_update))
    entry.async_on_unload(entry.runtime_data.clock.async_add_listener(issues.on_clock))
    issues.async_update()


class RedFlagIssues:
    """Keeps one bedroom's Repairs issues in step with its red flags."""

    def __init__(self, hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> None:
        """Read the episodes raised before."""
        self.hass = hass
        self.entry = entry
        stored = entry.runtime_data.log.read_state(RedFlagEpisodes) or RedFlagEpisodes()
        self._episodes: dict[str, Episode] = dict(stored.episodes)
        self._sending = False

    @callback
    def async_update(self) -> None:
        """Raise the issues of active rules, delete the others, then notify if it is daytime."""
        coordinator = self.entry.runtime_data.scores
        if not coordinator.last_update_success:
            return  # Keep the issues as they are until the journal can be read again.
        data = coordinator.data
        before = dict(self._episodes)
        for rule in data.red_flags.rules:
            if rule.active:
                episode = self._episodes.get(rule.key) or Episode(
                    since=data.red_flags.as_of,
                    notify=bool(self.entry.options.get(CONF_RED_FLAG_NOTIFY, False)),
                )
                # An episode stored before issue ids named no rule gets one now.
                issue = episode.issue or new_issue_id(self.entry.entry_id)
                self._episodes[rule.key] = replace(episode, issue=issue)
                self._raise(rule, issue)
            elif (ended := self._episodes.pop(rule.key, None)) is not None and ended.issue:
                ir.async_delete_issue(self.hass, DOMAIN, ended.issue)
        if self._episodes != before:
            self._save()
        self._notify_if_daytime()

    def _save(self) -> None:
        log = self.entry.runtime_data.log
        log.write_state(RedFlagEpisodes, RedFlagEpisodes(dict(self._episodes)))

    @callback
    def on_clock(self, boundary: str, _times: NightTimes) -> None:
        """Send what waited for the morning."""
        if boundary == STEP_WAKE:
            self._notify_if_daytime()

    def _raise(self, rule: RuleResult, issue_id: str) -> None:
        placeholders = {"bedroom": self.entry.title} | {
            key: "-" if value is None else str(value) for key, value in rule.evidence.items()
        }
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            issue_id,
            is_fixable=False,
            is_persistent=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key=translation_key(rule.key),
            translation_placeholders=placeholders,
        )

    def _is_night(self) -> bool:
        tonight = self.entry.runtime_data.clock.times()
        return tonight.lights_out <= dt_util.utcnow() < tonight.wake

    def _notify_if_daytime(self) -> None:
        waiting = [rule for rule, episode in self._episodes.items() if episode.notify]
        if not waiting or self._sending or self._is_night():
            return
        self._sending = True
        self.entry.async_create_background_task(
            self.hass, self._async_notify(waiting), f"{DOMAIN} red-flag notification"
        )

    async def _async_notify(self, rules: list[str]) -> None:
        try:
            texts = await async_texts(self.hass, Texts)
            phones = self.entry.runtime_data.settings.phones
            sent = await async_notify_phones(
                self.hass,
                phones,
                texts.text("red_flag_notification_message"),
                title=texts.text("notification_title", bedroom=self.entry.title),
                # Where a tap leads: iOS reads ``url``, Android ``clickAction``.
                data={"url": PANEL_INSIGHTS_URL, "clickAction": PANEL_INSIGHTS_URL},
            )
            # Sent, or no phone to send to: done. No phone reachable now: try again later.
            if sent or not phones:
                for rule in rules:
                    if (episode := self._episodes.get(rule)) is not None:
                        self._episodes[rule] = replace(episode, notify=False)
                self._save()
        finally:
            self._sending = False
