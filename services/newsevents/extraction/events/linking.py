"""Argument linking: from triggers and mentions to events.

One candidate event per (sentence, event type). Its arguments come from the same sentence:
- actor1 is the agent: the "by X" of a passive after the trigger, else the first actor before
  the trigger that is not the source or a patron named inside another actor's phrase; a sentence
  that names no agent ("They are paying ...", "the elements") continues the previous event's;
- actor2 is the first other actor after the trigger;
- locations are the places of the trigger's clause (:mod:`.event_places`), most precise first;
  a sentence with none continues the previous event's ("in the area");
- time is the sentence's date, else the publication date with precision ``vague``;
- quantities are the sentence's.
Then events of the same type that continue one another, or repeat each other (a caption and the
body), merge into one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import (
    ActorMention,
    DateMention,
    Document,
    PlaceMention,
    QuantityMention,
    Sentence,
    SourceMention,
    Span,
    Trigger,
)
from ..ontology import EventTypeName, severity
from .refinement import is_off_duty
from .where import PRECISION_RANK, earlier_places, event_places, most_precise_first

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
_BARE_BLAST = re.compile(r"explosions?|blasts?", re.IGNORECASE)
_CONTINUATION = re.compile(
    r"^(?:They|These|Those|The (?:militiamen|elements|fighters|forces|group|militias)|He|She|It)\b"
)
_NON_AGENT_KINDS = frozenset({"monitor", "media"})
_ARMED_KINDS = frozenset({"state_force", "militia", "armed_group"})


@dataclass(slots=True)
class EventDraft:
    event_type: EventTypeName
    trigger: Trigger
    sentence_span: Span
    actor1: ActorMention | None
    actor2: ActorMention | None
    places: list[PlaceMention]
    date: DateMention | None
    quantities: list[QuantityMention]
    source: SourceMention | None
    modality: str
    sentences: list[int] = field(default_factory=list)
    associates: list[ActorMention] = field(default_factory=list)


def link_events(doc: Document) -> list[EventDraft]:
    drafts: list[EventDraft] = []
    previous: EventDraft | None = None
    for sentence in doc.sentences:
        triggers = _strongest_per_type(doc.in_sentence(doc.triggers, sentence))
        # Arguments carry over from an earlier sentence's event, never from a sibling.
        siblings = [_draft(doc, sentence, trigger, previous) for trigger in triggers]
        drafts.extend(siblings)
        previous = siblings[-1] if siblings else previous
    merged = _merge(doc, _combine_demonstrations(doc, drafts))
    return _attach_casualties(doc, _fold_elaborations(doc, merged))


def _strongest_per_type(triggers: list[Trigger]) -> list[Trigger]:
    first: dict[EventTypeName, Trigger] = {}
    for trigger in triggers:
        # The act stands for its type rather than the toll: "killed when troops repulsed ..."
        held = first.get(trigger.event_type)
        if held is None or (_CASUALTY.match(held.text) and not _CASUALTY.match(trigger.text)):
            first[trigger.event_type] = trigger
    present = set(first)
    redundant = {weak for strong in present for weak in _SUBSUMES.get(strong, frozenset())}
    clash = first.get("armed_clash")
    if clash is not None and _SMALL_ARMS.search(clash.text):
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
    actors = [
        a
        for a in doc.in_sentence(doc.actors, sentence)
        if a.kind not in _NON_AGENT_KINDS
        and not (source is not None and a.span.overlaps(source.span))
        and not _is_patron_inside(doc, a, sentence)
        and not (a.kind == "person" and _is_source_name(a, source))
    ]
    before = [a for a in actors if a.span.end <= trigger.span.start]
    after = [a for a in actors if a.span.start >= trigger.span.end]
    agent = _passive_agent(doc, trigger, after)
    actor1: ActorMention | None = before[0] if before else None
    if actor1 is not None and actor1.generic:
        actor1 = _named_group_of(doc, actor1, actors)
    actor2: ActorMention | None = None
    if agent is not None and (actor1 is None or actor1.generic or actor1.kind == "person"):
        actor1, actor2 = agent, actor1
    if actor2 is None:
        actor2 = next((a for a in after if actor1 is None or a.name != actor1.name), None)
    continues = _CONTINUATION.match(sentence.text) is not None
    if (
        (actor1 is None or (continues and actor1.generic))
        and previous is not None
        and previous.actor1 is not None
        and sentence.index - previous.sentences[-1] <= 2
    ):
        actor1 = previous.actor1
    if actor1 is None and actor2 is not None:
        actor1, actor2 = actor2, None
    event_type = trigger.event_type
    if (
        event_type == "attack_on_civilians"
        and actor1 is not None
        and actor2 is not None
        and actor1.name != actor2.name
        and {actor1.kind, actor2.kind} <= _ARMED_KINDS
        and {actor1.kind, actor2.kind} != {"state_force"}  # soldiers shooting a policeman
        and not _off_duty_target(doc, actor1, actor2)
    ):
        event_type = "armed_clash"  # armed men shooting at police: a clash, not an attack
    places = event_places(doc, sentence, trigger)
    if not places and previous is not None and sentence.index - previous.sentences[-1] <= 3:
        places = previous.places
    if not places:
        places = earlier_places(doc, sentence)
    dates = doc.in_sentence(doc.dates, sentence)
    named = {a.name for a in (actor1, actor2) if a is not None}
    associates: list[ActorMention] = []
    for actor in actors:
        if actor.name not in named and not actor.generic:
            named.add(actor.name)
            associates.append(actor)
    return EventDraft(
        event_type=event_type,
        trigger=trigger,
        sentence_span=sentence.span,
        actor1=actor1,
        actor2=actor2,
        places=places,
        date=dates[0] if dates else None,
        quantities=doc.in_sentence(doc.quantities, sentence),
        source=source,
        modality=trigger.modality,
        sentences=[sentence.index],
        associates=associates[:4],
    )


def _off_duty_target(doc: Document, actor1: ActorMention, actor2: ActorMention) -> bool:
    """ "raiders killed a constable who was off duty": he was hit as a civilian."""
    return any(
        actor.kind == "state_force" and is_off_duty(doc.text, actor.span.start, actor.span.end)
        for actor in (actor1, actor2)
    )


_MEMBERS_OF = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?$")


def _named_group_of(
    doc: Document, generic: ActorMention, actors: list[ActorMention]
) -> ActorMention:
    """ "Militiamen from the Fatemiyoun Division", "elements of the 47th Regiment": the group."""
    for actor in actors:
        if actor.generic or actor.kind == "person" or actor.span.start < generic.span.end:
            continue
        if _MEMBERS_OF.match(doc.text[generic.span.end : actor.span.start]):
            return actor
        break
    return generic


def _is_source_name(actor: ActorMention, source: SourceMention | None) -> bool:
    return source is not None and actor.name == source.name


def _is_patron_inside(doc: Document, actor: ActorMention, sentence: Sentence) -> bool:
    """True for "IRGC" in "militias affiliated with the IRGC": a patron, not a participant."""
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


_BY = re.compile(r"^\s*(?:\w+\s+){0,6}?by\s+(?:the\s+)?$")
_FROM = re.compile(r"^\s*(?:\w+\s+){0,3}?from\s+(?:the\s+)?$")


def _passive_agent(
    doc: Document, trigger: Trigger, after: list[ActorMention]
) -> ActorMention | None:
    for actor in after[:3]:
        between = doc.text[trigger.span.end : actor.span.start]
        if "," in between or ";" in between:
            between = between.split(",")[-1]
        if _BY.search(between) and not re.search(r"\b(?:trained|backed|affiliated)\s+by", between):
            return actor
        if trigger.text.lower().startswith("receiv") and _FROM.search(between):
            return actor
    return None


def _merge(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    merged: list[EventDraft] = []
    for draft in drafts:
        target = next((m for m in merged if _same_event(doc, m, draft)), None)
        if target is None:
            merged.append(draft)
            continue
        target.sentences.extend(draft.sentences)
        _add_quantities(target, draft)
        if target.source is None or target.source.kind == "group":
            target.source = draft.source or target.source
        target.places = most_precise_first(target.places + draft.places)
        target.date = target.date or draft.date
        target.actor2 = target.actor2 or draft.actor2
        target.sentence_span = Span(
            min(target.sentence_span.start, draft.sentence_span.start),
            max(target.sentence_span.end, draft.sentence_span.end),
        )
    return merged


def _add_quantities(target: EventDraft, draft: EventDraft) -> None:
    target.quantities = target.quantities + [
        q for q in draft.quantities if q not in target.quantities
    ]


def _same_event(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    if earlier.event_type != later.event_type:
        return False
    sentence = doc.sentences[later.sentences[0]]
    close = later.sentences[0] - earlier.sentences[-1] <= 2
    if close and _CONTINUATION.match(sentence.text):
        return True
    same_actor = (
        earlier.actor1 is not None
        and later.actor1 is not None
        and earlier.actor1.name == later.actor1.name
        and not earlier.actor1.generic
    )
    return same_actor and _same_region(earlier.places, later.places)


def _same_region(first: list[PlaceMention], second: list[PlaceMention]) -> bool:
    """Either unplaced, or the main places share a province (al-Sikka is in Deir ez-Zor)."""
    if not first or not second:
        return True
    a, b = first[0], second[0]
    return a.country_code == b.country_code and (a.admin1 or a.name) == (b.admin1 or b.name)


def _fold_elaborations(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Violence a paragraph goes on to describe is the occurrence it opened with: "an IED
    detonated ... The device exploded ... three people were killed in the explosion" or "they
    clashed ... 1 police officer was shot and killed" are one event, with the first sentence's
    type and everyone's tolls and places."""
    kept: list[EventDraft] = []
    for draft in drafts:
        opener = next((k for k in reversed(kept) if _elaborates(doc, k, draft)), None)
        if opener is None:
            kept.append(draft)
            continue
        opener.sentences.extend(i for i in draft.sentences if i not in opener.sentences)
        _add_quantities(opener, draft)
        opener.places = most_precise_first(
            opener.places + [p for p in draft.places if p not in opener.places]
        )
        opener.actor2 = opener.actor2 or draft.actor2
    return kept


