"""The routine: the clock of the night's steps, reminders, notices and the setup hold."""
