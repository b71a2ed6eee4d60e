"""The application shell: start-up, settings, the database worker, the admin command line."""
