"""The bedroom's sensors, one module per family; ``sensor.py`` adds them all."""
