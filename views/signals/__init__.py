"""Signal screens: the signal list, a signal's file, status changes with feedback, categories and templates."""
