"""Documents kept in a company's file: permits, letters, photos, signed reports."""
