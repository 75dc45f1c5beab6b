"""The controllers that act on the house: the clock, the night log, detox, climate and phones.

They turn the model's plans into service calls and keep what they did in the night log.
"""
