"""What identifies an act, and whether two tellings in two sentences disagree on it (thirtieth
round, fold50).

Two tellings are one act only when what identifies an act agrees: the place (the same locality,
or one inside the other), the side that acted and the side it hit, and the day. The folding
passes compare the day and the cues of another act (:mod:`.two_acts`); this module compares
the place and the sides, once, for all of them:

- another locality: the later sentence tells its act at a town, quarter or spot that is not
  the earlier's finest place, nor inside it, nor around it ("Regime airstrikes killed 20 in the
  Bab al-Maqam neighbourhood", then "a barrel bomb dropped on the al-Jalloum neighbourhood
  killed one"); a town named like its province ("Aleppo") is no locality to compare; after a
  locality of the gazetteer's, one it lacks is read by its locality word
  (:func:`....geography.names.other_localities.names_another_locality`);
- sides turned: the later strike, shelling or bombing is done by the named armed side the
  earlier act hit: "IS militants killed 20 Ahrar al-Sham fighters in a car bombing", then
  "Ahrar al-Sham detonated a car bomb at an IS headquarters".

A retelling says so, and keeps one act whatever finer place it names: a definite reference
back ("the attack", "the strikes", "Monday's raids", "the toll rose to"), or the same toll or
the same target and victims (:func:`.aboutness.shares_what`). A telling that names the
earlier's place among others ("in Khneifes and Jubb al-Jarrah") retells it, wider.

:func:`another_act` is asked through :func:`.two_acts.told_as_two` by every pass that folds a
later sentence's act into an earlier one: ``merge_repeats``, ``fold_elaborations``,
``merge_occurrences``, ``fold_into_lead`` and ``fold_consequences``.
"""

from __future__ import annotations

import re

from .....document import ARMED_KINDS, LOCAL_PRECISIONS, Document, PlaceMention
from .....ontology import EventTypeName, is_violent
from ....draft import EventDraft
from ....geography.names.bare_names import names_a_bare_place_anew
from ....geography.names.localities import town_keys
from ....geography.names.other_localities import names_another_locality
from ....geography.nesting import nested_either
from ....geography.precision import PRECISION_RANK, named_like_its_province
from ....geography.spellings import same_spot, spelling_key
from ....link.place_roles import is_firing_post
from ....story_cues import REFERS_BACK
from ..aboutness import about, shared_about, shares_what
from ..story.lead import around_the_lead_town
from .attackers import side_of


