"""Company files: companies, establishments, contact persons, areas and sectors, and the company search."""
