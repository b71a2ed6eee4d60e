"""Choosing the database: connection profiles, the connection dialog, copying a local file to a server."""
