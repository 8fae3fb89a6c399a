"""A rocket or missile told after an air strike, the strike named back or its target named
again, is what the aircraft fired: the merging pass ``fold_strike_munitions`` (thirty-eighth
round, fold58).

A witness tells an air strike by what fell: "Air strikes that hit a school in Idlib province
killed 22 children ... 'One rocket hit the entrance of the school as students were leaving ...
because of the raids', the activist said". The rocket reads as a shelling of its own; a monitor
codes one air strike. A shelling whose sentence tells its fire only by a bare munition ("a
rocket", "two missiles": no launcher, artillery, mortar or shell among its sentence's words of
fire) and names no attacker of its own folds into the nearest earlier air strike when
- its sentence names the strike back by a strike's noun ("the raids", "the air strikes") or
  names the strike's target again ("the school", "the market": :func:`...aboutness.about`);
- it is told at most :data:`_GAP` sentences after one of the strike's sentences, and not as a
  new incident ("another rocket", "meanwhile", a frame);
- their days and modalities agree and its own place is the strike's, lies in it or holds it.
Rockets a side is told firing ("rebels fired rockets at the city") or fired by launchers or
artillery stay a shelling (:mod:`.aircraft_missiles` folds a missile the aircraft are told
firing in its own clause).
"""

from __future__ import annotations

import re

from ......document import Document, Sentence, sentence_at
from .....draft import EventDraft
from .....geography.nesting import place_fits
from .....story_cues import names_back_by, same_day, told_as_new, told_places
from ....folding import fold_into_earlier, take_fields
from ...aboutness import about

# A munition told bare: "rocket", "two missiles" (the trigger's own words).
_MUNITION = re.compile(r"(?:rockets?|missiles?)", re.IGNORECASE)
# A strike's noun told back: "the raids", "the air strikes", "Tuesday's strike".
_STRIKE_NOUN = re.compile(r"(?:air\s?)?(?:strikes?|raids?)", re.IGNORECASE)
# How many sentences after one of the strike's sentences its munition may be told.
_GAP = 4


def fold_strike_munitions(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each bare rocket or missile folded into the nearest earlier air strike it is told of,
    else kept; the strike keeps its type and sides and takes the sentence, tolls and places."""
    if not any(d.event_type == "airstrike" for d in drafts):
        return drafts
    return fold_into_earlier(drafts, lambda k, draft: _munition_of(doc, k, draft), take_fields)


def _munition_of(doc: Document, strike: EventDraft, shelling: EventDraft) -> bool:
    if strike.event_type != "airstrike" or shelling.event_type != "shelling":
        return False
    here = shelling.sentences[0]
    if here in strike.sentences or not any(0 < here - s <= _GAP for s in strike.sentences):
        return False
    sentence = sentence_at(doc.sentences, shelling.trigger.span)
    if sentence is None or not _bare_munition(doc, sentence):
        return False
    if told_as_new(doc, sentence, shelling):
        return False
    agent = shelling.actor1
    if agent is not None and sentence.span.contains(agent.span):
        return False  # "rebels fired rockets at the city": a side's own fire
    named_back = names_back_by(sentence.text, _STRIKE_NOUN)
    if not (named_back or about(doc, strike).targets & about(doc, shelling).targets):
        return False
    return (
        strike.modality == shelling.modality
        and same_day(strike, shelling)
        and place_fits(strike.places, told_places(doc, shelling))
    )


def _bare_munition(doc: Document, sentence: Sentence) -> bool:
    """Whether every word of fire from afar in the shelling's sentence is a bare munition."""
    fire = [t for t in doc.in_sentence(doc.triggers, sentence) if t.event_type == "shelling"]
    return bool(fire) and all(_MUNITION.fullmatch(t.text) for t in fire)
