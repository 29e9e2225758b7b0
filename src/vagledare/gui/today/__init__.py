"""Dag: one day's entries (today unless another day is chosen), corrected or removed."""
