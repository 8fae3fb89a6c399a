"""Choosing among the candidates of a name: which place it is.

:mod:`.context` gathers what the article talks about (countries, regions, named actors),
:mod:`.choose` runs its named filters (those that read where the article is in
:mod:`.whereabouts`, with :mod:`.nations`: capitals and borders) and keeps the best ranked by
:mod:`.ranking`; :mod:`.told_province` gives a locality the gazetteer lacks the province the
article tells. Reads the matches of :mod:`..reading`; :mod:`..reading` never imports it."""
