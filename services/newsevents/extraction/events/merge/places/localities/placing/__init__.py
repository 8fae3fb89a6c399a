"""The passes that place events at localities the gazetteer lacks: while merging
(:mod:`.unknown_places`, a village told bare :mod:`.bare_places`) and after it
(:mod:`.borrowed_places`); the place a quarter lies in when the act's known place is where the
fire came from (:mod:`.firing_posts`), and the first quarter's own evidence (:mod:`.first_told`)."""
