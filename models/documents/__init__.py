"""Documents as data: what each PDF shows, as plain records (records), fetched by one unit of work each (services).

A briefing draws on a company file, its interactions, agreements, signals and the ambition plan,
so documents are their own room; views/documents renders these records and queries nothing.
"""
