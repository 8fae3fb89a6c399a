"""Actors the text names by their own words: acronyms it defines, short forms of a name told
before, named units, people and the patrons told with a group.
"""
