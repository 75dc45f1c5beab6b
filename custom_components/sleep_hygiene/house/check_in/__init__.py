"""The check-in, whichever way it comes: recorded in the night log, its words."""
