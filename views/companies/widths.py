"""The company list's column widths, in pixels, by column key (models.companies.listing.SortKey's
values), in the list's order: they fit a 1366-pixel laptop screen with the sidebar open. The start
window's first rows use them too (views/shell/start_shell.py), so the list does not jump when the
main window takes over; this module imports nothing, as the start must."""

COLUMN_WIDTHS: dict[str, int] = {
    "name": 200,
    "kvk": 76,
    "address": 145,
    "postcode": 88,
    "city": 100,
    "area": 115,
    "sector": 130,
    "manager": 150,
    "status": 80,
}
