"""Översikt: the team lead's charts and the monthly pack."""
