"""End-to-end tests: a real Home Assistant, its frontend in Chromium, and a phone client.

``scripts/test`` runs them after the in-process suite (the default pytest run leaves them out).
Each step of the browser tests saves a screenshot under ``tests/e2e/screenshots/<test>/``; a
failure names its screenshot and lists the errors Home Assistant logged meanwhile. Set
``SLEEP_HYGIENE_E2E_INTEGRATION`` to another copy of the integration to test that copy instead.
"""
