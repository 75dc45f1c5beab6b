"""Times of day as a language writes them, for the texts the house writes.

Home Assistant's backend knows the language only, not the person's 12/24-hour choice.
Pure Python (no Home Assistant import).
"""

from __future__ import annotations

from datetime import datetime, time


def format_clock(moment: datetime | time, language: str) -> str:
    """Return a local time as the language writes it: "2:00 PM" in English, else "14:00"."""
    if language == "en":
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"
    return f"{moment.hour:02d}:{moment.minute:02d}"