def _elaborates(doc: Document, opener: EventDraft, later: EventDraft) -> bool:
    first, then = doc.sentences[opener.sentences[0]], doc.sentences[later.sentences[0]]
    if (
        then.index <= first.index
        or then.paragraph != first.paragraph
        or then.index - opener.sentences[-1] > 2
        or severity(opener.event_type) > 2
        or severity(later.event_type) > 2
        or (later.date is not None and later.date != opener.date)
    ):
        return False
    known = {a.name for a in (opener.actor1, opener.actor2) if a is not None}
    new_actor = later.actor1 is not None and not later.actor1.generic
    if new_actor and later.actor1 is not None and later.actor1.name not in known:
        return False
    opened_at = {p.name for p in opener.places}
    own = [p for p in doc.in_sentence(doc.places, then) if PRECISION_RANK[p.precision] <= 2]
    if any(p.name not in opened_at for p in own):
        return False  # "In Bama, a suicide bomber ...": another town, another occurrence
    return _is_casualty(later) or _REFERS_BACK.search(then.text) is not None or not own


# A sentence that goes on about what was just told: "The device exploded ...", "They ...",
# "... were killed in the explosion".
_REFERS_BACK = re.compile(
    r"^(?:The|This|That|These|Those|They|He|She|It)\b|\b(?:in|during|after) the (?:attack|"
    r"explosion|blast|clash(?:es)?|shooting|fighting|raid|ambush|incident|firefight)\b",
    re.IGNORECASE,
)


