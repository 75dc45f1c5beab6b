"""The measured night: sleep sources, late screens and light, and what starts them."""
