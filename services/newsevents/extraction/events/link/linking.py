"""Argument linking: from triggers and mentions to events.

One candidate event per (sentence, event type), or per (clause, event type) in a roundup's
sentence of clauses that each tell an act (:mod:`.clauses`). Its arguments come from the same
sentence:
- actor1 is the agent: the "by X" of a passive after the trigger, else the first actor before
  the trigger that is not the source or a patron named inside another actor's phrase; a sentence
  that names no agent ("They are paying ...", "the elements") continues the previous event's;
- actor2 is the first other actor after the trigger;
- locations are the places of the trigger's clause (:mod:`.where`), most precise first;
  a sentence with none continues the previous event's ("in the area");
- time is the sentence's date of the act, not of its report nor a dateline's (:mod:`.when`),
  else the publication date with precision ``vague``;
- quantities are the sentence's; a roundup's sentence of clauses that each tell an act
  (", while in Idlib warplanes hit ...") gives each act its own clause's places and counts
  (:mod:`.clauses`).
Each draft then gets its temporal status (:mod:`.status`). The stages after this one (merging,
background) are run by :mod:`..stages`.
"""

from __future__ import annotations

import re

from ...document import (
    ActorMention,
    Document,
    PlaceMention,
    Sentence,
    SourceMention,
    Trigger,
)
from ...ontology import EventTypeName
from ..crowds import CROWD_TYPES
from ..detect.refine.means.arms import is_weapon_word
from ..detect.refusals.grievances import inside_the_grievance
from ..detect.sides.parties import PROTESTERS_OR_CROWD
from ..draft import CONTINUATION, EventDraft, tells_a_killing, tells_a_toll
from ..story_cues import OPENS_APART
from .clauses import clause_of
from .linked_type import linked_type
from .sides.defence import told_defending
from .sides.hit import is_hit
from .sides.phrases import backs_a_side
from .sides.roles import ANSWERED, told_actors, told_before_an_answered_act
from .sides.telling import speaks
from .temporal.status import temporal_status
from .when import event_dates
from .where import earlier_places, event_places, origin_places

__all__ = ["EventDraft", "link_drafts"]

# Types that make a weaker one in the same sentence redundant ("transferred into training
# camps" is training, not also a deployment).
_SUBSUMES: dict[EventTypeName, frozenset[EventTypeName]] = {
    "training": frozenset({"deployment", "presence"}),
    "base_established": frozenset({"deployment", "presence"}),
    "relocation": frozenset({"deployment"}),
    "arms_transfer": frozenset({"deployment"}),
    "deployment": frozenset({"presence"}),
    "recruitment": frozenset({"presence"}),
    # A bomb defused or a drone shot down was not used: no explosion event beside it.
    "weapons_disrupted": frozenset({"explosive_attack", "grenade", "shelling", "airstrike"}),
}
_SMALL_ARMS = re.compile(
    r"small arms|shots|bursts? of fire|machine ?guns?|exchange|exchanging|gun ?(?:fight|battle)|"
    r"firefight|shoot-?out|positions",
    re.IGNORECASE,
)
# A device told gone off on its own users ("exploded prematurely", "the mines they were laying
# blew up", "their own explosives"): the disrupted-weapons wordings of data/triggers.tsv.
_OWN_DEVICE = re.compile(
    r"prematurely|\b(?:was|were|had been) (?:carrying|planting|assembling|making|preparing|"
    r"handling|fixing|building|transporting|laying|burying|placing|manufacturing|fitting|"
    r"rigging)\b|\bown\b",
    re.IGNORECASE,
)
_BARE_BLAST = re.compile(r"explosions?|blasts?", re.IGNORECASE)
_STORE = re.compile(r"\b(?:caches?|depots?|dumps?|stores?|warehouses?|arsenals?)\b", re.IGNORECASE)
_NON_AGENT_KINDS = frozenset({"monitor", "media"})
# A crowd that names itself is its event's agent: "Protesters gathered in Beirut" after "Turkish
# drones struck Qamishli" does not take the drones as its actor.
_OWN_CROWD = re.compile(rf"\b(?:{PROTESTERS_OR_CROWD.pattern})\b", re.IGNORECASE)


