"""The voice: the check-in asked by a satellite and the Assist sentences of a bedroom."""
