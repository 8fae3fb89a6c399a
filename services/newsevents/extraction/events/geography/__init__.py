"""How the places an article names relate, as every event stage reads them: how precise a place
is and an event's places most precise first (:mod:`.precision`), which place lies inside which
(:mod:`.nesting`), which are listed together in one sentence (:mod:`.list_glue`,
:mod:`.longest_list`, :mod:`.new_place_lists`, :mod:`.listed_names`), and the named
localities a sentence mentions whether or not the gazetteer knows them (:mod:`.localities`)."""
