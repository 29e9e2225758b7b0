"""Rapporter: choose a report and its options, see it, print and export it (the report
door)."""
