"""One place told at two levels: a village and the district it lies in, which the gazetteer may
hold as a town of its own ("near Holenjang village in Chandel district", then "in Chandel").

By precision the two are two towns, and :mod:`.same_act` keeps two towns apart. What tells the
reader they are one place is the text: the mention told at the district also names the village,
or the one told at the village also names the district, in its own sentences (or in the sentence
right before, whose place "during the raid" takes up). Then the two mentions' places are
compatible (:func:`named_by_the_other`) and the event they make is placed at the village
(:func:`finer_first`). Forces coming to an act's scene (reinforcements sent, troops arriving)
told at such a district are the act's course too (:func:`told_wider`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ....document import Document, PlaceMention
from ...draft import EventDraft
from ...geography.precision import most_precise_first

# Forces coming to where an act was: reinforcements sent or rushed, troops arriving.
_COMING = re.compile(r"\b(?:reinforc\w*|arriv\w*|rushed)\b", re.IGNORECASE)


def told_wider(
    act: EventDraft, draft: EventDraft, origins: list[PlaceMention]
) -> list[PlaceMention]:
    """A movement's places, or none when it tells forces coming to the act's scene
    (:data:`_COMING`) and its most precise place is one the act's own mentions also name (the
    district a village's ambush was told in: "an IED hit a patrol near Bodli village in Bastar
    ... reinforcement has been sent to the spot", placed at Bastar). Forces "deployed" to
    pursue the attackers are an operation of their own and keep their places."""
    if not origins or not act.places or not _COMING.search(draft.trigger.text):
        return origins
    finest = most_precise_first(origins)[0]
    same = any(p.name == finest.name and p.precision == finest.precision for p in act.places)
    return [] if same else origins


def named_by_the_other(doc: Document, first: EventDraft, second: EventDraft) -> bool:
    """Whether the most precise place of one mention is a place the other's own sentences
    name. The same name at another precision is another place ("Aleppo" the province and the
    city), and a place only borrowed from further off ("a village in Kharkiv region" in a lead,
    given the villages a later paragraph names) is not named by the mention (:func:`_told_by`)."""
    if not first.places or not second.places:
        return False
    a, b = most_precise_first(first.places)[0], most_precise_first(second.places)[0]
    return _told_by(doc, second, a) or _told_by(doc, first, b)


def finer_first(
    doc: Document, target: EventDraft, draft: EventDraft
) -> Callable[[list[PlaceMention]], list[PlaceMention]]:
    """How the event ``target`` and ``draft`` make orders its places: when the target's most
    precise place is the district the draft names beside its own village ("an offensive in
    Hama", then "warplanes struck near Atshanah in eastern Hama"), the draft's village first;
    else as they are. Not a village of another country (a namesake abroad: "Soweto (in
    Nairobi)" read as the Soweto of Gauteng), nor one the draft only takes from the sentence
    before it (the riot "during the raid" after "in the city of Jenin and in the town of
    Qabatiya" names neither)."""
    if not target.places or not draft.places:
        return _as_they_are
    mine, theirs = most_precise_first(target.places)[0], most_precise_first(draft.places)[0]
    if mine.name == theirs.name or mine.country_code != theirs.country_code:
        return _as_they_are
    if (
        _told_by(doc, target, theirs)
        or not _told_by(doc, draft, mine)
        or not _told_by(doc, draft, theirs, before=False)
    ):
        return _as_they_are
    return lambda places: [theirs, *(p for p in places if p is not theirs)]


def _as_they_are(places: list[PlaceMention]) -> list[PlaceMention]:
    return places


def _told_by(doc: Document, draft: EventDraft, place: PlaceMention, *, before: bool = True) -> bool:
    """Whether ``draft`` names ``place`` (name and precision) in its own sentences or (with
    ``before``) in the sentence right before them, whose place "during the raid" takes up."""
    told = set(draft.sentences)
    if before and draft.sentences:
        told |= {min(draft.sentences) - 1} - {-1}
    spans = [doc.sentences[i].span for i in told]
    return any(
        p.name == place.name
        and p.precision == place.precision
        and any(s.contains(p.span) for s in spans)
        for p in draft.places
    )
