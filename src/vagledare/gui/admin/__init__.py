"""Administration: staff and roles, erasure, retention, privacy and the audit log."""
