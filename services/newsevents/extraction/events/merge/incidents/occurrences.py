"""One event per real occurrence: the mentions of one incident across an article become one event.

A news article tells its main incident several times: the headline ("Air Raids Kill 14"), the
lead ("US air strikes near Raqqa killed 14 people"), the body ("the raids", "the strikes"), a
toll update and quotes. Each mention yields a draft; this merging pass folds every draft
into the earlier event it can only be a retelling of, and keeps apart what the text tells as
different: another town, another day, other attackers, another kind of act.

Two drafts are one occurrence when all of these hold:
- the later one is not told as new ("another car bomb", "a second strike");
- their kinds agree: both violent, and of the same type or one of them told in generic words
  ("attack", "raids", "killed", "targeted", "destroying", "fired at") that can name any
  violent act;
- their days agree: not two different explicit dates ("on Tuesday" / "on Sunday"); the page's
  stamp dating a lead is no day of the act (:mod:`.page_day`);
- their places agree: one of them is unplaced, or they share the place, or one lies in the
  other's province and is less precise ("Raqqa province" / "Raqqa city"), or they are one
  place spelled two ways (:mod:`...geography.spellings`); and they name no two different
  localities, known to the gazetteer or not ("al-Midan neighbourhood" / "al-Furqan
  neighbourhood", :mod:`...geography.names.localities`);
- their attackers agree: not two different named actors on the acting side.

The merged event takes the most specific type (an air strike over "attack"), the named actors
over generic ones, the most precise places, the explicit date and every sentence as evidence.
"""

from __future__ import annotations

import re

from ....document import LOCAL_PRECISIONS, Document, PlaceMention
from ....ontology import EventTypeName
from ...draft import (
    EventDraft,
    opens_on_another_day,
    opens_on_another_time,
    told_as_another,
)
from ...generic_violence import is_generic, is_violent_act, means_unsaid, told_by_other_means
from ...geography.names.other_localities import names_another_locality
from ...geography.nesting import in_city
from ...geography.precision import most_precise_first
from ...geography.spellings import same_spot
from ...link.clauses import in_other_clause
from ...link.place_roles import is_firing_post, is_origin
from ...story_cues import REFERS_BACK, also_somewhere_finer, told_as_new
from ..folding import fold_into_earlier, refines
from .identity.attackers import attackers_agree, side_of
from .identity.clause_lists import tells_new_places
from .identity.elsewhere import act_places
from .identity.page_day import absorb_act_day, stamp_agrees
from .identity.replies import tells_a_reply
from .identity.two_acts import told_as_two

# A mention naming no place of its own that tells what "the attackers" did points back at the
# act they were told of ("The attackers took control of the camp", "he said the assailant
# detonated his vest"): the attackers the subject (opening the sentence or its clause), not
# what others did to them ("The officers engaged with the assailants": a fight of its own).
# One naming a place of its own is compared by places (it names a finer spot as often as the
# lead's, thirteenth round).
_ATTACKERS_BACK = re.compile(
    r"(?:^|[“\"]|\b(?:that|said|when|after|and|as|while)\s)\s*"
    r"(?:the|these|those)\s+(?:attackers?|assailants?|gunmen|gunman)\s+(?!(?:who|of|in|and)\b)"
    r"[a-z]",
    re.IGNORECASE,
)


