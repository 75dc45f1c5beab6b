"""Start a real Home Assistant, the way scripts/develop does, on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import os
from pathlib import Path
import re
import shutil
import signal
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
    # As scripts/develop does: the automations the UI saves, none yet, and onboarding's location
    # step done (configuration.yaml's settings hold).
    (config_dir / "automations.yaml").write_text("[]\n")
    (config_dir / ".storage").mkdir()
    shutil.copy(ROOT / "config" / "onboarding.json", config_dir / ".storage" / "onboarding")
    integration = Path(
        os.environ.get(INTEGRATION_ENV, ROOT / "custom_components" / "sleep_hygiene")
    ).resolve()
    (config_dir / "custom_components").mkdir()
    (config_dir / "custom_components" / "sleep_hygiene").symlink_to(integration)


def _answers(url: str) -> bool:
    """Return True once the HTTP server answers at all (401, say, once onboarding is done)."""
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


class HomeAssistantProcess:
    """``python -m homeassistant`` on one config folder: started, stopped, killed, restarted."""

    def __init__(self, config_dir: Path) -> None:
        """Prepare ``config_dir`` (a copy of scripts/develop's) on a free loopback port."""
        self.port = free_port()
        prepare_config(config_dir, self.port)
        self.config_dir = config_dir
        self.url = f"http://{HOST}:{self.port}"
        self.stdout = config_dir / "stdout.log"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start Home Assistant and return once its HTTP API answers."""
        with self.stdout.open("ab") as out:
            # --skip-pip: use only what requirements/ha-2026.11.0.txt installed, never download.
            # cwd: ``-m`` puts it first on sys.path; the checkout's own custom_components must
            # not win.
            self._process = process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "homeassistant",
                    "--config",
                    str(self.config_dir),
                    "--skip-pip",
                ],
                cwd=self.config_dir,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while not _answers(f"{self.url}/api/"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"Home Assistant did not start; its output:\n{self.stdout.read_text()[-4000:]}"
                )
            time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL Home Assistant and all it started: no shutdown, no final write."""
        assert self._process is not None
        os.killpg(self._process.pid, signal.SIGKILL)
        self._process.wait()
        self._process = None

    def stop(self) -> None:
        """Stop Home Assistant as a service manager does (SIGTERM, then SIGKILL after 30 s)."""
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()
        self._process = None


@contextmanager
def home_assistant(config_dir: Path) -> Iterator[Server]:
    """Run Home Assistant until the frontend answers; stop it afterwards."""
    process = HomeAssistantProcess(config_dir)
    try:
        process.start()
        yield Server(url=process.url, config_dir=config_dir, log=config_dir / "home-assistant.log")
    finally:
        process.stop()
