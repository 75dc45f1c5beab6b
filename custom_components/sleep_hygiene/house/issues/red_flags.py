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

from collections.abc import Callable
from dataclasses import replace
import secrets
from typing import Any, Final, Protocol

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from ...const import CONF_RED_FLAG_NOTIFY, DOMAIN, PANEL_INSIGHTS_URL
from ...model.red_flags import RedFlags, RuleResult
from ...model.schedule import STEP_WAKE, NightTimes
from ...model.stored_state import Episode, RedFlagEpisodes
from ..bedroom import Bedroom
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


class RedFlagSource(Protocol):
    """What the issues follow: the bedroom's summary (its score coordinator)."""

    @property
    def red_flags(self) -> RedFlags | None:
        """Return the red flags of the last summary, or None when the journal was unreadable."""

    def async_add_listener(
        self, update_callback: CALLBACK_TYPE, context: Any = None
    ) -> Callable[[], None]:
        """Call ``update_callback`` after each summary; return the remover."""


class RedFlagIssues:
    """Keeps one bedroom's Repairs issues in step with its red flags."""

    def __init__(self, bedroom: Bedroom, summary: RedFlagSource) -> None:
        """Read the episodes raised before."""
        self.hass = bedroom.hass
        self.bedroom = bedroom
        self._summary = summary
        stored = bedroom.log.read_state(RedFlagEpisodes) or RedFlagEpisodes()
        self._episodes: dict[str, Episode] = dict(stored.episodes)
        self._sending = False

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Raise and clear the issues as the summary changes; return the stopper."""
        removers = [
            self._summary.async_add_listener(self.async_update),
            self.bedroom.clock.async_add_listener(self.on_clock),
        ]
        self.async_update()

        @callback
        def stop() -> None:
            for remove in removers:
                remove()

        return stop

    @callback
    def async_update(self) -> None:
        """Raise the issues of active rules, delete the others, then notify if it is daytime."""
        if (red_flags := self._summary.red_flags) is None:
            return  # Keep the issues as they are until the journal can be read again.
        before = dict(self._episodes)
        for rule in red_flags.rules:
            if rule.active:
                episode = self._episodes.get(rule.key) or Episode(
                    since=red_flags.as_of,
                    notify=bool(self.bedroom.entry.options.get(CONF_RED_FLAG_NOTIFY, False)),
                )
                # An episode stored before issue ids named no rule gets one now.
                issue = episode.issue or new_issue_id(self.bedroom.entry_id)
                self._episodes[rule.key] = replace(episode, issue=issue)
                self._raise(rule, issue)
            elif (ended := self._episodes.pop(rule.key, None)) is not None and ended.issue:
                ir.async_delete_issue(self.hass, DOMAIN, ended.issue)
        if self._episodes != before:
            self._save()
        self._notify_if_daytime()

    def _save(self) -> None:
        log = self.bedroom.log
        log.write_state(RedFlagEpisodes, RedFlagEpisodes(dict(self._episodes)))

    @callback
    def on_clock(self, boundary: str, _times: NightTimes) -> None:
        """Send what waited for the morning."""
        if boundary == STEP_WAKE:
            self._notify_if_daytime()

    def _raise(self, rule: RuleResult, issue_id: str) -> None:
        placeholders = {"bedroom": self.bedroom.title} | {
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
        tonight = self.bedroom.clock.times()
        return tonight.lights_out <= dt_util.utcnow() < tonight.wake

    def _notify_if_daytime(self) -> None:
        waiting = [rule for rule, episode in self._episodes.items() if episode.notify]
        if not waiting or self._sending or self._is_night():
            return
        self._sending = True
        self.bedroom.entry.async_create_background_task(
            self.hass, self._async_notify(waiting), f"{DOMAIN} red-flag notification"
        )

    async def _async_notify(self, rules: list[str]) -> None:
        try:
            texts = await async_texts(self.hass, Texts)
            phones = self.bedroom.settings.phones
            sent = await async_notify_phones(
                self.hass,
                phones,
                texts.text("red_flag_notification_message"),
                title=texts.text("notification_title", bedroom=self.bedroom.title),
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
