"""The pure model: nights, check-ins, schedule, plans, score, insights, experiments, red flags.

Nothing here imports Home Assistant (a test holds that), so it is quick to test and to read.
"""
