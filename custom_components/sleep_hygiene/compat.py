"""What differs between the Home Assistant releases we support, kept in this one place.

At run time every name here is what both 2026.2 and 2026.10+ accept. The differences are in the
types only, so the type checker is shown each release's own: releases from 2026.3 on need
Python 3.14, and mypy checks each release with the Python it runs on.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING and sys.version_info >= (3, 14):
    # 2026.10 validates with probatio, and aliases ``voluptuous`` to it at run time.
    from homeassistant.components.http.server import StaticPathConfig
    from homeassistant.components.light.const import (
        ATTR_BRIGHTNESS,
        ATTR_BRIGHTNESS_PCT,
        ATTR_COLOR_TEMP_KELVIN,
        ATTR_TRANSITION,
    )
    from homeassistant.components.repairs import RepairsFlowResult
    import probatio as vol
else:
    # 2026.10 moved it to ``http.server``; ``http`` still exports it at run time.
    from homeassistant.components.http import StaticPathConfig
    from homeassistant.components.light import (
        ATTR_BRIGHTNESS,
        ATTR_BRIGHTNESS_PCT,
        ATTR_COLOR_TEMP_KELVIN,
        ATTR_TRANSITION,
    )
    from homeassistant.data_entry_flow import FlowResult as RepairsFlowResult
    import voluptuous as vol

__all__ = [
    "ATTR_BRIGHTNESS",
    "ATTR_BRIGHTNESS_PCT",
    "ATTR_COLOR_TEMP_KELVIN",
    "ATTR_TRANSITION",
    "RepairsFlowResult",
    "StaticPathConfig",
    "vol",
]
