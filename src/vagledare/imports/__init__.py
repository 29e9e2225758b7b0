"""Importing CSV files into the journal: all rows or none."""
