"""Repairs issues: red flags and entities the bedroom misses."""
