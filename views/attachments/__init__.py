"""The documents kept in a company's file."""
