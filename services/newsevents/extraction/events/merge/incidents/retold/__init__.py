"""One incident, one event: a sentence an incident is already told in tells no second incident.

The earlier passes fold each mention into the incident it retells when its words allow it. Some
mentions stay apart although the sentence they come from already belongs to an incident:
- the sentence was taken as the incident's elaboration, by another of its words or by a place
  pass ("The ambush occurred in Otu village" places the lead's attack in Otu, and the ambush
  it names stays an event of its own);
- a second word of the incident's own sentence read as another act ("shot at
  residents and set several houses alight", "a drone strike ... is thought to have killed
  some 40 people": the hedge made the killing a claim, the strike an assertion).

A monitor codes one event per incident: a sentence is evidence of one incident, and each of
its acts of a compatible kind is that incident (:func:`.fold.fold_retold`, before the tolls are
attached, so the toll goes to the kept event). The kinds that fold: the same type; an act told
in words any violence fits ("attack", "killed", :func:`...generic_violence.is_generic`); a
fight read once between armed sides and once between crowds; and what the attack did
(burning, looting, the flight it caused). Kept apart: a copy of an event for another listed
place (the same trigger, :mod:`..places.per_place.listed_places`), another day, other attackers, a
mention told as another ("a separate attack"), and two specific kinds ("clashes" and
"shelling"; an air strike and the fighting it supports), as the gold codes them.

The kept event is the first told; it takes the other's best fields (:func:`.fold.keep_best`).

The pass (:mod:`.fold`) reads each mention three ways, each a module: an act told in a clause of
setting after another (:mod:`.setting`), a second act read in the incident's own sentence
(:mod:`.same_sentence`), an act named back by a definite noun in a later sentence
(:mod:`.named_back`, with the places and day its sentence tells, :mod:`.slots`). The kinds that
fold are :mod:`.kinds`.
"""
