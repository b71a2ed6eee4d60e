"""Company screens: the list, the company file, its dialogs and the global search box."""
