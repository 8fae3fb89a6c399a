"""The passes over an article's event drafts, listed in order in ``merging``: one event per real
occurrence, in subpackages by what they decide (``incidents``, ``crowds``,
``outcomes``, ``places``, ``parties``)."""