def link_drafts(doc: Document) -> list[EventDraft]:
    """One draft per (sentence, event type), with its arguments and temporal status."""
    drafts: list[EventDraft] = []
    previous: EventDraft | None = None
    for sentence in doc.sentences:
        triggers = [
            trigger
            for told in _by_clause(doc, sentence, doc.in_sentence(doc.triggers, sentence))
            for trigger in _strongest_per_type(told)
        ]
        # Arguments carry over from an earlier sentence's event, never from a sibling.
        siblings = [_draft(doc, sentence, trigger, previous) for trigger in triggers]
        drafts.extend(siblings)
        previous = siblings[-1] if siblings else previous
    for draft in drafts:
        draft.temporal_status = temporal_status(doc, draft)
    return drafts


def _by_clause(doc: Document, sentence: Sentence, triggers: list[Trigger]) -> list[list[Trigger]]:
    """The sentence's triggers, one group per clause of a roundup that tells its own act
    (:mod:`.clauses`), else one group: each clause's act is a draft of its own."""
    groups: dict[int, list[Trigger]] = {}
    for trigger in triggers:
        clause = clause_of(doc, sentence, trigger.span) if len(triggers) > 1 else None
        groups.setdefault(clause.start if clause is not None else -1, []).append(trigger)
    return list(groups.values())


def _strongest_per_type(triggers: list[Trigger]) -> list[Trigger]:
    first: dict[EventTypeName, Trigger] = {}
    for trigger in triggers:
        # The act stands for its type rather than the toll: "killed when troops repulsed ..."
        held = first.get(trigger.event_type)
        if (
            held is None
            or (tells_a_toll(held) and not tells_a_toll(trigger))
            # the act told as done stands for a purpose told before it: "launched an operation
            # to free the hostages and freed 12 of them" (review57)
            or (held.modality == "planned" and trigger.modality in ("asserted", "claimed"))
        ):
            first[trigger.event_type] = trigger
    present = set(first)
    redundant = {weak for strong in present for weak in _SUBSUMES.get(strong, frozenset())}
    disrupted = first.get("weapons_disrupted")
    if disrupted is not None and _STORE.search(disrupted.text):
        # A store of arms is what an air strike hits, not a device kept from use: "jets bombed
        # the camp, destroying its ammunition depot" is the air strike (its result folds into
        # it); the rockets or mines a cache holds were not fired ("a cache of mortars found").
        redundant.discard("airstrike")
    clashes = [t for t in triggers if t.event_type == "armed_clash"]
    if disrupted is not None and _OWN_DEVICE.search(disrupted.text):
        # a device gone off on those who carried or planted it: the dead and wounded told
        # beside it are its toll, no fight nor attack ("three fighters were killed when the
        # mines they were laying went off too soon", "a device detonated prematurely, killing
        # two of its carriers"; issue 11, fiftieth round)
        redundant |= {
            kind
            for kind in ("armed_clash", "attack_on_civilians")
            if all(
                tells_a_toll(t) or t.text.lower().startswith("kill")
                for t in triggers
                if t.event_type == kind
            )
        }
    if "weapons_disrupted" in present and all(is_weapon_word(t.text) for t in clashes):
        # weapons seized or defused, rifles and mortar shells among them: no fight
        redundant.add("armed_clash")
    if any(_SMALL_ARMS.search(t.text) for t in clashes):
        # Small arms with heavy weapons is an exchange of fire, coded as a clash, not shelling;
        # and explosions heard in it are not a bomb ("explosions/shots/bursts of fire").
        redundant |= {"shelling", "grenade"}
        blast = first.get("explosive_attack")
        if blast is not None and _BARE_BLAST.fullmatch(blast.text):
            redundant.add("explosive_attack")
    return [t for t in first.values() if t.event_type not in redundant]


def _draft(
    doc: Document, sentence: Sentence, trigger: Trigger, previous: EventDraft | None
) -> EventDraft:
    source = doc.sources.get(sentence.index)
    actors = _participants(doc, sentence, source)
    if trigger.event_type == "protest":  # not a side: the force a peaceful crowd protests
        end = trigger.span.end
        actors = [a for a in actors if not inside_the_grievance(doc.text[end : a.span.start])]
    quantities = doc.in_sentence(doc.quantities, sentence)
    actor1, actor2 = _actors(doc, sentence, trigger, actors, previous)
    clause = clause_of(doc, sentence, trigger.span)
    if clause is not None:
        # a roundup's clause tells its own act: its actors, else the head's agent ("..., while
        # in Idlib warplanes hit Saraqeb" is the regime's too), and its counts, not the other
        # clause's (its places are read in its clause: :func:`.where.event_places`)
        own = [a for a in actors if clause.contains(a.span)]
        head = actor1
        actor1, actor2 = _actors(doc, sentence, trigger, own, previous)
        if actor1 is None and head is not None and head is not actor2 and head.kind != "civilians":
            actor1 = head
        quantities = [q for q in quantities if clause.contains(q.span)]
    dates = event_dates(doc, sentence)
    places = _places(doc, sentence, trigger, previous)
    return EventDraft(
        event_type=linked_type(doc, sentence, trigger, actor1, actor2, places),
        trigger=trigger,
        sentence_span=sentence.span,
        actor1=actor1,
        actor2=actor2,
        places=places,
        date=dates[0] if dates else None,
        quantities=quantities,
        source=source,
        modality=trigger.modality,
        sentences=[sentence.index],
        associates=_associates(doc, actors, actor1, actor2, trigger),
    )


