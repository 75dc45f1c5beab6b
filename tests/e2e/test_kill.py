"""kill -9 a real Home Assistant while check-ins arrive: nothing acknowledged is lost, none twice.

Four clients log check-ins over the REST API, each on nights of its own, while Home Assistant is
killed at random moments (a fixed seed) and started again. At the end every night holds the last
answers its client saw acknowledged, or the ones it was still sending when the process died, and
every night's history has one version per answer that reached it, never more.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import date, timedelta
import json
from pathlib import Path
import random
import time
from typing import Any

import aiohttp
import pytest

from .api import HomeAssistantApi, onboard
from .bedroom import add_bedroom_over_http
from .server import HomeAssistantProcess

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

SEED = 20261126
KILLS = 6
CLIENTS = 4
NIGHTS_EACH = 12
ANSWERS = {
    "twitches": ("none", "few", "many"),
    "rested": ("poorly", "somewhat", "well"),
    "alcohol": ("none", "one", "two_plus"),
}


@dataclass
class Night:
    """What one client sent for one night."""

    acknowledged: list[dict[str, str]] = field(default_factory=list)
    unanswered: list[dict[str, str]] = field(default_factory=list)  # in flight at a kill


async def _client(
    api: HomeAssistantApi, entry_id: str, nights: dict[date, Night], rng: random.Random
) -> None:
    """Log check-ins on this client's nights, one after another, until the server dies."""
    for night in rng.sample(sorted(nights), len(nights)) * 1000:
        answers = {question: rng.choice(options) for question, options in ANSWERS.items()}
        try:
            await api.post(
                "/api/services/sleep_hygiene/log_check_in",
                {"config_entry_id": entry_id, "night": night.isoformat(), **answers},
            )
        except (TimeoutError, aiohttp.ClientError):
            nights[night].unanswered.append(answers)
            return
        nights[night].acknowledged.append(answers)


async def _running(ha: HomeAssistantProcess, token: str, entry_id: str) -> None:
    """Start Home Assistant and wait until the bedroom is loaded again."""
    await asyncio.to_thread(ha.start)
    async with aiohttp.ClientSession() as session:
        api = HomeAssistantApi(session, ha.url, token)
        for _ in range(200):
            entries = await api.get("/api/config/config_entries/entry?domain=sleep_hygiene")
            if [entry["state"] for entry in entries if entry["entry_id"] == entry_id] == ["loaded"]:
                return
            await asyncio.sleep(0.1)
    raise AssertionError("the bedroom did not load again after a restart")


async def test_kill_9_while_check_ins_arrive(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    ha = HomeAssistantProcess(tmp_path)
    await asyncio.to_thread(ha.start)
    started = time.monotonic()
    try:
        async with aiohttp.ClientSession() as session:
            api = await onboard(session, ha.url)
            token = api.token
            entry_id = await add_bedroom_over_http(api, "Kill test", [])
        # Onboarding and the new bedroom are on disk before the first kill.
        await asyncio.to_thread(ha.stop)
        await _running(ha, token, entry_id)

        last_night = date.today() - timedelta(days=1)
        clients = [
            {last_night - timedelta(days=c * NIGHTS_EACH + n): Night() for n in range(NIGHTS_EACH)}
            for c in range(CLIENTS)
        ]
        for _kill in range(KILLS):
            async with aiohttp.ClientSession() as session:
                api = HomeAssistantApi(session, ha.url, token)
                streams = [
                    asyncio.create_task(_client(api, entry_id, nights, random.Random(rng.random())))
                    for nights in clients
                ]
                await asyncio.sleep(rng.uniform(0.2, 1.5))
                await asyncio.to_thread(ha.kill)
                await asyncio.gather(*streams)
            await _running(ha, token, entry_id)
    finally:
        await asyncio.to_thread(ha.stop)

    stored: dict[str, Any] = json.loads(
        (tmp_path / ".storage" / f"sleep_hygiene.{entry_id}").read_text("utf-8")
    )["data"]["nights"]
    acknowledged = lost = repeated = 0
    for nights in clients:
        for night, sent in nights.items():
            acknowledged += len(sent.acknowledged)
            record = stored.get(night.isoformat())
            answers = record["check_in"]["answers"] if record and record["check_in"] else None
            wanted = sent.acknowledged[-1:] + sent.unanswered
            if sent.acknowledged and answers not in wanted:
                lost += 1
            versions = 0 if record is None else 1 + len(record["edits"])
            # An answer equal to the one before makes no new version; one in flight may count.
            if versions > len(sent.acknowledged) + len(sent.unanswered):
                repeated += 1
    print(
        f"\n[kill -9] {KILLS} kills, {acknowledged} check-ins acknowledged, {lost} lost, "
        f"{repeated} nights with a version too many, {time.monotonic() - started:.0f} s"
    )
    assert acknowledged > KILLS * CLIENTS
    assert lost == 0
    assert repeated == 0
