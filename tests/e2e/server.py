"""Start a real Home Assistant, the way scripts/develop does, on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import os
from pathlib import Path
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
START_TIMEOUT = 90.0
# Point at a copy of the integration (e.g. one broken on purpose) to prove the suite fails.
INTEGRATION_ENV = "SLEEP_HYGIENE_E2E_INTEGRATION"


@dataclass(frozen=True)
class Server:
    """A running Home Assistant."""

    url: str
    config_dir: Path
    log: Path


def free_port() -> int:
    """Return a loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def prepare_config(config_dir: Path, port: int) -> None:
    """Copy scripts/develop's config, serve it on ``port`` and link the integration."""
    for name in ("configuration.yaml", "demo_bedroom.yaml"):
        shutil.copy(ROOT / "config" / name, config_dir / name)
    configuration = config_dir / "configuration.yaml"
    text, count = re.subn(r"server_port: \d+", f"server_port: {port}", configuration.read_text())
    if count != 1 or f"server_host: {HOST}" not in text:
        raise RuntimeError("config/configuration.yaml no longer sets http server_host/port")
    configuration.write_text(text)
    integration = Path(
        os.environ.get(INTEGRATION_ENV, ROOT / "custom_components" / "sleep_hygiene")
    ).resolve()
    (config_dir / "custom_components").mkdir()
    (config_dir / "custom_components" / "sleep_hygiene").symlink_to(integration)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def home_assistant(config_dir: Path) -> Iterator[Server]:
    """Run ``python -m homeassistant`` until the frontend answers; stop it afterwards."""
    port = free_port()
    prepare_config(config_dir, port)
    url = f"http://{HOST}:{port}"
    log = config_dir / "stdout.log"
    with log.open("wb") as out:
        # --skip-pip: use only what requirements/ha-2026.11.0.txt installed, never download.
        # cwd: ``-m`` puts it first on sys.path; the checkout's own custom_components must not win.
        process = subprocess.Popen(
            [sys.executable, "-m", "homeassistant", "--config", str(config_dir), "--skip-pip"],
            cwd=config_dir,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _answers(f"{url}/api/onboarding"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"Home Assistant did not start; its output:\n{log.read_text()[-4000:]}"
                )
            time.sleep(0.25)
        yield Server(url=url, config_dir=config_dir, log=config_dir / "home-assistant.log")
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
