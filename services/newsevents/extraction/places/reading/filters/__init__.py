"""Whether a gazetteer match is a place at all: not glued to a person's name, not part of an
organisation's or unit's name; and the names of a list that lost its commas."""
