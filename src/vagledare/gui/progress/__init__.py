"""Progression: the seven-factor assessment form, the participant list and the star chart."""
