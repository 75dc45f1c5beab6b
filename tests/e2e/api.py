"""Talk to the running Home Assistant over HTTP and its websocket, as the frontend and apps do."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from itertools import count
from typing import Any

import aiohttp

USERNAME = "sleeper"
PASSWORD = "bedtime-2026"
POLL = 0.25
REPLY_WITHIN = 20.0  # seconds


class HomeAssistantApi:
    """An authenticated REST and websocket client of one Home Assistant."""

    def __init__(self, session: aiohttp.ClientSession, url: str, token: str) -> None:
        """Use ``token`` for every request."""
        self.session = session
        self.url = url
        self.token = token
        self.headers = {"Authorization": f"Bearer {token}"}

    async def get(self, path: str) -> Any:
        """GET a REST endpoint and return its JSON."""
        async with self.session.get(self.url + path, headers=self.headers) as response:
            response.raise_for_status()
            return await response.json()

    async def post(self, path: str, payload: dict[str, Any] | None = None) -> Any:
        """POST JSON to a REST endpoint and return its JSON."""
        async with self.session.post(
            self.url + path, headers=self.headers, json=payload or {}
        ) as response:
            response.raise_for_status()
            return await response.json()

    async def state(self, entity_id: str) -> dict[str, Any]:
        """Return an entity's state object."""
        result: dict[str, Any] = await self.get(f"/api/states/{entity_id}")
        return result

    async def websocket(self) -> HomeAssistantSocket:
        """Open an authenticated websocket."""
        socket = await self.session.ws_connect(f"{self.url}/api/websocket")
        await socket.receive_json()  # auth_required
        await socket.send_json({"type": "auth", "access_token": self.token})
        reply = await socket.receive_json()
        if reply["type"] != "auth_ok":
            raise RuntimeError(f"websocket auth failed: {reply}")
        return HomeAssistantSocket(socket)

    async def command(self, message: dict[str, Any]) -> Any:
        """Send one websocket command and return its result."""
        socket = await self.websocket()
        try:
            return await socket.command(message)
        finally:
            await socket.close()

    async def entity_ids(self, config_entry_id: str) -> dict[str, str]:
        """Return a bedroom's entity ids by key (its unique id is ``<entry_id>_<key>``)."""
        entries = await self.command({"type": "config/entity_registry/list"})
        prefix = f"{config_entry_id}_"
        return {
            entry["unique_id"].removeprefix(prefix): entry["entity_id"]
            for entry in entries
            if entry["config_entry_id"] == config_entry_id
        }


class HomeAssistantSocket:
    """One websocket connection: commands and subscriptions."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        """Wrap an authenticated connection."""
        self.socket = socket
        self.ids = count(1)

    async def send(self, message: dict[str, Any]) -> int:
        """Send a message with a fresh id and return the id."""
        message_id = next(self.ids)
        await self.socket.send_json({"id": message_id, **message})
        return message_id

    async def receive(self, message_id: int, within: float = REPLY_WITHIN) -> dict[str, Any]:
        """Return the next message for ``message_id`` (waiting at most ``within`` seconds)."""
        async with asyncio.timeout(within):
            while True:
                message: dict[str, Any] = await self.socket.receive_json()
                if message.get("id") == message_id:
                    return message

    async def command(self, message: dict[str, Any]) -> Any:
        """Send a command and return its result, raising on an error reply."""
        reply = await self.receive(await self.send(message))
        if not reply.get("success"):
            raise RuntimeError(f"{message['type']} failed: {reply.get('error')}")
        return reply.get("result")

    async def close(self) -> None:
        """Close the connection."""
        await self.socket.close()


# The rest of a user's "language" frontend data: every format follows the language.
LOCALE = {
    "number_format": "language",
    "time_format": "language",
    "date_format": "language",
    "time_zone": "local",
    "first_weekday": "language",
}


async def set_language(api: HomeAssistantApi, code: str) -> None:
    """Choose the user's language as the profile page does (pages opened afterwards show it)."""
    await api.command(
        {"type": "frontend/set_user_data", "key": "language", "value": LOCALE | {"language": code}}
    )


async def onboard(session: aiohttp.ClientSession, url: str) -> HomeAssistantApi:
    """Finish onboarding through its HTTP API (user, core config, analytics, integration)."""
    client_id = f"{url}/"
    async with session.post(
        f"{url}/api/onboarding/users",
        json={
            "client_id": client_id,
            "name": "Test Sleeper",
            "username": USERNAME,
            "password": PASSWORD,
            "language": "en",
        },
    ) as response:
        response.raise_for_status()
        auth_code = (await response.json())["auth_code"]
    async with session.post(
        f"{url}/auth/token",
        data={"grant_type": "authorization_code", "code": auth_code, "client_id": client_id},
    ) as response:
        response.raise_for_status()
        token = (await response.json())["access_token"]
    api = HomeAssistantApi(session, url, token)
    # scripts/develop's config has the location step done already (see config/onboarding.json).
    await api.post("/api/onboarding/analytics")
    await api.post(
        "/api/onboarding/integration",
        {"client_id": client_id, "redirect_uri": f"{client_id}?auth_callback=1"},
    )
    await wait_for(lambda: _running(api), "Home Assistant to finish starting", within=60)
    # Since 2026.11 the http: YAML moves into storage as a trial that reverts (restarting Home
    # Assistant) unless the owner confirms it, as the dialog the frontend shows asks them to.
    await api.command({"type": "http/config/promote"})
    return api


async def _running(api: HomeAssistantApi) -> bool:
    config = await api.get("/api/config")
    return bool(config["state"] == "RUNNING")


async def wait_for(
    condition: Callable[[], Awaitable[bool]], what: str, within: float = REPLY_WITHIN
) -> None:
    """Poll ``condition`` until it holds, or fail saying what did not happen."""
    deadline = asyncio.get_running_loop().time() + within
    while not await condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out after {within:.0f} s waiting for {what}")
        await asyncio.sleep(POLL)
