"""Screens, dialogs and widgets; the Qt models that adapt service results; PDF documents."""
