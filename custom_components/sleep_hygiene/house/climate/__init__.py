"""The bedroom's temperature: the thermostat's night plan and the thermometer that follows it."""
