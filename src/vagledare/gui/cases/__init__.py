"""Ärenden: the case list, a case's timeline, contacts, closing and reopening."""
