"""The controllers that act on the house, in feature folders: detox, climate, phones, measures...

They turn the model's plans into service calls and keep what they did in the night log.

One wiring rule: ``bedroom.py`` builds the bedroom first (settings, clock, night log, setup hold,
the experiment's arms); every controller is made from it, with any further part it needs named in
its constructor, and offers ``async_start() -> stop``. The optional parts are listed, with what
turns each on, in ``parts.py``, the one place they are imported. Nothing here imports the entry's
runtime data.
"""