# A demonstration and what happened to it are one event of the demonstration's final type:
# dispersed or arrested = protest with intervention; turned violent = riot; lethal force =
# excessive force.
_DEMONSTRATION_OUTCOMES: dict[EventTypeName, EventTypeName] = {
    "protest_dispersed": "protest_dispersed",
    "arrest": "protest_dispersed",
    "protest_repressed": "protest_repressed",
    "riot": "riot",
    "mob_violence": "riot",
    "property_destroyed": "riot",
}
_ABOUT_DEMONSTRATORS = re.compile(
    r"protest|demonstrat|rally|march|participants|organi[sz]ers|\bthem\b|crowd|gathering",
    re.IGNORECASE,
)
_OUTCOME_RANK: dict[EventTypeName, int] = {
    "protest": 0,
    "protest_dispersed": 1,
    "riot": 2,
    "protest_repressed": 3,
}


def _combine_demonstrations(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    kept: list[EventDraft] = []
    for draft in drafts:
        protest = next(
            (
                k
                for k in reversed(kept)
                if k.event_type in _OUTCOME_RANK
                and doc.sentences[k.sentences[0]].paragraph
                == doc.sentences[draft.sentences[0]].paragraph
                and draft.sentences[0] - k.sentences[-1] <= 3
            ),
            None,
        )
        outcome = _DEMONSTRATION_OUTCOMES.get(draft.event_type)
        if protest is not None and _SEPARATE.search(doc.sentences[draft.sentences[0]].text):
            outcome = None  # "Separately, police arrested ...": another matter
        if (
            outcome is not None
            and protest is not None
            and draft.event_type == "arrest"
            and draft.sentences[0] != protest.sentences[0]
            and not _ABOUT_DEMONSTRATORS.search(doc.sentences[draft.sentences[0]].text)
            and not _arrest_right_after(doc, protest, draft)
        ):
            outcome = None  # "He was arrested in 2019": not an arrest at this protest
        if protest is None or outcome is None:
            kept.append(draft)
            continue
        if _OUTCOME_RANK[outcome] > _OUTCOME_RANK[protest.event_type]:
            protest.event_type = outcome
        _add_quantities(protest, draft)
        protest.actor2 = protest.actor2 or draft.actor1
    return kept


# An arrest told as earlier than the protest: "he had been detained", "arrested last year" ...
_EARLIER_ARREST = re.compile(r"\b(?:had|earlier|previous|last|ago|before)\b", re.IGNORECASE)
# ... or about suspects of crimes: "police arrested three suspected robbers".
_OTHER_MATTER = re.compile(
    r"\b(?:suspect(?:s|ed)?|robbers?|thieves|traffickers?|smugglers?|wanted|"
    r"for (?:drug|theft|murder|robbery|fraud|possession))",
    re.IGNORECASE,
)
_SEPARATE = re.compile(
    r"\b(?:separately|unrelated|meanwhile|in (?:a|another) (?:separate )?(?:case|incident))\b",
    re.IGNORECASE,
)
# ... and arrests of many: the protesters are many, "He was arrested in March" is the grievance.
_MANY_ARRESTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|"
    r"several|"
    r"some|many|people|persons|members|participants|activists|arrests)\b",
    re.IGNORECASE,
)