def _participants(
    doc: Document, sentence: Sentence, source: SourceMention | None
) -> list[ActorMention]:
    """The sentence's actors that may take part: not a monitor or the media, not the source
    ("the Syrian Observatory said", "a spokesman, Ali Said, said") and not a patron."""
    return [
        a
        for a in doc.in_sentence(doc.actors, sentence)
        if a.kind not in _NON_AGENT_KINDS
        and not (source is not None and _tells_source(doc.text, a, source))
        and not _is_patron_inside(doc, a, sentence)
        and not (a.kind == "person" and _is_source_name(a, source))
    ]


# Between the source and its apposition: a space or a comma ("the UN children's agency UNICEF
# said", "UNICEF, the UN children's agency, said").
_APPOSITION_GAP = re.compile(r"[\s,]{1,3}")


def _tells_source(text: str, actor: ActorMention, source: SourceMention) -> bool:
    """Whether ``actor`` is the sentence's source: its very words, or the same actor told in
    apposition right beside them ("the UN children's agency UNICEF said" names no victim)."""
    if actor.span.overlaps(source.span):
        return True
    if actor.name != source.name:
        return False
    first, second = sorted((actor.span, source.span), key=lambda s: s.start)
    return _APPOSITION_GAP.fullmatch(text, first.end, second.start) is not None


# A force told stepping in after the act ("an armed gang attacked a truck, police intervened",
# "... before police arrived") is neither its agent nor the one it hit (kenya61).
_STEPS_IN = re.compile(
    r"\s*(?:(?:later|then|soon|quickly|eventually)\s+)?(?:interven(?:e|es|ed|ing)|"
    r"arriv(?:e|es|ed|ing)|rushed\s+to\s+the\s+(?:scene|area))\b",
    re.IGNORECASE,
)


