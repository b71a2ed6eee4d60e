"""The PDF documents: a PDF is a view of the data, drawn by reportlab.

``toolkit`` is the one way to make a document (letterhead, footer, styles, tables, facts,
safe report text); ``sections`` draws the parts companies' documents share; ``briefing``,
``report`` and ``dossier`` are the documents. Nothing here imports Qt, so a document can be
made from the command line, a worker thread or a test without an application object.
"""
