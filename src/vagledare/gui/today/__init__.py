"""Idag: what was logged today, with undo and removal."""
