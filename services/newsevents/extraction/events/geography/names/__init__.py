"""The names of places a sentence tells, whether or not the gazetteer knows them: named
localities ("the village of X", "X neighbourhood", :mod:`.localities`), whether a sentence names
another locality than an event's sentences (:mod:`.other_localities`), a village told bare after
a locative word (:mod:`.bare_names`), and the names of a list that lost its commas
(:mod:`.glued`)."""
