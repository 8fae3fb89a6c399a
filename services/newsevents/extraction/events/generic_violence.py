"""Violence told in words any violent act fits ("attack", "raids", "killed", "fired at"),
which only retell a specific act near them.
"""

from __future__ import annotations

import re

from ..document import ActorMention, Document
from ..ontology import EventTypeName, is_violent
from ..text.numbers import SEVERAL_WORDS
from .draft import EventDraft, tells_a_toll

# Words that name violence without saying which kind: "the attack", "raids", "killed",
# "targeted", "massacre", "fired at" (no weapon named: "a missile fired at Marib" is the
# missile's). An event read from them only retells a specific act near it.
_GENERIC_VIOLENCE = re.compile(
    r"^(?:(?:was|were|been|being|is|are)\s+)?(?:attack|raid|kill|target|massacre|assault|"
    r"hit|struck|strikes?\b|destroy|bodies|dead|died|death|casualt|wounded|injur|violence|"
    r"operation|bomb(?:ed|ing|ardment)|shot|executed|fired (?:at|on|upon|towards?)\b)",
    re.IGNORECASE,
)


def told_in_generic_words(draft: EventDraft) -> bool:
    """Whether the event's trigger is a word any violence fits ("the attack"), whatever type
    its sentence's other words made of it."""
    return _GENERIC_VIOLENCE.match(draft.trigger.text) is not None


# Types a generic word is read as when nothing more specific is said; a specific type (air
# strike, shelling, bombing) replaces them when the occurrence is merged.
_GENERIC_TYPES: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "armed_clash", "mob_violence", "property_destroyed"}
)


def is_generic(draft: EventDraft) -> bool:
    """Whether the event is told only in words any violence fits ("attack", "killed")."""
    return draft.event_type in _GENERIC_TYPES and (
        _GENERIC_VIOLENCE.match(draft.trigger.text) is not None or tells_a_toll(draft.trigger)
    )


# Fire from afar told without its means: "intense bombardment by the regime and Russia killed
# 80 in Aleppo" is read as shelling, and retells "raids by Russian aircraft and regime
# helicopters on Aleppo" as well as an artillery barrage. Not a weapon named ("shells",
# "rockets", "artillery"): those say the means.
_MEANS_UNSAID = re.compile(r"bombard(?:ed|ment|ments|ing)", re.IGNORECASE)
_FIRE_FROM_AFAR: frozenset[EventTypeName] = frozenset({"airstrike", "shelling"})


def means_unsaid(unsaid: EventDraft, told: EventDraft) -> bool:
    """Whether ``unsaid`` is a shelling told only as a bombardment and ``told`` an air strike
    or a shelling: one act from afar, whose means ``told`` says (an air strike's type is kept
    when the two are merged, :func:`.merge.folding.absorb`)."""
    return (
        unsaid.event_type == "shelling"
        and told.event_type in _FIRE_FROM_AFAR
        and _MEANS_UNSAID.fullmatch(unsaid.trigger.text) is not None
    )


# A ground fight told by its own word ("clashes", "fighting", "battles") and fire from afar
# (an air strike, a shelling) told beside it are two acts, which monitors code apart: "70
# militants were killed in clashes with the army" and "the air force carried out 39 sorties to
# support the troops" (forty-seventh round, clash67). The fight's dead are not the strikes'
# (:mod:`.merge.outcomes.tolls`), nor is the fight folded into a strike told beside it
# (``output/tolls/toll_folds.py``). A fight told in generic words ("the army killed 70") may be
# retold by its means.
_FIGHT_WORD = re.compile(
    r"\b(?:clash|fight|fought|battl|combat|confront|skirmish|gun-?fight|gun-?battle)",
    re.IGNORECASE,
)
_STRUCK_FROM_AFAR: frozenset[str] = frozenset({"airstrike", "shelling"})


def fight_and_fire(fight: str, trigger: str, other: str) -> bool:
    """Whether an event of type ``fight`` told by ``trigger`` is a ground fight told by its own
    word and ``other`` fire from afar: two acts."""
    return (
        fight == "armed_clash"
        and other in _STRUCK_FROM_AFAR
        and _FIGHT_WORD.search(trigger) is not None
    )


def is_violent_act(draft: EventDraft) -> bool:
    return is_violent(draft.event_type) or draft.event_type in _GENERIC_TYPES


# Acts done from afar: shells, rockets and missiles, aircraft and drones, planted or thrown
# devices. A killing its own sentence tells done at hand (shot, by a sniper or gunmen,
# stabbed, beheaded) is not one of them told again.
_FROM_AFAR: frozenset[EventTypeName] = frozenset(
    {"shelling", "airstrike", "explosive_attack", "suicide_bombing", "grenade"}
)
_AT_HAND = re.compile(
    r"\b(?:shot|shooting|sniper|snipers|gunm[ae]n|gunfire|bullets?|opened fire|stabb(?:ed|ing)|"
    r"knives|knife|behead(?:ed|ing)?|decapitated|hacked|machetes?)\b",
    re.IGNORECASE,
)


def told_by_other_means(doc: Document, generic: EventDraft, specific: EventDraft) -> bool:
    """Whether a generic mention's own sentence tells its act done at hand ("gunmen killed an
    official", "was shot dead by a sniper") while the specific act it would retell is done from
    afar (a bombing, shelling or air strike) and told in other sentences: two acts, not one.
    A sentence that also tells an act of the specific type ("gunmen fired mortars") is its own."""
    if specific.event_type not in _FROM_AFAR:
        return False
    index = generic.sentences[0]
    if index in specific.sentences:
        return False
    sentence = doc.sentences[index]
    if _AT_HAND.search(sentence.text) is None:
        return False
    return not any(
        t.event_type == specific.event_type for t in doc.in_sentence(doc.triggers, sentence)
    )


# People told only by their count, no civilian word: "two people", "at least 12 persons". They
# name no side: "two people were killed when gunmen attacked a police post" tells the post's
# dead, as "gunmen attacked a police post, killing two people" does (thirty-seventh round).
_PEOPLE_COUNTED = re.compile(
    r"(?:(?:at least|about|nearly|around|more than|over|some|another)\s+)?"
    rf"(?:\d+|{SEVERAL_WORDS})\s+(?:other\s+)?(?:people|persons|individuals)",
    re.IGNORECASE,
)


def counted_people(actor: ActorMention | None) -> bool:
    """Whether ``actor`` is people told only by their count ("Eight people")."""
    return actor is not None and _PEOPLE_COUNTED.fullmatch(actor.text) is not None
