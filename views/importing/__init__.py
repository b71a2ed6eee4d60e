"""Importing a company list: the wizard (file → mapping → Proefimport → import → result) and the history."""
