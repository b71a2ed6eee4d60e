"""Hotspots: where signals and observations pile up, per place and period (derived; no tables of its own)."""
