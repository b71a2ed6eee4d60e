"""The application's frame: the main window, the about dialog and the first start."""