def _actors(
    doc: Document,
    sentence: Sentence,
    trigger: Trigger,
    actors: list[ActorMention],
    previous: EventDraft | None,
) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1 and actor2: as the sentence tells them (:mod:`.roles`), actor1 else carried
    over; an actor2 alone is actor1 unless it is the one hit."""
    actor1, actor2 = (
        None
        if a is not None and (_steps_in_after(doc, trigger, a) or _finds_the_dead(doc, trigger, a))
        else a
        for a in told_actors(doc, trigger, actors, trigger.event_type)
    )
    if not (trigger.event_type in CROWD_TYPES and _OWN_CROWD.search(sentence.text)):
        actor1 = _agent_carried_over(sentence, trigger, actor1, previous)
    if (
        actor1 is None
        and actor2 is not None
        and actor2.kind != "civilians"
        and not is_hit(doc, actor2)
        # (the side told repelling an attack whose attacker goes unnamed stays the one attacked)
        and not told_defending(doc, trigger, actor2)
    ):
        actor1, actor2 = actor2, None
    return actor1, actor2


def _steps_in_after(doc: Document, trigger: Trigger, actor: ActorMention) -> bool:
    """ "An armed gang attacked a truck, police intervened": the force told after the act
    stepping in."""
    return (
        trigger.event_type not in CROWD_TYPES  # (the force a crowd meets is its actor2)
        and actor.span.start > trigger.span.end
        and _STEPS_IN.match(doc.text, actor.span.end) is not None
    )


# Who found the dead told by their bodies: "Police found the bodies of three men", "the bodies
# ... were recovered by soldiers" (forty-second round): neither who killed them nor the hit.
_FINDS = r"(?:found|discovered|recovered|retrieved|exhumed|pulled\s+out)"
_FOUND_AFTER = re.compile(
    rf"\s+(?:(?:later|also|have|has|had|then)\s+)*{_FINDS}\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?$",
    re.IGNORECASE,
)
_FOUND_BY_BEFORE = re.compile(rf"\b{_FINDS}\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_THE_DEAD = re.compile(r"(?:bod(?:y|ies)|corpses?|remains)\b", re.IGNORECASE)


def _finds_the_dead(doc: Document, trigger: Trigger, actor: ActorMention) -> bool:
    """Whether the actor is told finding the dead the trigger names by their bodies."""
    if _THE_DEAD.match(trigger.text) is None:
        return False
    if actor.span.end <= trigger.span.start:
        return _FOUND_AFTER.fullmatch(doc.text, actor.span.end, trigger.span.start) is not None
    before = doc.text[max(0, actor.span.start - 40) : actor.span.start]
    return _FOUND_BY_BEFORE.search(before) is not None


def _agent_carried_over(
    sentence: Sentence,
    trigger: Trigger,
    actor1: ActorMention | None,
    previous: EventDraft | None,
) -> ActorMention | None:
    """A sentence that names no agent, or goes on with a generic one ("They are paying ...",
    "The elements ..."), takes the agent of the event up to two sentences before; not an act
    told by its means in a sentence that opens on another act ("In a separate incident, a
    roadside bomb killed three"), as a toll of dead told there may be ("Elsewhere, another
    child was killed in Harasta": the roundup's shelling)."""
    continues = CONTINUATION.match(sentence.text) is not None
    if ANSWERED.search(sentence.text[: trigger.span.start - sentence.span.start]):
        return actor1  # the act the earlier one answered is the other side's
    if (
        (actor1 is None or (continues and actor1.generic))
        and (_told_dead(sentence, trigger) or OPENS_APART.match(sentence.text) is None)
        and previous is not None
        and previous.actor1 is not None
        and sentence.index - previous.sentences[-1] <= 2
    ):
        return previous.actor1
    return actor1


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)


def _told_dead(sentence: Sentence, trigger: Trigger) -> bool:
    """Whether the trigger counts dead as a toll ("another child was killed"), not an act
    with its own subject ("a roadside bomb killed three")."""
    before = sentence.text[: trigger.span.start - sentence.span.start]
    return tells_a_toll(trigger) and (
        not tells_a_killing(trigger) or _PASSIVE_BEFORE.search(before) is not None
    )


def _places(
    doc: Document, sentence: Sentence, trigger: Trigger, previous: EventDraft | None
) -> list[PlaceMention]:
    """The places of the trigger's clause; else the previous event's up to three sentences
    before ("in the area"); else the places told earlier; else where the actors come from."""
    places = event_places(doc, sentence, trigger)
    if not places and previous is not None and sentence.index - previous.sentences[-1] <= 3:
        places = previous.places
    if not places:
        places = earlier_places(doc, sentence)
    return places or origin_places(doc, sentence, trigger)


def _associates(
    doc: Document,
    actors: list[ActorMention],
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    trigger: Trigger,
) -> list[ActorMention]:
    """Up to four other named actors of the sentence, each once; not who tells it ("..., the
    Houthi group said"), which sides with neither, nor the side of the act this one answered
    ("Israeli warplanes struck ..., hours after rockets hit ...": no side of the rockets)."""
    named = {a.name for a in (actor1, actor2) if a is not None}
    associates: list[ActorMention] = []
    for actor in actors:
        if (
            actor.name not in named
            and not actor.generic
            and not speaks(doc, actor)
            and not told_before_an_answered_act(doc, actor, trigger)
        ):
            named.add(actor.name)
            associates.append(actor)
    return associates[:4]


def _is_source_name(actor: ActorMention, source: SourceMention | None) -> bool:
    return source is not None and actor.name == source.name


def _is_patron_inside(doc: Document, actor: ActorMention, sentence: Sentence) -> bool:
    """True for "IRGC" in "militias affiliated with the IRGC" and for the coalition in "forces
    backed by the coalition": a patron, not a participant."""
    if backs_a_side(doc, actor):
        return True
    for other in doc.in_sentence(doc.actors, sentence):
        if other is actor or other.affiliation != actor.name:
            continue
        if 0 <= actor.span.start - other.span.end <= 90 or (
            0 <= other.span.start - actor.span.end <= 2
        ):
            between = doc.text[other.span.end : actor.span.start]
            if "." not in between:
                return True
    return False
