"""Indikatorer: the indicators a team lead follows over the years, charts and a table."""
