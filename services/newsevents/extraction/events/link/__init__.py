"""Linking a trigger's arguments into an event draft: roles, place, temporal status."""
