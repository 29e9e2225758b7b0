"""Journalutbyte: export, import, sync and the trust questions about other desks."""
