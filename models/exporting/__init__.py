"""Lists out to a spreadsheet (``.xlsx``) or a CSV file, without Qt: for the window and the command line.

``sheet`` holds what a list is (typed columns, rows streamed in chunks), ``writers`` writes it
with constant memory to a temporary file that replaces the target only when complete, and
``lists`` has the lists the command line exports, built on the same services the window lists
use, under the same permissions.
"""
