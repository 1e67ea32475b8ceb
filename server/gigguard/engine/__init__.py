"""Detection engine: text → normalise (with an offset map) → detectors → findings."""
