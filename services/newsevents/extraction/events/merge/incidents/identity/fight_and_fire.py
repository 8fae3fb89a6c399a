"""A fight and fire from afar told beside it are two acts when the fire is told as new or at a
place of its own (thirty-eighth round, fold58).

War reports tell the ground fighting and the strikes or shelling of the day in one paragraph:
"Clashes continued between regime forces and rebels around eastern Aleppo. Aerial bombardments
were focused on Ferdous and areas of Der Hafir", "the army clashed with the terrorists in
al-Hamdaniya ... Also the artillery units pounded the terrorists deployed in the western parts
of Ramousiyeh". A monitor codes the fight and each strike or shelling apart (an air strike or a
shelling is coded by its means, a battle by its sides). Folded as the fight's elaboration, the
strike was lost. A fire told right after the fight at none of its places and as no new act
("Warplanes backed the advance") may still be how the fight went: measured in the thirty-sixth
round, keeping every such pair apart lost as many events as it found.
"""

from __future__ import annotations

from .....document import Document
from .....ontology import EventTypeName
from ....draft import EventDraft
from ....link.place_roles import is_firing_post
from ....story_cues import told_as_new
from ..aboutness import about, shares_what

_FIGHT: frozenset[EventTypeName] = frozenset({"armed_clash"})
_FIRE: frozenset[EventTypeName] = frozenset({"airstrike", "shelling"})
# Places finer than a province: where a strike or a fight was, not the war's province.
_SITES = frozenset({"point", "neighbourhood", "town", "region"})


def fire_beside_the_fight(doc: Document, opener: EventDraft, later: EventDraft) -> bool:
    """Whether one of the two is a fight and the other a strike or shelling, and the later one's
    sentence tells it as new ("also", "meanwhile", "later", a frame) or names a place the
    opener's sentences do not, sharing no toll (nor target and victims) with the opener."""
    kinds = {opener.event_type, later.event_type}
    if not (kinds & _FIGHT and kinds & _FIRE):
        return False
    index = later.sentences[0]
    if index in opener.sentences:
        return False
    sentence = doc.sentences[index]
    apart = told_as_new(doc, sentence, later) or _place_of_its_own(doc, opener, later)
    return apart and not shares_what(about(doc, opener), about(doc, later))


def _place_of_its_own(doc: Document, opener: EventDraft, later: EventDraft) -> bool:
    """Whether the later sentence names a site (a town, quarter, spot or district; not where
    the fire came from) that none of the opener's sentences names."""
    sentence = doc.sentences[later.sentences[0]]
    told = " ".join(doc.sentences[i].text for i in opener.sentences)
    names = {p.name for p in opener.places}
    return any(
        p.precision in _SITES
        and p.name not in names
        and p.text not in told
        and not is_firing_post(doc.text, p, later.trigger)
        for p in doc.in_sentence(doc.places, sentence)
    )
