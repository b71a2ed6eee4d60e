"""Consultation screens: recording an interaction with its agreements, the timeline, Mijn werk."""
