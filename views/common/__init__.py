"""What every screen shares: the database worker, settings, forms, the lazy table model, widgets, errors, drafts, live updates."""
