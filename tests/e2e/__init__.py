"""End-to-end tests: a real Home Assistant, its frontend in Chromium, and a phone client.

``scripts/test`` runs them after the in-process suite (the default pytest run leaves them out).
Each step of the browser tests saves a screenshot under ``tests/e2e/screenshots/<test>/``; a
failure names its screenshot and lists the errors Home Assistant logged meanwhile. The README's
pictures go under ``tests/e2e/screenshots/readme/`` too, and into ``docs/`` only with
``SLEEP_HYGIENE_README_PICTURES=1`` (``scripts/screenshots``): a test run changes nothing tracked.
Set ``SLEEP_HYGIENE_E2E_INTEGRATION`` to another copy of the integration to test that copy instead.
"""
