"""Team screens: accounts and roles, and the municipality's identity on documents."""
