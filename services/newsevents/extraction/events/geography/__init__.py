"""How the places an article names relate, as every event stage reads them: how precise a place
is and an event's places most precise first (:mod:`.precision`), which place lies inside which
(:mod:`.nesting`), a lead's city read as its province (:mod:`.city_province`), one place spelled
two ways (:mod:`.spellings`), a roundup's item headed by its province (:mod:`.headings`) and the
shapes of a locality's name (:mod:`.name_shapes`); by stage, the names a sentence tells whether
or not the gazetteer knows them (:mod:`.names`), which are listed together in one sentence
(:mod:`.lists`), and the names an act struck told as a list of their own
(:mod:`.struck_names`)."""
