"""The personal experiment: its nights' arms, applied and said."""
