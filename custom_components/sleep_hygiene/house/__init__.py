"""The controllers that act on the house: the clock, the night log, detox, climate and phones.

They turn the model's plans into service calls and keep what they did in the night log.

One wiring rule: the parts of the bedroom's runtime data (clock, night log, detox, setup hold)
are built before it exists, so they are handed what they need; every other controller is built
after it and reads the bedroom's one copy of its settings, clock and log from
``entry.runtime_data``, so a change made from a dashboard reaches all of them at once.
"""
