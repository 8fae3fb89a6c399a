"""The passes over an article's event drafts: one event per real occurrence."""
