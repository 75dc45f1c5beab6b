"""The bedroom's phones: notifications, the check-in chain, Do Not Disturb and screens."""
