"""Merging passes that decide where each event is: elaborated and listed places, localities the
gazetteer lacks, the capital, acts told at a place and inside it (``nested_places``)."""
