"""The domain of Ondernemersdesk: entities, services, search and migrations.

Nothing in this package imports Qt: it is driven the same way from the window, the
administrator's command line, a script or a test.
"""
