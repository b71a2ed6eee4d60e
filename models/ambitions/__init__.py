"""The ambition plan: ambitions, co-creation input, actions, indicators and their monitoring."""
