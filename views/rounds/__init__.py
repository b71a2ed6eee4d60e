"""Round screens: rounds, their observations and the follow-up of an observation."""
