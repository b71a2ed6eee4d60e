"""The Logboek: the audit trail of the whole database."""
