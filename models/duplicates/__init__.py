"""Duplicates: finding companies and contact persons that are probably the same, merging them
with every link kept, and undoing a merge."""
