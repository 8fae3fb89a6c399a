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
- their days agree: not two different explicit dates ("on Tuesday" / "on Sunday");
- their places agree: one of them is unplaced, or they share the place, or one lies in the
  other's province and is less precise ("Raqqa province" / "Raqqa city"); and they name no two
  different localities, known to the gazetteer or not ("al-Midan neighbourhood" / "al-Furqan
  neighbourhood", :mod:`...localities`);
- their attackers agree: not two different named actors on the acting side.

The merged event takes the most specific type (an air strike over "attack"), the named actors
over generic ones, the most precise places, the explicit date and every sentence as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ....document import LOCAL_PRECISIONS, ActorMention, Document, PlaceMention
from ....ontology import EventTypeName, is_violent
from ...draft import (
    EventDraft,
    better_date,
    opens_on_another_time,
    other_side,
    tells_a_toll,
    told_as_another,
)
from ...generic_violence import is_generic, is_violent_act, told_by_other_means
from ...localities import names_another_locality
from ...place_lists import lists_new_places
from ...place_nesting import in_city
from ...precision import most_precise_first
from ...story_cues import REFERS_BACK, also_somewhere_finer, told_as_new
from ..folding import fold_into_earlier

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


# A type and the more specific type it can turn out to be: "a blast" that "a suicide bomber"
# set off is one suicide bombing.
_REFINED: dict[EventTypeName, EventTypeName] = {"explosive_attack": "suicide_bombing"}


def merge_occurrences(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each draft folded into the nearest earlier event it retells (among the last
    PAIRWISE_WINDOW kept), else kept."""
    return fold_into_earlier(drafts, lambda k, draft: _same_occurrence(doc, k, draft), absorb)


def _same_occurrence(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    start = doc.sentences[later.sentences[0]].span.start
    # An act of a sentence the event already tells is not another beside it: in "another
    # airstrike targeted a house", "targeted" is the strike's, told as another than the
    # story's earlier strikes, not than its own.
    own_sentence = later.sentences[0] in earlier.sentences
    return (
        (own_sentence or not told_as_another(doc.text, later.trigger, start))
        and not (not own_sentence and opens_on_another_time(doc.text, later.trigger, start))
        and not lists_new_places(doc, earlier, later)
        and not also_somewhere_finer(doc, earlier, later)
        and earlier.modality == later.modality
        and _kinds_agree(doc, earlier, later)
        and days_agree(earlier, later)
        and _where_agrees(doc, earlier, later)
        and attackers_agree(doc, earlier, later)
    )


def _kinds_agree(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Violent acts, and an arrest or curfew told again at its place (:func:`_measure_retold`):
    a recruitment drive told twice ("militias recruit ...", "they recruit near the hospital,
    paying ...") is left to the other passes, which keep its details."""
    if _measure_retold(doc, earlier, later):
        return True
    if not (is_violent_act(earlier) and is_violent_act(later)):
        return False
    if (
        earlier.event_type == later.event_type
        or _refines(earlier, later)
        or _refines(later, earlier)
    ):
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


def _refines(specific: EventDraft, general: EventDraft) -> bool:
    return _REFINED.get(general.event_type) == specific.event_type


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
    if a.name == b.name and a.country_code == b.country_code:
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
    if later.sentences[0] in earlier.sentences and (is_generic(later) or is_generic(earlier)):
        return True
    sentence = doc.sentences[later.sentences[0]]
    refers_back = REFERS_BACK.search(sentence.text) is not None
    own = _own_places(doc, later)
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
    captain's surname, a town abroad in the gazetteer) names who said it, not where."""
    sentence = doc.sentences[draft.sentences[0]]
    return most_precise_first(
        [
            p
            for p in doc.in_sentence(doc.places, sentence)
            if p.precision != "supranational" and not _speaks(doc, p)
        ]
    )


# A verb of saying right after a name: the name is a speaker's ("Cuenca said"). Not after more
# capitalised words: "Damascus Police Command said" names the body that speaks for the town
# where the act took place (FA-KES tune lost two roundup items to it).
_SPEAKS = re.compile(r"\s+(?:said|says|told|added|stated|explained|claimed)\b")


def _speaks(doc: Document, place: PlaceMention) -> bool:
    """A town's name that says something is a person's: a country or province that "said"
    stands for its government, and still names the side of the border it speaks of ("Hezbollah
    and Israel said they had exchanged fire")."""
    return (
        place.precision in LOCAL_PRECISIONS and _SPEAKS.match(doc.text, place.span.end) is not None
    )


def _coarseness(place: PlaceMention) -> int:
    order = ("point", "neighbourhood", "town", "region", "admin1", "country", "supranational")
    return order.index(place.precision) if place.precision in order else 0


def attackers_agree(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    a = earlier.actor1 if names_its_attacker(doc, earlier) else None
    b = later.actor1 if names_its_attacker(doc, later) else None
    if a is None or b is None or a.generic or b.generic or a.name == b.name:
        return True
    # Two names of one side: a state's government, forces and leader ("Government of Syria",
    # "Military Forces of Syria", "Bashar al-Assad"); a person or body that bears no arms
    # (a monitor's director read as the subject) names no other attacker.
    side_a, side_b = side_of(a), side_of(b)
    if side_a is None or side_b is None or side_a == side_b:
        return True
    # Roles read the other way round in one of the mentions are the same pair of sides.
    return _same_actor(a, later.actor2) or _same_actor(b, earlier.actor2)


# A toll told in the passive: "a commander was killed", "20 terrorists killed in strikes" (a
# headline drops the auxiliary): an auxiliary before the participle, or no object after it.
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_AUXILIARY_FIRST = re.compile(r"^(?:was|were|been|being|is|are)\s", re.IGNORECASE)
_NO_OBJECT = re.compile(
    r"^\s*(?:in|at|on|near|during|while|when|as|after|amid|and|or|[,.;:]|$)", re.IGNORECASE
)


def names_its_attacker(doc: Document, draft: EventDraft) -> bool:
    """Whether the mention can name who did it: one that tells only who was killed or hurt, in
    the passive with no agent ("Al-Nusra commander killed in Lattakia", "20 fighters were
    killed in air strikes"), names its victims, whoever the roles took for the actor."""
    trigger = draft.trigger
    if not tells_a_toll(trigger):
        return True
    sentence = doc.sentences[draft.sentences[0]]
    before = doc.text[sentence.span.start : trigger.span.start]
    after = doc.text[trigger.span.end : sentence.span.end]
    passive = (
        _AUXILIARY_FIRST.match(trigger.text) is not None
        or _AUXILIARY.search(before) is not None
        or _NO_OBJECT.match(after) is not None
    )
    return not passive


_STATE_KINDS = frozenset({"state_force", "government"})
_ARMED_KINDS = frozenset({"militia", "armed_group"})
_STATE_PREFIXES = ("Government of ", "Military Forces of ", "Police Forces of ")


def side_of(actor: ActorMention) -> str | None:
    """The side an attacker fights on: its state ("state:SY") for a state's bodies and their
    leaders, its name for an armed group, None for anyone else."""
    if actor.kind in _STATE_KINDS and actor.country_code:
        return f"state:{actor.country_code}"
    if actor.kind == "person" and actor.affiliation and actor.country_code:
        if actor.affiliation.startswith(_STATE_PREFIXES):
            return f"state:{actor.country_code}"
        return actor.affiliation
    if actor.kind in _ARMED_KINDS:
        return actor.name
    return None


def _same_actor(actor: ActorMention, other: ActorMention | None) -> bool:
    return other is not None and other.name == actor.name


def absorb(target: EventDraft, draft: EventDraft) -> None:
    """``draft`` retells ``target``: the best-supported of each field, every sentence."""
    # A violent act names the occurrence; the destruction it caused never does.
    specific = not is_generic(draft) and is_violent(draft.event_type)
    # A violent act over what is no violence ("destroying homes"): the attack names the event.
    violence = is_violent(draft.event_type) and not is_violent(target.event_type)
    if (is_generic(target) and specific) or _refines(draft, target) or violence:
        target.named_as(draft)
    take_fields(target, draft)


# Which of two actors an event keeps when it takes another telling's fields.
ActorChoice = Callable[[ActorMention | None, ActorMention | None], ActorMention | None]


def keep_own(kept: ActorMention | None, _told: ActorMention | None) -> ActorMention | None:
    """The kept event's own actor: the other telling changes neither side."""
    return kept


def take_fields(
    target: EventDraft,
    draft: EventDraft,
    *,
    places: list[PlaceMention] | None = None,
    actors: ActorChoice | None = None,
) -> None:
    """``target`` takes what ``draft`` tells of it besides its type: every sentence and toll,
    the places it lacks (of ``places`` when given, else of ``draft``; most precise first), the
    better date, each actor as ``actors`` chooses (:func:`_better` by default; :func:`keep_own`
    keeps the target's own), and a source when it had none or only a group's."""
    target.add_sentences(draft)
    target.add_quantities(draft)
    more = draft.places if places is None else places
    target.places = most_precise_first(target.places + [p for p in more if p not in target.places])
    target.date = better_date(target.date, draft.date)
    choose = actors or _better
    actor1 = choose(target.actor1, draft.actor1)
    # The side the event tells hit does not become its agent from another telling: "Gunmen
    # opened fire on an army checkpoint ... the soldiers shot back" keeps the gunmen.
    hit = target.actor2
    if actor1 is target.actor1 or hit is None or actor1 is None or actor1.name != hit.name:
        target.actor1 = actor1
    target.actor1, target.actor2 = other_side(
        target.actor1, target.actor2, choose(target.actor2, draft.actor2), draft
    )
    if target.source is None or target.source.kind == "group":
        target.source = draft.source or target.source


def _better(kept: ActorMention | None, new: ActorMention | None) -> ActorMention | None:
    """A named actor over a generic one ("US forces" over "gunmen"), else the first told. A
    generic actor backed by the named one stays: "IRGC-aligned militias" acted, with the IRGC
    as their patron, where a summary says "the IRGC and its militias"."""
    if kept is None or (
        kept.generic and new is not None and not new.generic and new.name != kept.affiliation
    ):
        return new or kept
    return kept
