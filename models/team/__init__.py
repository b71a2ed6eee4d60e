"""The team: officials and their roles (accounts), and the municipality's identity on documents."""
