"""Explosions told after a strike, a shelling or a grenade are its blasts: the merging pass
``fold_strike_blasts``.

A report of a strike or a shelling goes on to tell what was seen and heard of it: "Thunderous
explosions rocked the city" after "ballistic missiles and drones struck several locations
across Marib", "with a new explosion heard in the east" after "the air strikes ... were still
going", "The grenade explosion caused panic in the area" after "militants hurled a grenade".
The bare noun reads as a bombing of its own (explosive attack); a monitor codes the strike
once. A bombing told only by "explosion(s)", "blast(s)" or "detonation(s)" (no bomb, device,
mine or bomber named: :data:`_BARE_BLAST`) folds into the nearest earlier air strike, shelling,
grenade or chemical attack when
- it is told at most :data:`_GAP` sentences after that event's last sentence, and not as a new
  incident ("another explosion", "meanwhile", another place or day opening its sentence);
- their days and modalities agree, its own place is the strike's, lies in it or contains it;
- their attackers agree (the same, or one of them unnamed).
The strike keeps its type and takes the blast's sentences, tolls and places. A bomb told by its
device ("a car bomb exploded", "an IED went off") stays a bombing of its own.
"""

from __future__ import annotations

import re

from ......document import Document, sentence_at
from ......ontology import EventTypeName
from .....draft import EventDraft
from .....geography.nesting import place_fits
from .....story_cues import same_day, told_as_new, told_places
from ....folding import fold_into_earlier, take_fields
from ...identity.attackers import attackers_agree

_BARE_BLAST = re.compile(r"^(?:explosions?|blasts?|detonations?)$", re.IGNORECASE)
_STRIKES: frozenset[EventTypeName] = frozenset(
    {"airstrike", "shelling", "grenade", "chemical_attack"}
)
# How many sentences after the strike's last sentence its blasts may be told.
_GAP = 3


def fold_strike_blasts(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each bare explosion folded into the nearest earlier strike it fits, else kept."""
    return fold_into_earlier(drafts, lambda k, draft: _blast_of(doc, k, draft), take_fields)


def _blast_of(doc: Document, strike: EventDraft, blast: EventDraft) -> bool:
    if strike.event_type not in _STRIKES or blast.event_type != "explosive_attack":
        return False
    if not _BARE_BLAST.match(blast.trigger.text):
        return False
    here = blast.sentences[0]
    if not any(0 <= here - s <= _GAP for s in strike.sentences):
        return False
    sentence = sentence_at(doc.sentences, blast.trigger.span)
    if here not in strike.sentences and sentence is not None and told_as_new(doc, sentence, blast):
        return False
    return (
        strike.modality == blast.modality
        and same_day(strike, blast)
        and place_fits(strike.places, told_places(doc, blast))
        and attackers_agree(doc, strike, blast)
    )
