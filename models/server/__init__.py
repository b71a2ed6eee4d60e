"""The shared PostgreSQL server enforces what the application promises: roles, privileges,
accounts and the audit trail, installed by the schema's owner (``install``)."""
