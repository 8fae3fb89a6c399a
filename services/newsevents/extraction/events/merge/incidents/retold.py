"""One incident, one event: a sentence an incident is already told in tells no second incident.

The earlier passes fold each mention into the incident it retells when its words allow it. Some
mentions stay apart although the sentence they come from already belongs to an incident:
- the sentence was taken as the incident's elaboration, by another of its words or by a place
  pass ("The ambush occurred in Otu village" places the lead's attack in Otu, and the ambush
  it names stays an event of its own);
- a second word of the incident's own sentence read as another act ("shot at
  residents and set several houses alight", "a drone strike ... is thought to have killed
  some 40 people": the hedge made the killing a claim, the strike an assertion).

A monitor codes one event per incident: a sentence is evidence of one incident, and each of
its acts of a compatible kind is that incident (:func:`fold_retold`, before the tolls are
attached, so the toll goes to the kept event). The kinds that fold: the same type; an act told
in words any violence fits ("attack", "killed", :func:`...generic_violence.is_generic`); a
fight read once between armed sides and once between crowds; and what the attack did
(burning, looting, the flight it caused). Kept apart: a copy of an event for another listed
place (the same trigger, :mod:`..places.listed_places`), another day, other attackers, a
mention told as another ("a separate attack"), and two specific kinds ("clashes" and
"shelling"; an air strike and the fighting it supports), as the gold codes them.

The kept event is the first told; it takes the other's best fields (:func:`keep_best`).
"""

from __future__ import annotations

import re

from ....document import LOCAL_PRECISIONS, ActorMention, Document, PlaceMention
from ....ontology import EventTypeName, is_violent
from ...crowds import CROWD_TYPES
from ...draft import OCCURRED, PAIRWISE_WINDOW, EventDraft, told_as_another
from ...generic_violence import is_generic, is_violent_act
from ...link.status import GOES_ON
from ...place_nesting import nested, place_fits
from ...story_cues import same_day, told_as_new, told_places
from .acts import sides_agree
from .occurrences import keep_own, take_fields
from .retold_slots import retold_day_fits, retold_places

# What an attack did, told as its own event: "burning homes", "looted the health centre",
# "3,000 people who fled the attack".
_CONSEQUENCES: frozenset[EventTypeName] = frozenset(
    {"property_destroyed", "property_seized", "relocation"}
)
# Fighting read once between armed sides and once between crowds ("clashes between the army
# and Ansar al-Sharia", "in the clashes, which were centred in the south of the town").
_FIGHTS: frozenset[EventTypeName] = frozenset({"armed_clash", "mob_violence"})
# Types that say how the violence was done no more than who did it to whom: an air strike or a
# bombing is more specific than any of them.
_BY_SIDES: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "armed_clash", "mob_violence", "property_destroyed"}
)


