"""Places listed together in one sentence: the words that join two places of one list
(:mod:`.list_glue`), the longest list among a sentence's places (:mod:`.longest_list`), the words
around a list that make it no list of the act's places (:mod:`.list_context`), names the
gazetteer lacks listed beside a known town (:mod:`.listed_names`), and whether a later sentence
lists places an earlier event never named (:mod:`.new_place_lists`)."""