def another_act(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether ``later``, told in a sentence of its own, names another place or turned sides
    than ``earlier`` and does not tell itself a retelling of it."""
    index = later.sentences[0]
    if index in earlier.sentences:
        return False
    if not (
        at_another_place(doc, earlier, later)
        or sides_turned(earlier, later)
        or own_toll_at_a_town(doc, earlier, later)
    ):
        return False
    return not retold(doc, earlier, later)


def own_toll_at_a_town(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later act, after one told at no town (a province, a region, "a town in
    Idlib province"), is told at a village or town its sentence names and the earlier's do
    not, with a toll of its own and a target of its own, both unlike the earlier's: "jets
    struck a fuel market in a town in Idlib province killing 18", then "An airstrike hit a
    field hospital in the town of Ahsem killing three" (fortieth round, fold60). A smaller
    toll at a town of the lead's area with no target of its own is as often the lead's part
    ("Shelling on Eastern Ghouta killed 10", then "Seven were killed in shelling in Douma").
    The town may be one the gazetteer lacks, told by its word of settlement ("in Abu Dali
    village")."""
    anchors = _finest(earlier.places)
    if anchors and anchors[0].precision in LOCAL_PRECISIONS:
        return False  # an act told at a town: :func:`at_another_place` compares the towns
    towns = _towns_told(doc, later)
    if not towns or towns & frozenset().union(*(_towns_in(doc, i) for i in earlier.sentences)):
        return False
    first, second = about(doc, earlier), about(doc, later)
    # a village struck is where, not what ("raids on two villages killed six": a summary)
    here, there = first.targets - _PLACES_HIT, second.targets - _PLACES_HIT
    return shared_about(first, second).tolls_differ and bool(here and there) and not here & there


_PLACES_HIT = frozenset({"village"})


def _towns_told(doc: Document, draft: EventDraft) -> frozenset[str]:
    """The spelling keys of the villages and towns the draft's first sentence tells it at: its
    own towns (:func:`own_localities`) and those told by a word of settlement."""
    own = {spelling_key(p.name) for p in own_localities(doc, draft) if p.precision == "town"}
    return frozenset(own) | town_keys(doc.sentences[draft.sentences[0]].text)


def _towns_in(doc: Document, index: int) -> frozenset[str]:
    """The spelling keys of the villages and towns sentence ``index`` names."""
    sentence = doc.sentences[index]
    known = {spelling_key(p.name) for p in doc.in_sentence(doc.places, sentence)}
    return frozenset(known) | town_keys(sentence.text)


def retold(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether ``later``'s sentence refers back to the act ("the attack", "the toll rose") or
    shares its toll, or its target and victims."""
    sentence = doc.sentences[later.sentences[0]]
    if REFERS_BACK.search(sentence.text) or _OPERATIONS_BACK.search(sentence.text):
        return True
    return shares_what(about(doc, earlier), about(doc, later))


# "The operations resulted in destroying ...": the plural of "the operation" refers back too.
_OPERATIONS_BACK = re.compile(r"\b(?:the|these|those)\s+operations\b", re.IGNORECASE)


def at_another_place(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later act's sentence tells it at a locality that is none of the earlier's
    finest places, nor inside or around one (the earlier told at a town or finer)."""
    anchors = _finest(earlier.places)
    if not anchors or anchors[0].precision not in LOCAL_PRECISIONS:
        return False  # the locality words are read by the passes' own tests
    own = own_localities(doc, later)
    if not own:
        # a village told by its word of settlement, or bare ("near Latamneh", fold62)
        index = later.sentences[0]
        return names_another_locality(doc, earlier.sentences, index) or names_a_bare_place_anew(
            doc, earlier.sentences, index
        )
    # "warplanes targeted positions in Khneifes and Jubb al-Jarrah" after the strike on Jubb
    # al-Jarrah: a telling that names the earlier's place among others retells it wider.
    if any(_one_inside_other(p, at) for p in own for at in anchors):
        return False
    # "near the city of Kirkuk", then "in Hawija, west of Kirkuk": the site told finer
    return not around_the_lead_town(doc, earlier, later)


def own_localities(doc: Document, draft: EventDraft) -> list[PlaceMention]:
    """The towns and finer places of the draft's first sentence, not where its fire came from
    ("terrorists positioned in Binnish town targeted al-Fouaa"), nor whence someone came, nor
    where a road leads ("on a highway that leads to the town of Taxco")."""
    sentence = doc.sentences[draft.sentences[0]]
    return [
        p
        for p in draft.places
        if sentence.span.contains(p.span)
        and p.precision in LOCAL_PRECISIONS
        and not named_like_its_province(p)
        and not is_firing_post(doc.text, p, draft.trigger)
        and _FROM.search(doc.text, max(0, p.span.start - 30), p.span.start) is None
    ]


# Where someone or something came from or leads to: "displaced families from Idlib", "fired
# from Douma", "the road to the village of X", "a highway that leads to the town of Taxco".
_FROM = re.compile(
    r"\b(?:from|to|towards?)\s+(?:the\s+)?(?:(?:town|village|city|camp)\s+of\s+)?$",
    re.IGNORECASE,
)


def _finest(places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of the most precise rank an event holds: where it happened, not the city or
    province around it (a quarter's strike is not every quarter's of the city). A town named
    like its province ("Aleppo", "Homs") is as often the province told bare ("in Southern
    Aleppo", "Manbij in Northeastern Aleppo"): it is no locality to compare."""
    places = [p for p in places if not named_like_its_province(p)]
    if not places:
        return []
    rank = min(PRECISION_RANK.get(p.precision, 9) for p in places)
    return [p for p in places if PRECISION_RANK.get(p.precision, 9) == rank]


def _one_inside_other(first: PlaceMention, second: PlaceMention) -> bool:
    return first.name == second.name or same_spot(first, second) or nested_either(first, second)


# Acts one side does to another from afar or by a device: a strike, a shelling, a bombing. Told
# by the side an earlier act hit, they are its own act ("Ahrar al-Sham detonated a car bomb at
# an Islamic State headquarters" after "IS militants killed 20 Ahrar al-Sham fighters"); fire
# returned in a clash ("the soldiers fired back") is the clash's and no such act.
_ONE_SIDED: frozenset[EventTypeName] = frozenset(
    {"airstrike", "shelling", "explosive_attack", "suicide_bombing", "chemical_attack"}
)


def sides_turned(earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later strike, shelling or bombing is done by the named armed side the
    earlier violent act hit, the earlier's own agent named and of another side (a side told
    hitting itself is a misread sentence, not a second act)."""
    if later.event_type not in _ONE_SIDED or not is_violent(earlier.event_type):
        return False
    agent, hit, first = later.actor1, earlier.actor2, earlier.actor1
    if agent is None or hit is None or first is None:
        return False
    if agent.generic or hit.generic or first.generic or hit.kind not in ARMED_KINDS:
        return False
    return agent.name == hit.name and side_of(first) != side_of(agent)