def fold_retold(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each event whose sentence an earlier event already tells, of a kind that incident can
    be told in, or that names the act just told by a definite noun, folded into it; else
    kept."""
    kept: list[EventDraft] = []
    for draft in drafts:
        recent = kept[-PAIRWISE_WINDOW:]
        if _fold_setting(doc, kept, recent, draft):
            continue
        incident = next((k for k in reversed(recent) if _retells(doc, k, draft)), None)
        if incident is not None:
            if _told_as_means(doc, incident, draft):  # the weapon adds no place and no author
                keep_best(incident, draft, agent=False, places=[])
            else:
                keep_best(incident, draft)
            continue
        incident = _named_back(doc, recent, draft)
        if incident is None:
            kept.append(draft)
        else:
            keep_best(
                incident, draft, agent=_claimant(doc, draft), places=_finer(doc, incident, draft)
            )
    return kept


def _retells(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    here = draft.sentences[0]
    if (
        here not in incident.sentences
        or incident.trigger.span == draft.trigger.span  # a copy for another listed place
        or incident.temporal_status != draft.temporal_status
        or incident.modality not in OCCURRED
        or draft.modality not in OCCURRED
    ):
        return False
    start = doc.sentences[here].span.start
    return (
        (
            _kinds_fit(incident, draft)
            or _one_subject(doc, incident, draft)
            or _told_as_means(doc, incident, draft)
        )
        and not told_as_another(doc.text, draft.trigger, start)
        and same_day(incident, draft)
        and sides_agree(doc, incident, draft)
    )


# A definite noun naming the act as one already told: "The ambush sparked a huge search", "in
# the clashes, which were centred in the south", "during the fighting", "the kidnapping", "the
# killings" (the act's own noun, whatever verb told it first).
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+"
    r"(?:(?!(?:and|or|of)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ACT_NOUN = re.compile(
    r"(?:attacks?|ambush(?:es)?|raids?|clash(?:es)?|fighting|(?:air ?|drone )?strikes?|"
    r"air raids?|shelling|bombings?|explosions?|blasts?|assault|shooting|firefight|"
    r"gun ?battle|massacre|incident|abductions?|kidnappings?|killings?|assassination|"
    r"bombardment)",
    re.IGNORECASE,
)


def _named_back(doc: Document, recent: list[EventDraft], draft: EventDraft) -> EventDraft | None:
    """The act just told, when ``draft`` names it by a definite noun ("The ambush ...") and
    tells nothing that makes it another: no new-incident word, another day, another place
    outside it (as :mod:`.retold_slots` reads them), or other attackers."""
    sentence = doc.sentences[draft.sentences[0]]
    before = doc.text[sentence.span.start : draft.trigger.span.start]
    if (
        draft.modality not in OCCURRED
        or not is_violent_act(draft)
        or _ACT_NOUN.fullmatch(draft.trigger.text) is None
        or _DEFINITE.search(before) is None
    ):
        return None
    # The act told last before it: the event with the latest sentence before the mention.
    told_before = [
        (max(i for i in k.sentences if i < sentence.index), n, k)
        for n, k in enumerate(recent)
        if k.sentences[0] < sentence.index
        and is_violent_act(k)
        and k.temporal_status == draft.temporal_status
    ]
    last = max(told_before, key=lambda told: told[:2])[2] if told_before else None
    if (
        last is None
        or last.modality not in OCCURRED
        or not _kinds_fit(last, draft)
        or told_as_new(doc, sentence, draft)
        or not retold_day_fits(last, draft)
        or not place_fits(last.places, retold_places(doc, draft))
        or (_names_author(doc, draft) and not sides_agree(doc, last, draft))
    ):
        return None
    return last


def _names_author(doc: Document, draft: EventDraft) -> bool:
    """Whether a definite retelling's actor can be the act's author: one told in the noun's
    own phrase or after it ("the Taliban attack", "the clashes between the army and X"), or
    before it with a verb of authorship (:func:`_claimant`). One told before it with any other
    verb, or in another sentence, is a teller, a witness or a victim ("the United Nations
    condemned the attack", "a police officer was among those killed in the attack")."""
    actor = draft.actor1
    if actor is None or _claimant(doc, draft):
        return True
    sentence = doc.sentences[draft.sentences[0]].span
    found = _DEFINITE.search(doc.text, sentence.start, draft.trigger.span.start)
    opens = found.start() if found is not None else draft.trigger.span.start
    return opens <= actor.span.start < sentence.end


# Two verbs of one subject: "gunmen shot at residents and set several houses
# alight" (the words between name no one acting: no actor, no new clause).
_COORDINATED = re.compile(r"^[^,;:.()\"“”]{0,60}?\s(?:and|,\s*and)\s+(?:then\s+)?$")


def _one_subject(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether the draft's act is a second verb of the incident's own subject, in its sentence:
    the same act, whatever side the words after the second verb suggest (a crowd's arson)."""
    first, then = incident.trigger.span, draft.trigger.span
    if not doc.sentences[draft.sentences[0]].span.contains(first) or then.start <= first.end:
        return False
    between = doc.text[first.end : then.start]
    kinds = _BY_SIDES | _CONSEQUENCES
    return (
        incident.event_type in kinds
        and draft.event_type in kinds
        and _COORDINATED.match(between) is not None
        and not any(first.end <= m.span.start < then.start for m in doc.actors)
    )


# The weapon a sentence's act was done with, told in a phrase of means after it: "fighting
# broke out ... with residents killed by shelling and sniper fire", "the village was hit by
# fire from mortars", "stormed the wedding, firing rifles and throwing hand
# grenades". The phrase tells how the act was done, not a second act.
_MEANS = re.compile(
    r"\b(?:by|from|with|using|firing|throwing|hurling|lobbing)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


_MEANS_PARTICIPLE = re.compile(
    r",\s*(?:[^,;:.]*\s)?(?:firing|throwing|hurling|lobbing|using)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _told_as_means(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether the draft's act is the weapon of the incident's act, told after it in its
    sentence in a phrase of means ("killed by drone strikes", "under fire from mortars"), or
    in a participle of means in a sentence the incident took in from a retelling ("stormed
    the wedding, firing rifles and throwing hand grenades")."""
    first, then = incident.trigger.span, draft.trigger.span
    sentence = doc.sentences[draft.sentences[0]]
    if sentence.span.contains(first):
        start, means = first.end, _MEANS
    elif sentence.index in incident.sentences:
        # The incident's act there was a retelling folded into it: only a participle of means
        # tells the subject's own weapon ("by its aerial bombardment" may be another act's).
        start, means = sentence.span.start, _MEANS_PARTICIPLE
    else:
        return False
    return (
        then.start > start
        and is_violent(incident.event_type)
        and is_violent_act(draft)
        and means.search(doc.text, start, then.start) is not None
    )


# The setting an act is told in, after it in its sentence: the war or campaign it is part of
# ("killed in a strike ... as fighting between Israel and Hezbollah intensified", "seized a
# port town following days of attacks"), what it answered ("launched rockets in response to
# the enemy's attacks") or what it is measured against ("in one of the worst ambushes in
# a decade"). The clause tells no
# incident of its own: the sentence's news is the act it qualifies. Not "despite" or "amid":
# "captured the town despite heavy government air raids" tells strikes of that night
# (measured: web lost an occurrence).
_SETTING_BEFORE = re.compile(
    r"\b(?:in (?:response|retaliation|reply) (?:to|for)"
    r"|(?:following|after) (?:days|weeks|months|years) of"
    # the campaign's span or its centre: "since the start of a week-long offensive", "in a
    # district at the epicentre of the clashes"
    r"|(?:since|from) the (?:start|beginning|outset|launch) of"
    r"|(?:at|in) the (?:epicent(?:er|re)|heart|cent(?:er|re)) of"
    r"|one of the (?:deadliest|worst|bloodiest|biggest|largest|most [\w-]+))"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A campaign named by how long it has lasted: "during a two-day offensive", "the months-long
# war" (one incident is not told by its span in days).
_SPAN_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|this|that)\s+(?:[\w'’]+\s+)?[\w]+-(?:day|week|month|year)s?"
    r"(?:-long|-old)?\s+$",
    re.IGNORECASE,
)
# A campaign told as going on, in the present: "adding that 'the offensive continues'".
_GOES_ON_AFTER = re.compile(rf"[\"”’']?\s*(?:{GOES_ON})\b", re.IGNORECASE)
# "as <the violence> <grew>": a change of pace of the violence around the act.
_AS_BEFORE = re.compile(r"\bas\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_PACE_AFTER = re.compile(
    r"[^,;:.()\"“”]{0,80}?\b(?:intensified|intensifies|escalated|escalates|raged|rages|"
    r"continued|continues|grew|grows|mounted|mounts|spread|spreads|flared|flares|worsened|"
    r"worsens|widened|widens)\b",
    re.IGNORECASE,
)


def _fold_setting(
    doc: Document, kept: list[EventDraft], recent: list[EventDraft], draft: EventDraft
) -> bool:
    """Whether ``draft`` and an event kept so far are an act and the setting it is told in,
    in one sentence: the act is kept (in the setting's place in ``kept`` when the setting was
    kept first), the setting adds nothing but its sentence."""
    for k in reversed(recent):
        if told_as_setting(doc, k, draft):
            k.add_sentences(draft)
            return True
        if told_as_setting(doc, draft, k):
            draft.add_sentences(k)
            kept[next(i for i, x in enumerate(kept) if x is k)] = draft
            return True
    return False


def told_as_setting(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether the draft's act is told only in a clause of setting after the incident's act in
    its sentence (``_SETTING_BEFORE``, ``_AS_BEFORE`` with ``_PACE_AFTER``), naming no day of
    its own and no place outside the incident's."""
    first, then = incident.trigger.span, draft.trigger.span
    if len(draft.sentences) != 1:
        return False  # told again elsewhere: an incident of its own
    sentence = doc.sentences[draft.sentences[0]].span
    if not sentence.contains(first) or then.start <= first.end:
        return False
    before = doc.text[first.end : then.start]
    # The clause must start after the incident's act: "as" or "amid" right before the trigger.
    setting = (
        _SETTING_BEFORE.search(before) is not None
        or _SPAN_BEFORE.search(before) is not None
        or _GOES_ON_AFTER.match(doc.text, then.end, sentence.end) is not None
        or (
            _AS_BEFORE.search(before) is not None
            and _PACE_AFTER.match(doc.text, then.end, sentence.end) is not None
        )
    )
    return (
        setting
        and incident.modality in OCCURRED
        and is_violent(incident.event_type)
        and same_day(incident, draft)
        and place_fits(incident.places[:1], _clause_places(doc, then.start, sentence.end))
    )


def _clause_places(doc: Document, start: int, end: int) -> list[PlaceMention]:
    """The places named in the clause that begins at ``start`` (up to its comma or the
    sentence's end): "amid clashes in the city of Saraqib" tells clashes in another town. A
    country there names a side ("fighting between Israel and Hezbollah"), not a place."""
    match = re.search(r"[,;:]", doc.text[start:end])
    stop = start + match.start() if match else end
    return [
        p
        for p in doc.places
        if start <= p.span.start and p.span.end <= stop and p.precision in LOCAL_PRECISIONS
    ]


def _kinds_fit(incident: EventDraft, draft: EventDraft) -> bool:
    a, b = incident.event_type, draft.event_type
    if a == b:
        return True
    if not is_violent(a):
        return False  # a protest's sentence may tell the violence done to it: another event
    if b in _CONSEQUENCES:
        return True
    if a in _BY_SIDES and b in _BY_SIDES and not (a in CROWD_TYPES or b in CROWD_TYPES):
        return True  # who was hit read two ways: an ambush on police as an attack, a clash
    if a in _FIGHTS and b in _FIGHTS:
        return True
    crowd = a in CROWD_TYPES or b in CROWD_TYPES
    return not crowd and is_violent_act(draft) and (is_generic(incident) or is_generic(draft))


# The verb that makes the actor before an act's noun its author: "the Taliban claimed
# responsibility for the raid", "militants who carried out the attack"; any other verb makes
# him a teller or a witness ("the United Nations condemned the attack", "police confirmed the
# abduction").
_AUTHOR = re.compile(
    r"\b(?:claimed|claiming|carried out|launched|conducted|staged|was behind|were behind)\b",
    re.IGNORECASE,
)


def _claimant(doc: Document, draft: EventDraft) -> bool:
    """Whether a definite retelling names the act's author: an actor told before the noun with
    a verb of authorship between them. "No one has claimed the attack, which came after
    Taliban fighters attacked ..." names no author (the Taliban come after the noun)."""
    actor = draft.actor1
    if actor is None or actor.span.end > draft.trigger.span.start:
        return False
    return _AUTHOR.search(doc.text, actor.span.end, draft.trigger.span.start) is not None


def _finer(doc: Document, incident: EventDraft, draft: EventDraft) -> list[PlaceMention]:
    """The places a retelling adds to the incident it names back: those its own sentence tells
    inside the incident's most precise place ("the attack in the Barwaqo neighbourhood" after
    "in Mogadishu"). A place carried over from the sentences around it, or another village of
    the incident's district, is no place of the incident."""
    if not incident.places:
        return told_places(doc, draft)
    at = incident.places[0]
    return [p for p in told_places(doc, draft) if nested(p, at)]


def keep_best(
    incident: EventDraft,
    draft: EventDraft,
    *,
    agent: bool = True,
    places: list[PlaceMention] | None = None,
) -> None:
    """``draft`` is ``incident`` told again: the incident keeps its type unless it was told in
    generic words and the other names how it was done (an air strike over "killed"); it takes
    the finer places (of ``places`` when given, else of ``draft``), a named actor over a generic
    one, every toll and sentence."""
    specific = is_violent(draft.event_type) and draft.event_type not in _BY_SIDES
    armed = incident.event_type == "mob_violence" and draft.event_type == "armed_clash"
    if armed or (is_generic(incident) and specific and not is_generic(draft)):
        incident.event_type, incident.trigger = draft.event_type, draft.trigger
        incident.sentence_span = draft.sentence_span
    take_fields(incident, draft, places=places, actors=_named_over_generic if agent else keep_own)


def _named_over_generic(kept: ActorMention | None, new: ActorMention | None) -> ActorMention | None:
    """A named actor over a generic one ("Boko Haram" over "gunmen"), else the first told."""
    if kept is None or (kept.generic and new is not None and not new.generic):
        return new or kept
    return kept
