"""The HTTP service: JSON in → engine → JSON out. No detection logic lives here."""