def _arrest_right_after(doc: Document, protest: EventDraft, arrest: EventDraft) -> bool:
    """ "Residents marched in Oruro. Police detained six." The next sentence's arrests, of the
    protest's day and not told as earlier, are the protest's, though it names no protester."""
    sentence = doc.sentences[arrest.sentences[0]]
    where = {p.name for p in protest.places}
    return (
        arrest.sentences[0] - protest.sentences[-1] == 1
        and (arrest.date is None or arrest.date == protest.date)
        and not _EARLIER_ARREST.search(sentence.text)
        and not _OTHER_MATTER.search(sentence.text)
        # not "in Mombasa" instead: the arrest sentence's own places are the protest's
        and all(p.name in where for p in doc.in_sentence(doc.places, sentence))
        and (bool(arrest.quantities) or _MANY_ARRESTED.search(sentence.text) is not None)
    )


_CASUALTY = re.compile(
    r"(?:(?:was|were|been|being|is|are)\s+)?(?:killed|dead|died|found dead|injured|wounded|bod)",
    re.IGNORECASE,
)


def _is_casualty(draft: EventDraft) -> bool:
    """An event reported only by its toll ("two people were killed"), not by an act."""
    return _CASUALTY.match(draft.trigger.text) is not None


def _toll_target(
    doc: Document, acts: list[EventDraft], own: list[EventDraft], sentence: Sentence
) -> EventDraft | None:
    """The one event a toll in ``sentence`` belongs to (see ``_attach_casualties``)."""
    violent_here = [d for d in own if severity(d.event_type) <= 2]
    if violent_here:
        return min(violent_here, key=lambda d: severity(d.event_type))
    earlier = [
        d
        for d in acts
        if d.sentences[0] < sentence.index
        and doc.sentences[d.sentences[0]].paragraph == sentence.paragraph
    ]
    pool = [d for d in earlier if severity(d.event_type) <= 2] or ([] if own else earlier)
    if not pool:
        return None
    latest = max(d.sentences[0] for d in pool)
    return min((d for d in pool if d.sentences[0] == latest), key=lambda d: severity(d.event_type))


def _attach_casualties(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Deaths belong to the violent act that caused them: to a violent event of their own
    sentence, else to the most severe event of the last sentence before them in the paragraph
    that tells violence ("Two men died." after a clash, "3 fatalities."), else to the event
    just before them; once only. A non-violent event of the same sentence ("... and two men
    were arrested") does not keep them."""
    acts = [d for d in drafts if not _is_casualty(d)] or drafts
    for quantity in doc.quantities:
        if quantity.unit != "fatalities":
            continue
        sentence = next((s for s in doc.sentences if s.span.contains(quantity.span)), None)
        if sentence is None:
            continue
        own = [d for d in acts if sentence.index in d.sentences]
        target = _toll_target(doc, acts, own, sentence)
        if target is None:
            continue
        if quantity not in target.quantities:
            target.quantities = [*target.quantities, quantity]
        for draft in own:  # the toll is the violent act's: the arrest beside it does not keep it
            if draft is not target and severity(draft.event_type) > 2:
                draft.quantities = [q for q in draft.quantities if q != quantity]
    return drafts
