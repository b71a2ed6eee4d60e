"""Signals (meldingen): reports by citizens and entrepreneurs, their handling and the feedback to reporters."""
