"""Plain select entities for the floor bench."""

from .plain import setup_of

async_setup_entry = setup_of("select")
