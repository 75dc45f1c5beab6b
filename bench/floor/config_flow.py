"""The floor's config flow, without steps: the bench adds its entries itself.

Home Assistant imports an integration's config flow whenever one of its entries is set up.
"""

from homeassistant.config_entries import ConfigFlow


class FloorConfigFlow(ConfigFlow, domain="bench_floor"):
    """No steps."""
