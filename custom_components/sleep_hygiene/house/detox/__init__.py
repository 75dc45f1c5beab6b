"""The digital detox: lights dimmed and ramped down, screens off, and a try of it on demand."""
