"""Which localities a sentence names that the gazetteer lacks (:mod:`.named_localities`): a
locality noun ("X neighbourhood", "the village of X"), a name a known place right after locates
(:mod:`.framed_names`), a list in a place's position (:mod:`.open_lists`), a roundup's item
fronted by its province (:mod:`.fronted`), a front told by its two ends (:mod:`.axes`); the verbs
of fire and seizure such names are the object of (:mod:`.fire_verbs`), and what is no locality of
the act (:mod:`.locality_checks`)."""
