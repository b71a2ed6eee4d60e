"""Supervision rounds (rondes) and the observations made on them."""
