"""Recognising the same company twice: one module for the import and for finding duplicates.

``normalise`` turns what people and spreadsheets write (a KvK number that lost its leading zero,
``1241ab``, ``0035-…``, ``'s Graveland``) into one stored form; ``compare`` weighs two profiles
and says why it thinks they are the same; ``profiles`` reads those profiles from the database.
"""
