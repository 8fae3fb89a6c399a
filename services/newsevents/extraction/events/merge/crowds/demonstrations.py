"""A demonstration and what happened to it are one event: the merging pass
``combine_demonstrations`` (see :mod:`..merging` for the order of the passes).

"Workers marched on the ministry. Police dispersed them with tear gas." is one protest with
intervention; a protest that turns violent is a riot; lethal force on it is excessive force.
An outcome belongs to a demonstration told within three sentences before it, in its paragraph,
unless it is told as another matter ("Separately, police arrested ...", suspects of crimes, an
arrest told as earlier) or its fight is not the demonstrators'.

``fold_named_demonstrations`` (after ``merge_repeats``): the bare demonstration a sentence names
after what forces did to it ("fired tear gas at demonstrators as hundreds protested") is that
outcome's event, with the demonstration's retellings.
"""

from __future__ import annotations

import re

from ....document import LOCAL_PRECISIONS, Document
from ....ontology import EventTypeName
from ....text.numbers import counting
from ...detect.refine.crowds.dispersed_rioters import dispersed_rioters
from ...draft import OCCURRED, EventDraft
from ...geography.nesting import nested_either
from .attacked_gatherings import attacked_gathering

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
    # only when its sentence is about the demonstrators (``_FIGHT_OF_DEMONSTRATORS``)
    "armed_clash": "riot",
}
# "Villagers blocked a highway in protest. They then fought running battles with police": fighting
# by the demonstrators is a riot, not a battle beside the protest.
_FIGHT_OF_DEMONSTRATORS = re.compile(
    r"\b(?:they|them|protest\w*|demonstrat\w*|rioters|crowds?|marchers|students|youths?)\b",
    re.IGNORECASE,
)
_ABOUT_DEMONSTRATORS = re.compile(
    r"protest|demonstrat|rally|(?<!\d\s)(?-i:march)(?!\s+\d)|participants|organi[sz]ers|\bthem\b|"
    r"crowd|gathering",
    re.IGNORECASE,
)
# Excessive force is lethal force on PEACEFUL demonstrators (ACLED's codebook): demonstrators who
# riot make a violent demonstration whatever force met them ("protesters stoned the police, who
# opened fire, killing two"), so a riot outranks it.
OUTCOME_RANK: dict[EventTypeName, int] = {
    "protest": 0,
    "protest_dispersed": 1,
    "protest_repressed": 2,
    "riot": 3,
}


