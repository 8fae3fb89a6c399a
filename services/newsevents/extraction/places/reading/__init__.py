"""Reading the names in the text, before any choice of place.

:mod:`.tokens` and :mod:`.surface` tokenise the text and match the gazetteer's keys (with
:mod:`.words`, the word sets the rules read), :mod:`.names` applies the surface filters and reads
the names found (:mod:`.glued`: a name glued to the next word; :mod:`.runs`: listed runs),
:mod:`.organisations` rejects names inside organisations' names, :mod:`.qualifiers` reads the
words that qualify each name, :mod:`.located` the province told beside it (and
:mod:`.enclosure` the units chaining after it), :mod:`.mention` makes a mention of a chosen
place and :mod:`.enclosing_units` reads no finer than a region the units told in parentheses
after a place. Imports only :mod:`..shared` and :mod:`..gazetteer`, never :mod:`..choosing`."""
