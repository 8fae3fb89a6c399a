"""Actors the text does not name, named the ACLED way: generic nouns ("gunmen", "troops"), state
forces told by their country, communal and town militias.
"""
