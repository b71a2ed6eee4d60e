"""Consultations with entrepreneurs: interactions (contactmomenten), the agreements made in them, Mijn werk."""
