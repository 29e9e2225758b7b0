"""Pieces every screen uses: the table-model base, background tasks, combo boxes, screen-fit
helpers, the words for code values.
"""
