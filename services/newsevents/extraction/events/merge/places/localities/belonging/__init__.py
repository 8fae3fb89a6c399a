"""Which of the localities its sentences name an event may be placed at
(:mod:`.event_localities`): how they stand in one list with its known town (:mod:`.one_list`,
:mod:`.town_in_list`), and which belong to another act: a bearing's reference point
(:mod:`.bearings`), another province's item (:mod:`.provinces`), a roundup's clause of another
act (:mod:`.other_acts_clauses`)."""
