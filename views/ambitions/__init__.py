"""Ambition screens: the plan, its ambitions, input, actions and indicators, and their dialogs."""
