"""The audit trail: written in every transaction (trail), read per file or for the whole database (services)."""
