"""Importing a municipality's company list: read a file, map its columns, try it, write it, undo it."""
