"""`gigguard proxy`: the engine's checks in front of a chat server (see app.py)."""
