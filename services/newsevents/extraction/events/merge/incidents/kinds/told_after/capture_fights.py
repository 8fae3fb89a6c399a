"""The fight a capture's own sentence tells it was won in is the capture: the merging pass
``fold_capture_fights`` (fifty-second round, fold72).

A report of a capture tells the campaign it took in the same clause, after the capture: "Kurdish
units took Tal Safi at dawn as a wide offensive pressed on", "the army retook the Umm Sawan
heights, inflicting big losses on the militants". The campaign's word reads as an armed clash
of its own; a monitor codes the capture once, as the territory type (a sub-event of battles).
A clash told only by such a word (:data:`_FIGHT_WORD`: offensive, inflicting losses) folds
into the capture (territory taken or regained) whose act word stands before it in the same
sentence when
- it is told on the same day, by the same sides (or one of them unnamed, or the sides read
  the other way round), with the same modality;
- its own place is the capture's, lies in it or contains it, or it names none;
- the two words stand at most :data:`_REACH` characters apart (one clause: a caption run on
  into the next sentence tells the fight apart), and no word between them tells another act
  or the fight before the capture ("while", "meanwhile", "elsewhere", "also", "another",
  "after", a semicolon).
A fight told before the capture or as its cause ("seized the village after clashes with the
army", "The army's offensive led to the recapture of X") stays two events, as earlier rounds
code them (clash60, clash67, lead70), and so does one told by its own word ("clashes",
"fighting", "battles").
The capture keeps its type and takes the fight's sentences, tolls and places. A fight told in a
sentence of its own ("The push began a fortnight ago") stays an event of its own, as
does a fight named by a weapon or a toll ("shelled", "killed 20 fighters").
"""

from __future__ import annotations

import re

from ......document import Document, sentence_at
from ......ontology import EventTypeName
from .....draft import EventDraft
from .....geography.nesting import place_fits
from .....story_cues import same_day, told_places
from ....folding import take_fields
from ...identity.attackers import attackers_agree

_CAPTURES: frozenset[EventTypeName] = frozenset({"territory_taken", "territory_regained"})
_FIGHTS: frozenset[EventTypeName] = frozenset({"armed_clash", "mob_violence"})
# A battle told by a word any battle fits.
_FIGHT_WORD = re.compile(
    r"^(?:(?:large-scale |wide |major |broad )?offensives?|"
    r"inflict(?:ing|ed)? (?:heavy |big |great |severe )?(?:losses|casualties)(?: (?:up)?on)?)$",
    re.IGNORECASE,
)

# Words between the two acts that tell another act beside the capture: "captured the town,
# while clashes went on in the city", "took the hill; elsewhere, fighting raged", "took the
# town, before the other side launched an offensive", "as the other side mounted an offensive"
# (not "as part of an offensive": the capture's manner).
_APART = re.compile(
    r"\b(?:while|whereas|meanwhile|but|also|elsewhere|separate|another|other|after|before|"
    r"then|later|subsequently|as(?!\s+part\b))\b|;",
    re.IGNORECASE,
)

# How far apart (in characters) the two words may stand: one clause ("retook the wells east of
# the town during a broad offensive"), not a caption the sentence splitter ran on into.
_REACH = 100


def fold_capture_fights(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each bare fight folded into the one capture of its own sentence it fits, else kept."""
    folded: set[int] = set()
    for fight in drafts:
        if fight.event_type not in _FIGHTS or not _FIGHT_WORD.match(fight.trigger.text):
            continue
        sentence = sentence_at(doc.sentences, fight.trigger.span)
        if sentence is None:
            continue
        captures = [
            d
            for d in drafts
            if d.event_type in _CAPTURES
            and id(d) not in folded
            and sentence.span.contains(d.trigger.span)
            and _won_in(doc, d, fight)
        ]
        if len(captures) != 1:
            continue
        take_fields(captures[0], fight)
        folded.add(id(fight))
    return [d for d in drafts if id(d) not in folded]


def _won_in(doc: Document, capture: EventDraft, fight: EventDraft) -> bool:
    """Whether the fight, told after the capture in the capture's sentence, is its manner."""
    # the fight told after the capture, as its manner: not "after clashes with the army", nor
    # "the army's offensive led to the recapture of X" (a campaign told as the cause)
    if fight.trigger.span.start < capture.trigger.span.end:
        return False
    between = doc.text[capture.trigger.span.end : fight.trigger.span.start]
    if len(between) > _REACH or _APART.search(between):
        return False
    return (
        capture.modality == fight.modality
        and same_day(capture, fight)
        and attackers_agree(doc, capture, fight)
        and place_fits(capture.places, told_places(doc, fight))
    )