def combine_demonstrations(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """ "Workers marched on the ministry. Police dispersed them with tear gas." is one protest
    with intervention: an outcome within three sentences of a demonstration, in its paragraph."""
    kept: list[EventDraft] = []
    for draft in _demonstrations_first(drafts):
        rally = next(
            (
                k
                for k in kept
                if attacked_gathering(doc, k, draft) and not brawl_at_a_rally(doc, k, draft)
            ),
            None,
        )
        if rally is not None and not _own_demonstration_before(doc, kept, rally, draft):
            # "youths threw stones at the opposition's rally": the mob's act, the rally its
            # victims' gathering
            kept.remove(rally)
            draft.add_sentences(rally)
            kept.append(draft)
            continue
        protests = _demonstrations_of(doc, kept, draft)
        if not protests:
            kept.append(draft)
            continue
        if not _demolition(doc, draft):
            for protest in protests:
                _upgrade(protest, draft)
        _add_outcome(protests[-1], draft)
    return kept


def _own_demonstration_before(
    doc: Document, kept: list[EventDraft], rally: EventDraft, draft: EventDraft
) -> bool:
    """Whether a demonstration in reach, told before the crowd's act, is the crowd's own
    ("activists staged demonstrations ... Some attacked her motorcade": its violence); not one
    told as hit ("assaulted the demonstrating members of the party during their march": the
    victims' demonstration, met by others)."""
    others = _demonstrations_of(doc, [k for k in kept if k is not rally], draft)
    return any(k.trigger.span.start < draft.trigger.span.start for k in others) and not any(
        k.event_type in _INTERVENTIONS for k in others
    )


# What the forces did to a demonstration, told before it in its sentence.
_INTERVENTIONS: frozenset[EventTypeName] = frozenset(
    {"arrest", "protest_dispersed", "protest_repressed"}
)


def _demonstrations_first(drafts: list[EventDraft]) -> list[EventDraft]:
    """Within a sentence, the demonstration before what happened to it: "Police arrested 47
    activists when they tried to stage a protest" is the protest's arrests, "members clashed
    with police during their demonstration" its violence (unless told as its background,
    ``_BACKGROUND_DEMONSTRATION``)."""
    return sorted(drafts, key=lambda d: (d.sentences[0], d.event_type not in OUTCOME_RANK))


# Demonstrations told as the background of violence told before them in the sentence: "a mob
# vandalised offices amid violence following anti-government demonstrations".
_BACKGROUND_DEMONSTRATION = re.compile(
    r"\b(?:following|after|amid|in the wake of|ahead of|before|since|"
    # the occasion the victims were hit on: "assaulted two members for joining a rally"
    r"(?:for|while|when|after) (?:joining|participating in|attending|taking part in)|"
    r"(?:on (?:their|his|her|the) way|going|heading) to(?: join| attend)?|to join)"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _demonstrations_of(
    doc: Document, kept: list[EventDraft], draft: EventDraft
) -> list[EventDraft]:
    """The demonstrations ``draft`` is an outcome of: every one told in reach (the lead's
    protest and "the protesters" retold later are one), the last one first."""
    in_reach = [
        k
        for k in kept
        if k.event_type in OUTCOME_RANK
        and doc.sentences[k.sentences[0]].paragraph == doc.sentences[draft.sentences[0]].paragraph
        and draft.sentences[0] - k.sentences[-1] <= 3
    ]
    if not in_reach or _demonstration_of(doc, in_reach[-1], draft) is None:
        return []
    return in_reach


def _demonstration_of(doc: Document, protest: EventDraft, draft: EventDraft) -> EventDraft | None:
    """``protest`` if ``draft`` is an outcome of it."""
    if draft.event_type not in _DEMONSTRATION_OUTCOMES:
        return None
    if (draft.modality in OCCURRED) != (protest.modality in OCCURRED):
        # what a gathering was free of is no outcome of it: "the festivities passed without
        # any troops or street fights" (types44: it made the celebration a riot)
        return None
    sentence = doc.sentences[draft.sentences[0]]
    text = sentence.text
    if (
        draft.sentences[0] == protest.sentences[0]
        and draft.event_type not in _INTERVENTIONS
        and draft.trigger.span.start < protest.trigger.span.start
        and _BACKGROUND_DEMONSTRATION.search(
            doc.text[sentence.span.start : protest.trigger.span.start][-60:]
        )
    ):
        return None
    if _SEPARATE.search(text):
        return None  # "Separately, police arrested ...": another matter
    if draft.event_type == "mob_violence" and brawl_at_a_rally(doc, protest, draft):
        return None  # "two parties' supporters clashed at a rally": their brawl
    if _at_another_town(doc, protest, draft):
        return None  # "In Kisumu, running battles ..." after the march in Nairobi
    if draft.event_type == "armed_clash" and (
        not _FIGHT_OF_DEMONSTRATORS.search(text)
        or (
            draft.sentences[0] == protest.sentences[0]
            and draft.trigger.span.start > protest.trigger.span.start
        )
    ):
        # "Troops clashed with rebels": no demonstrator in it. In the demonstration's own
        # sentence the fight comes first ("members clashed with police during their
        # demonstration"), not after ("a rally for their brethren who are fighting ISIS").
        return None
    if (
        draft.event_type == "arrest"
        and draft.sentences[0] != protest.sentences[0]
        and not _ABOUT_DEMONSTRATORS.search(doc.sentences[draft.sentences[0]].text)
        and not _arrest_right_after(doc, protest, draft)
    ):
        return None  # "He was arrested in 2019": not an arrest at this protest
    return protest


# A rally is a party's or a candidate's meeting; the fight of two camps at it (rival supporters,
# factions, "those of" another candidate) is their brawl, mob violence, not the rally turned
# violent: monitors code "supporters of two rival candidates clashed at a rally" as mob
# violence, "protesters clashed with police during the demonstration" as a violent one.
_RALLY = re.compile(r"^rall(?:y|ies)$", re.IGNORECASE)
_BRAWL = re.compile(r"clash|fought|fight|brawl|scuffl|exchang|assault|attack|beat", re.IGNORECASE)
# A fight with the forces, or one they broke up, is the rally's crowd against them: a violent
# demonstration ("supporters who gathered for a rally clashed with police").
_FORCES = re.compile(
    r"\b(?:police\w*|officers?|forces|troops|soldiers|army|security|gendarme\w*)\b", re.IGNORECASE
)


def brawl_at_a_rally(doc: Document, protest: EventDraft, draft: EventDraft) -> bool:
    """Whether ``draft`` is a crowd's fight (not its arson or looting) with no force in its
    sentence and ``protest`` a rally told by that word only."""
    word = doc.text[protest.trigger.span.start : protest.trigger.span.end]
    act = doc.text[draft.trigger.span.start : draft.trigger.span.end]
    sentence = doc.sentences[draft.sentences[0]].text
    return (
        _RALLY.match(word) is not None
        and _BRAWL.search(act) is not None
        and _FORCES.search(sentence) is None
    )


# A sentence opening on where it happens: "In Nakuru, ...", "In the coastal city of Mombasa, ...".
_OPENS_ON_A_PLACE = re.compile(
    r"(?:Elsewhere,?\s+)?[Ii]n\s+(?:the\s+(?:[\w-]+\s+){0,3})?[A-Z][\w'’-]*"
)


def _at_another_town(doc: Document, protest: EventDraft, draft: EventDraft) -> bool:
    """Whether what forces did (dispersed, arrested, fired on), told in a later sentence,
    names a town (or a finer place) of its own, none of them a town of the demonstration,
    inside one or around one: "Police also used tear gas in Mombasa" after a march in Nairobi
    is what happened to Mombasa's demonstrators, another event (monitors code a demonstration
    per town). A demonstration told at no town takes the town its outcome names; the crowd's
    own violence ("running battles in Kisumu") stays the demonstration's riot, as the lead's
    unplaced sentences about the crowd would follow it away."""
    if draft.sentences[0] in protest.sentences:
        return False
    sentence = doc.sentences[draft.sentences[0]]
    # (the crowd's own violence too when its sentence opens on its town: "In Nakuru,
    # protesters burned tyres" after the march in Nairobi; forty-fourth round)
    if draft.event_type not in _INTERVENTIONS and not _OPENS_ON_A_PLACE.match(sentence.text):
        return False
    towns = [p for p in protest.places if p.precision in LOCAL_PRECISIONS]
    own = [p for p in doc.in_sentence(doc.places, sentence) if p.precision in LOCAL_PRECISIONS]
    return bool(towns) and bool(own) and not any(nested_either(p, t) for p in own for t in towns)


def _demolition(doc: Document, draft: EventDraft) -> bool:
    """Whether ``draft`` is homes demolished or bulldozed near a demonstration: what the crowd
    protests, folded into its demonstration with no riot."""
    trigger = doc.text[draft.trigger.span.start : draft.trigger.span.end]
    return draft.event_type == "property_destroyed" and _DEMOLITION.match(trigger) is not None


def _upgrade(protest: EventDraft, draft: EventDraft) -> None:
    outcome = _DEMONSTRATION_OUTCOMES[draft.event_type]
    if OUTCOME_RANK[outcome] > OUTCOME_RANK[protest.event_type]:
        protest.event_type = outcome


def _add_outcome(protest: EventDraft, draft: EventDraft) -> None:
    protest.add_quantities(draft)
    protest.actor2 = protest.actor2 or draft.actor1


# An arrest told as earlier than the protest: "he had been detained", "arrested last year" ...
_EARLIER_ARREST = re.compile(r"\b(?:had|earlier|previous|last|ago|before)\b", re.IGNORECASE)
# ... or about suspects of crimes: "police arrested three suspected robbers".
_OTHER_MATTER = re.compile(
    r"\b(?:suspect(?:s|ed)?|robbers?|thieves|traffickers?|smugglers?|wanted|"
    r"for (?:drug|theft|murder|robbery|fraud|possession))",
    re.IGNORECASE,
)
# Homes demolished or bulldozed are the authorities' act, what a crowd protests, never its riot
# (thirty-ninth round, crowds59): "residents of a slum which was demolished on Saturday
# protested", "they alleged that their homes were demolished", "protested against officials
# for bulldozing 15 homes"; crowds burn, smash and vandalise.
_DEMOLITION = re.compile(r"(?:demoli|bulldoz|raz(?:ed|ing)\b)", re.IGNORECASE)
_SEPARATE = re.compile(
    r"\b(?:separately|unrelated|meanwhile|in (?:a|another) (?:separate )?(?:case|incident))\b",
    re.IGNORECASE,
)
# ... and arrests of many: the protesters are many, "He was arrested in March" is the grievance.
_MANY_ARRESTED = re.compile(
    rf"\b(?:\d+|{counting(2, 12)}|dozens?|scores|hundreds|"
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


def fold_named_demonstrations(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """ "Troops killed three marchers while breaking up a rally against the government", "used tear
    gas and batons on demonstrators as hundreds marched": the bare demonstration a sentence names
    after what forces did to it is one event with it, as if told first (the demonstration's
    actor, upgraded to the outcome's type). Run after ``merge_repeats``, so the demonstration
    brings its later retellings ("during the protest") along."""
    kept = list(drafts)
    for draft in drafts:
        outcome = _outcome_named_before(doc, kept, draft)
        if outcome is None:
            continue
        kept.remove(draft)
        if outcome.trigger.event_type in OUTCOME_RANK:
            # a demonstration already ("Crowds marched and police dispersed them, as scores
            # protested"): the demonstration named again
            outcome.add_sentences(draft)
            outcome.add_quantities(draft)
            continue
        _upgrade(draft, outcome)
        _add_outcome(draft, outcome)
        draft.add_sentences(outcome)
        kept[kept.index(outcome)] = draft
    return kept


def dispersal_read_as_riot(doc: Document, riot: EventDraft) -> bool:
    """Whether ``riot`` is a dispersal its sentence read as the crowd's riot
    (:mod:`...detect.refine.crowds.dispersed_rioters`): still what forces did to a demonstration."""
    if riot.event_type != "riot":
        return False
    sentence = doc.sentences[riot.sentences[0]]
    offset = sentence.span.start
    return dispersed_rioters(
        sentence.text, riot.trigger.span.start - offset, riot.trigger.span.end - offset
    )


# What forces do to a demonstration (a riot is the crowd's own act: "Riot police ...").
_DONE_TO_DEMONSTRATIONS: frozenset[EventTypeName] = frozenset(
    {"protest_dispersed", "protest_repressed"}
)


def _outcome_named_before(
    doc: Document, kept: list[EventDraft], draft: EventDraft
) -> EventDraft | None:
    """The outcome a bare demonstration is named after in its sentence, of its day."""
    if draft.event_type != "protest" or draft.trigger.event_type != "protest":
        return None
    return next(
        (
            k
            for k in kept
            if k.sentences[0] == draft.sentences[0]
            and (
                k.event_type in _DONE_TO_DEMONSTRATIONS
                # a dispersal read as the crowd's riot by its sentence is still what forces did
                # to the demonstration ("dispersed youths who had blocked the road with stones")
                or dispersal_read_as_riot(doc, k)
            )
            and k.trigger.span.start < draft.trigger.span.start
            and (draft.date is None or k.date is None or draft.date == k.date)
        ),
        None,
    )