def merge_occurrences(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each draft folded into the nearest earlier event it retells (among the last
    PAIRWISE_WINDOW kept), else kept."""
    return fold_into_earlier(
        drafts,
        lambda k, draft: _same_occurrence(doc, k, draft),
        lambda k, draft: _absorb(doc, k, draft),
    )


def _absorb(doc: Document, target: EventDraft, draft: EventDraft) -> None:
    """``draft`` folded into ``target`` (:func:`.identity.page_day.absorb_act_day`), without
    the places that did not keep them apart: where a speaker spoke, a lone namesake of a
    retelling (:mod:`.identity.elsewhere`), which the merged event must not be placed at."""
    sentence = doc.sentences[draft.sentences[0]]
    refers_back = REFERS_BACK.search(sentence.text) is not None
    places = act_places(doc, draft.places, target.places, refers_back=refers_back)
    # "Opposition spokesman X, speaking in Amman, said the attack killed civilians": a retelling
    # told from elsewhere names its speaker, who bears no arms, not the act's author
    told_elsewhere = len(places) < len(draft.places)
    if (
        told_elsewhere
        and draft.actor1 is not None
        and target.actor1 is not None
        and side_of(draft.actor1) is None
    ):
        draft.actor1 = None
    draft.places = places
    absorb_act_day(doc, target, draft)


def _same_occurrence(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    start = doc.sentences[later.sentences[0]].span.start
    # An act of a sentence the event already tells is not another beside it: in "another
    # airstrike targeted a house", "targeted" is the strike's, told as another than the
    # story's earlier strikes, not than its own.
    own_sentence = later.sentences[0] in earlier.sentences
    # (the cheap tests that fail most pairs first: most pairs of a story's acts are of kinds
    # that never merge; every test reads the drafts only, so the order is no rule's)
    return (
        earlier.modality == later.modality
        and _kinds_agree(doc, earlier, later)
        and (own_sentence or not told_as_another(doc.text, later.trigger, start))
        and not (not own_sentence and opens_on_another_time(doc.text, later.trigger, start))
        and not (not own_sentence and opens_on_another_day(doc, earlier, later))
        and not tells_new_places(doc, earlier, later)
        and not also_somewhere_finer(doc, earlier, later)
        and (days_agree(earlier, later) or stamp_agrees(doc, earlier, later))
        and _where_agrees(doc, earlier, later)
        and attackers_agree(doc, earlier, later)
        # howitzers that "responded with artillery fire" to rockets: the other side's
        # reply, not the act again (:mod:`.replies`)
        and tells_a_reply(doc, earlier) == tells_a_reply(doc, later)
        # asked last: it reads what each telling is about (:mod:`.act_identity`)
        and not told_as_two(doc, earlier, later)
    )


def _kinds_agree(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Violent acts, and an arrest or curfew told again at its place (:func:`_measure_retold`):
    a recruitment drive told twice ("militias recruit ...", "they recruit near the hospital,
    paying ...") is left to the other passes, which keep its details."""
    if _measure_retold(doc, earlier, later):
        return True
    if not (is_violent_act(earlier) and is_violent_act(later)):
        return False
    if earlier.event_type == later.event_type or refines(earlier, later) or refines(later, earlier):
        return True
    if means_unsaid(earlier, later) or means_unsaid(later, earlier):
        return True
    if is_generic(earlier):
        return not told_by_other_means(doc, earlier, later)
    if is_generic(later):
        return not told_by_other_means(doc, later, earlier)
    return False


# What authorities do to people, told again: "Police arrested 12 men in X on Monday. ... The
# arrests followed ...", "A curfew was imposed in X. ... The curfew remained in force".
_MEASURES: frozenset[EventTypeName] = frozenset({"arrest", "movement_restricted"})


def _measure_retold(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """An arrest or a curfew told again at the same town (the first place of both, a town or
    finer: a province is no one spot), unless told as new ("Separately, ..."): the other slots
    (day, attackers, "another") are still compared."""
    if earlier.event_type != later.event_type or earlier.event_type not in _MEASURES:
        return False
    if not earlier.places or not later.places:
        return False
    a, b = earlier.places[0], later.places[0]
    if a.precision not in LOCAL_PRECISIONS or (a.name, a.country_code) != (b.name, b.country_code):
        return False
    sentence = doc.sentences[later.sentences[0]]
    return later.sentences[0] in earlier.sentences or not told_as_new(doc, sentence, later)


def days_agree(earlier: EventDraft, later: EventDraft) -> bool:
    """No two days told apart: either undated, the same day, or either vague."""
    if earlier.date is None or later.date is None:
        return True
    return earlier.date.date == later.date.date or "vague" in (
        earlier.date.precision,
        later.date.precision,
    )


def _places_agree(first: list[PlaceMention], second: list[PlaceMention]) -> bool:
    if not first or not second:
        return True
    a, b = first[0], second[0]
    # one place spelled two ways ("Tariq al-Bab" in the caption, "Tareeq al-Bab" in the body)
    if (a.name == b.name and a.country_code == b.country_code) or same_spot(a, b):
        return True
    if a.country_code != b.country_code:
        return False
    # A town and its province, or a province named twice: "Raqqa" (city) in "Raqqa province".
    coarse, fine = sorted((a, b), key=_coarseness, reverse=True)
    if coarse.precision in ("admin1", "region"):
        return fine.province is not None and fine.province == coarse.province
    # A city and a quarter of it: "an explosion in Qala-e-Bakhtiar" after "a bombing in Kabul".
    if coarse.precision == "town" and fine.precision in ("neighbourhood", "point"):
        return in_city(fine, coarse)
    return coarse.precision == "country"


def _where_agrees(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """A mention that names its own place must name the event's (or its province); one that
    names none retells the event only when it says so ("the raids", "the toll rose") or only
    tells a toll or a generic act, or shares its sentence: "Rockets fell on al-Mogambo" (a
    neighbourhood the gazetteer lacks) is another occurrence, not the lead's again."""
    # "Warplanes struck Kafr Wardeh, killing nine civilians there": a generic act told in the
    # same sentence as a specific one is that act, wherever each was placed.
    # Not an act of another clause of a roundup ("bandits killed two farmers in Zamfara, while
    # in Katsina gunmen abducted 20 people", :mod:`...link.clauses`).
    if (
        later.sentences[0] in earlier.sentences
        and (is_generic(later) or is_generic(earlier))
        and not in_other_clause(doc, earlier.trigger, later.trigger.span)
    ):
        return True
    sentence = doc.sentences[later.sentences[0]]
    refers_back = REFERS_BACK.search(sentence.text) is not None
    own = _own_places(doc, later)
    # "France called for an emergency meeting about Tuesday's suspected attack": a retelling's
    # country that answers the act names who reacts, not where the act was.
    if refers_back and own and all(_reacts(doc, place) for place in own):
        own = []
    # "condemned the attack at a news conference in Ankara": where someone spoke; "a witness
    # named Ahmad was wounded in the blast": a namesake alone in a province the story is not in
    # (:mod:`.identity.elsewhere`). Neither says where the retold act was.
    own = act_places(doc, own, earlier.places, refers_back=refers_back)
    # "The attack occurred in the Barwaqo neighbourhood": the definite retelling says where
    # the same attack took place, more precisely, within the event's province.
    if refers_back and _same_province(earlier.places, own):
        return True
    if names_another_locality(doc, earlier.sentences, later.sentences[0]):
        return False
    if own:
        return _places_agree(earlier.places, own)
    return (
        later.sentences[0] in earlier.sentences
        or is_generic(later)
        or refers_back
        or _ATTACKERS_BACK.search(sentence.text) is not None
        or _retold_next(earlier, later)
    )


# How many sentences after an event an unplaced mention of the same act may retell it.
_RETELLING_GAP = 2


def _retold_next(earlier: EventDraft, later: EventDraft) -> bool:
    """ "Blast kills imam in a Damascus mosque." then "An explosive device planted inside the
    mosque went off on Friday": the same kind of act told again right after, naming no place
    of its own, is the same act (another one is told as such: "another device")."""
    return (
        earlier.event_type == later.event_type
        and 0 < later.sentences[0] - max(earlier.sentences) <= _RETELLING_GAP
    )


def _same_province(first: list[PlaceMention], second: list[PlaceMention]) -> bool:
    """No named place, or the first places of both lie in one province of one country."""
    if not first or not second:
        return True
    a, b = first[0], second[0]
    return a.country_code == b.country_code and a.province is not None and a.province == b.province


def _own_places(doc: Document, draft: EventDraft) -> list[PlaceMention]:
    """The places named in the sentence the draft was read from (not carried over), but for
    a name that speaks: "Cuenca said the troops recovered rifles from the encounter site" (a
    captain's surname, a town abroad in the gazetteer) names who said it, not where; and for
    where the fire came from: "terrorists positioned in Binnish town targeted al-Fouaa with
    rocket shells" retells the shelling of al-Fouaa, not one at Binnish."""
    sentence = doc.sentences[draft.sentences[0]]
    return most_precise_first(
        [
            p
            for p in doc.in_sentence(doc.places, sentence)
            if p.precision != "supranational"
            and not _speaks(doc, p)
            and not _agent(doc, p)
            and not _origin(doc, p)
            and not is_firing_post(doc.text, p, draft.trigger)
        ]
    )


# A verb of saying right after a name: the name is a speaker's ("Cuenca said"). Not after more
# capitalised words: "Damascus Police Command said" names the body that speaks for the town
# where the act took place (FA-KES tune lost two roundup items to it).
_SPEAKS = re.compile(r"\s+(?:said|says|told|added|stated|explained|claimed)\b")


# A country after "by" in a passive act: "airstrikes launched by Russia and the regime", "an
# attack carried out by Turkey" name who struck, not where.
_BY_AGENT = re.compile(
    r"\b(?:launched|carried\s+out|conducted|waged|staged|fired|dropped)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _agent(doc: Document, place: PlaceMention) -> bool:
    """A country told as the agent of a passive act ("launched by Russia")."""
    start = max(0, place.span.start - 40)
    return (
        place.precision == "country"
        and _BY_AGENT.search(doc.text, start, place.span.start) is not None
    )


# Where someone or something came from: "an activist who is from Deir el-Zour also reported
# the killing", "displaced families from Idlib", "rockets fired from Douma". The act of the
# sentence is not there.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _origin(doc: Document, place: PlaceMention) -> bool:
    """ "from Douma", and "from the nearby town of Kafr Zita" (:func:`is_origin`; thirty-eighth
    round, several58: "The rebels attacked the positions from the nearby town of X" retells the
    attack on the positions, not one at X)."""
    start = max(0, place.span.start - 12)
    return _FROM.search(doc.text, start, place.span.start) is not None or is_origin(doc.text, place)


def _speaks(doc: Document, place: PlaceMention) -> bool:
    """A town's name that says something is a person's: a country or province that "said"
    stands for its government, and still names the side of the border it speaks of ("Hezbollah
    and Israel said they had exchanged fire")."""
    return (
        place.precision in LOCAL_PRECISIONS and _SPEAKS.match(doc.text, place.span.end) is not None
    )


# A country that answers an act: its name, then (an adverb or an auxiliary and) a verb of
# calling, condemning, blaming or sending ("France also called for", "Turkey dispatched").
_REACTS = re.compile(
    r"\s+(?:(?:also|has|have|had|will|would|later|quickly|immediately)\s+){0,2}"
    r"(?:call(?:ed|s)?|condemn(?:ed|s)?|denounc(?:ed|es)|urg(?:ed|es)|demand(?:ed|s)?|"
    r"blam(?:ed|es)|accus(?:ed|es)|warn(?:ed|s)?|den(?:ied|ies)|reject(?:ed|s)?|"
    r"request(?:ed|s)?|dispatch(?:ed|es)|sent|sends|deplor(?:ed|es)|vow(?:ed|s)?)\b",
    re.IGNORECASE,
)


def _reacts(doc: Document, place: PlaceMention) -> bool:
    """A country told as the subject of a reaction ("France called for", "Turkey dispatched
    ambulances"), not as a place ("the attack in Turkey")."""
    return place.precision == "country" and _REACTS.match(doc.text, place.span.end) is not None


def _coarseness(place: PlaceMention) -> int:
    order = ("point", "neighbourhood", "town", "region", "admin1", "country", "supranational")
    return order.index(place.precision) if place.precision in order else 0
