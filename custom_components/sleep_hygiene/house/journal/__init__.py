"""The night log: one record a night and the restart state, stored so it is never lost."""
