"""Desk screens: the Balie page and the knowledge base."""
