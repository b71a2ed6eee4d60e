"""The colours of a message banner above a form or in a dialog: one set for the whole application."""

ERROR_BANNER_STYLE = "background: #fdecea; color: #8c1d18; padding: 8px; border-radius: 4px;"
NOTE_BANNER_STYLE = "background: #e8f0fe; color: #174ea6; padding: 8px; border-radius: 4px;"
GOOD_BANNER_STYLE = "background: #e7f4ea; color: #1e5631; padding: 8px; border-radius: 4px;"
WARN_BANNER_STYLE = "background: #fff4e0; color: #6d4200; padding: 8px; border-radius: 4px;"
INFO_BANNER_STYLE = "background: #eef3f9; color: #1c2330; padding: 8px; border-radius: 4px;"
