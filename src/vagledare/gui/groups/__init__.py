"""Grupper: språkgrupper, språkcaféer and läxhjälp — groups, enrolments, sessions and roll call."""
