"""The attacker by name: an event told with "terrorists" or "gunmen" as its agent takes the armed
group one of its own sentences names.

A report names the group once and then speaks of "the terrorists": "Jaish al-Islam fired
rockets on Damascus ... The terrorists also targeted Bab Touma". When the event's agent is a
generic armed actor ("Opposition Rebels (Syria)", "Unidentified Armed Group") and a sentence
that tells the same occurrence (its evidence mentions) names exactly one armed group that is
not the one hit, that group is the agent. Two named groups leave the generic agent alone: the
text does not say which of them acted. A group someone accuses ("accused members of militias
known as Janjaweed of attacking the village") is not told acting.

When the occurrence's sentences name no group, "the militants" are the one group the article
tells acting in its news; a parent named beside its branch is that branch ("fighters of the
Islamic State group killed six soldiers ... gunmen from ISWAP launched the attack ... The
militants set fire to the base"), whatever other groups the article names in context.

A person the article quotes (a source, or an actor told as speaking) is not the agent of its
violence: the governor who tells of the bombing did not set it off. Read as the agent, the
speaker gives way to the one group the act's sentences name ("Harbiyeh indicated that
terrorist group ISIS had detonated a bomb").

Nor does a party that bears no arms: the United Nations, the Red Cross, a monitor or an outlet
that reports the ambush ("the UN mission said its convoy ...") is never the agent of armed
violence; the event loses that agent and may take the group named as behind it. A peacekeeping
mission or an alliance that fields troops ("MINUSMA", "AMISOM", "NATO") does fight.

Civilians never shell, strike, bomb or fight: "Three people killed in terrorist rocket attack"
read with the people first makes them the agent; they are the ones hit, and the agent is the
other side named, if any.
"""

from __future__ import annotations

import re

from .....actors.dictionary import default_matcher
from .....document import NON_STATE_ARMED_KINDS, ActorMention, Document
from .....ontology import is_violent
from ....crowds import CROWD_TYPES
from ....draft import OCCURRED, EventDraft, actors_told
from ....link.sides.hit import is_hit
from ....link.sides.telling import is_behind, parent_of_an_offshoot, speaks, told_unidentified
from ....story_cues import told_apart
from .denials import denies


def name_generic_attackers(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each draft with a generic armed agent takes the one armed group its sentences name."""
    # "A landmine blast kills a civilian. Al Shabaab is believed to be responsible.": the
    # author the article names is the agent of its violence told without one.
    # (and a state's forces told by their generic noun: "Activists blamed government forces";
    # forty-seventh round, lead67)
    authors = {
        a.name: a
        for a in doc.actors
        if (not a.generic or a.kind == "state_force") and is_behind(doc, a)
    }
    # People the article quotes: "Homs governor Talal al-Barazi said ...".
    speakers = {s.name for s in doc.sources.values()} | {
        a.name for a in doc.actors if a.kind == "person" and speaks(doc, a)
    }
    # "The gunmen opened fire" in a sentence that names no group: the one armed group the
    # article names elsewhere as the agent of its news (the same story told of one group).
    sole = _acting_group(doc, drafts)
    for draft in drafts:
        _civilians_are_hit(draft)
        _neutrals_do_not_strike(draft)
        _speakers_are_not_hit(doc, draft, speakers)
        quoted = _speakers_do_not_strike(draft, speakers)
        agent = draft.actor1
        if agent is not None and agent.generic and told_unidentified(doc, agent):
            continue
        if agent is not None and _names_the_opposition(agent):
            # "rebels fired rockets on Damascus": the side as a whole, whichever group the
            # article tells acting or claiming elsewhere; only the act's sentences name it.
            if len(named := _named_groups(doc, draft)) == 1:
                draft.actor1 = next(iter(named.values()))
            continue
        unnamed = agent is None or (agent.generic and agent.kind in NON_STATE_ARMED_KINDS)
        if (
            len(authors) == 1
            and unnamed
            and _armed_violence(draft)
            and not _told_apart_after(doc, draft, (author := next(iter(authors.values()))))
            and not denies(doc, draft, author.name)
        ):
            draft.actor1 = author
            continue
        if agent is None and sole is not None and _battle_of_forces(draft):
            # "M23 seized the town ... Fighting with the army went on": the forces' battle
            # told with no opponent is with the one armed group the article tells acting.
            draft.actor1 = sole
            continue
        if quoted and len(named := _named_groups(doc, draft)) == 1:
            # "Harbiyeh indicated that terrorist group ISIS had detonated a bomb": the speaker
            # read as the agent is gone, and the one group the act's sentences name did it.
            draft.actor1 = next(iter(named.values()))
            continue
        if agent is None or not agent.generic or agent.kind not in NON_STATE_ARMED_KINDS:
            continue
        named = _named_groups(doc, draft)
        if len(named) == 1:
            draft.actor1 = next(iter(named.values()))
        elif (
            not named
            and (told := _told_of_it(agent, sole)) is not None
            and not _names_it_otherwise(doc, draft, told)
        ):
            draft.actor1 = told
    return drafts


def _told_apart_after(doc: Document, draft: EventDraft, author: ActorMention) -> bool:
    """Whether the act is told after the author's claim in a sentence that opens on another
    act ("X claimed responsibility. In a separate incident, a roadside bomb killed three"):
    the claim is the earlier incident's (forty-second round)."""
    first = doc.sentences[min(draft.sentences)]
    return author.span.start < first.span.start and told_apart(doc, draft)


# Generic names of unnamed armed men ("the gunmen", "the insurgents", "Islamist militants"), not
# of a community's or tribe's militia; nor Syria's "terrorists", the pro-government press's word
# for the whole opposition, which the analysts code as such ("Opposition Rebels (Syria)")
# whatever group the article names.
# ("Rebel Forces": a country's rebels told generically, "the rebels shelled Sake" after "M23
# rebels seized Rubaya"; forty-fifth round)
_INSURGENT_NAMES = (
    "Unidentified Armed Group",
    "Islamist Militia",
    "Opposition Rebels",
    "Rebel Forces",
)
_BLANKET = re.compile(r"[Tt]errorist")


def _acting_group(doc: Document, drafts: list[EventDraft]) -> ActorMention | None:
    """The one armed group the whole article names, as the agent of its first news event that
    has it: "Suspected Boko Haram attacks leave 15 dead ... The gunmen opened fire on
    residents". None when the article names two or more groups, or names it only in context
    ("splinter groups of the TTP usually target schools"), hit or speaking."""
    groups = {a.name for a in doc.actors if not a.generic and a.kind in NON_STATE_ARMED_KINDS}
    news = [d for d in drafts if d.temporal_status == "current" and d.modality in OCCURRED]
    if len(groups) > 1:
        # The article names other groups (in context, hit, as a parent), but its news tells
        # one of them acting: "gunmen from ISWAP launched an attack ... The militants set
        # fire to the base" (Boko Haram named only in history).
        groups = _one_side(
            {
                d.actor1.name
                for d in news
                if d.actor1 is not None
                and not d.actor1.generic
                and d.actor1.kind in NON_STATE_ARMED_KINDS
            }
        )
    if len(groups) != 1:
        return None
    for d in news:
        if d.actor1 is not None and d.actor1.name in groups:
            return d.actor1
    # A fight's two sides both act: "Fighting between federal troops and Fano militiamen
    # killed 30 ... the militia ambushed an army convoy" (forty-fifth round); not a group told
    # only as hit ("troops killed 12 Boko Haram fighters": the gunmen of another act are not
    # Boko Haram).
    for d in news:
        other = d.actor2
        if (
            d.event_type == "armed_clash"
            and other is not None
            and other.name in groups
            and _FOUGHT_WITH.search(doc.text, max(0, other.span.start - 80), other.span.start)
        ):
            return other
    return None


# The other side of a fight told as such: "between the troops and", "clashed with", "battles
# against".
_FOUGHT_WITH = re.compile(r"\b(?:between\b[^.;]{0,60}\band|with|against)\s+(?:the\s+)?$")


def _one_side(groups: set[str]) -> set[str]:
    """The acting groups with a parent told beside its branch counted once, as the branch:
    "the Islamic State group" and "Islamic State West Africa Province" in one report are ISWAP."""
    matcher = default_matcher()
    parents = {entry.affiliation for name in groups if (entry := matcher.entry(name)) is not None}
    return {name for name in groups if name not in parents}


# Syria's armed opposition told by its own words ("rebels", "opposition fighters"): ACLED's one
# actor for the side as a whole (twenty-sixth round).
_OPPOSITION_WORDS = re.compile(r"\b(?:[Rr]ebels?|[Oo]pposition)\b")


def _names_the_opposition(agent: ActorMention) -> bool:
    """Whether the agent is the country's opposition as a whole, told as rebels or opposition
    (not the pro-government press's blanket "terrorists")."""
    return (
        agent.generic
        and agent.name.startswith("Opposition Rebels")
        and _OPPOSITION_WORDS.search(agent.text) is not None
    )


def _told_of_it(agent: ActorMention, group: ActorMention | None) -> ActorMention | None:
    """The acting group a generic agent is: the agent is a noun of unnamed armed men
    ("gunmen", "militants", "insurgents"), not Syria's blanket "terrorists"."""
    if group is None or not agent.name.startswith(_INSURGENT_NAMES):
        return None
    if agent.name.startswith("Opposition Rebels") and _BLANKET.match(agent.text):
        return None
    return group


def _names_it_otherwise(doc: Document, draft: EventDraft, group: ActorMention | None) -> bool:
    """Whether the draft's own sentences name the group other than as its agent: "gunmen
    shot at the house of an ex-Taliban commander" is not told of the Taliban."""
    return group is not None and any(a.name == group.name for a in actors_told(doc, draft))


def _battle_of_forces(draft: EventDraft) -> bool:
    """An armed clash whose one side told is a state's forces."""
    hit = draft.actor2
    return draft.event_type == "armed_clash" and hit is not None and hit.kind == "state_force"


def _armed_violence(draft: EventDraft) -> bool:
    """Violence other than a crowd's (a demonstration, riot or mob violence)."""
    return is_violent(draft.event_type) and draft.event_type not in CROWD_TYPES


def _speakers_do_not_strike(draft: EventDraft, speakers: set[str]) -> bool:
    """A person the article quotes is not the agent of its violence ("Mansour, speaking while
    touring the wards, said ..." is the governor telling of the bombing); whether one was
    dropped."""
    agent = draft.actor1
    if (
        agent is not None
        and agent.kind == "person"
        and agent.name in speakers
        and _armed_violence(draft)
    ):
        draft.actor1 = None
        return True
    return False


# Organisations that field troops: peacekeeping missions and alliances.
_ARMED_ORGANISATIONS = re.compile(
    r"^(?:AMISOM|ATMIS|MINUSMA|MINUSCA|MONUSCO|UNIFIL|UNMISS|UNDOF|NATO|African Union|ECOWAS|"
    r"European Union|IGAD|SADC|Gulf Cooperation Council)\b"
)
_UNARMED_KINDS = frozenset({"organisation", "monitor", "media"})


def _neutrals_do_not_strike(draft: EventDraft) -> None:
    """A party that bears no arms (a UN agency, the Red Cross, a monitor, an outlet) is not the
    agent of armed violence."""
    agent = draft.actor1
    if (
        agent is not None
        and agent.kind in _UNARMED_KINDS
        and not _ARMED_ORGANISATIONS.match(agent.name)
        and _armed_violence(draft)
    ):
        draft.actor1 = None


def _speakers_are_not_hit(doc: Document, draft: EventDraft, speakers: set[str]) -> None:
    """A party that bears no arms and tells of the violence ("UNICEF said 25 children were
    killed in airstrikes") is not the side it hit: the civilians its sentences name are, if
    any (twenty-sixth round)."""
    hit = draft.actor2
    if (
        hit is None
        or hit.kind not in _UNARMED_KINDS
        or _ARMED_ORGANISATIONS.match(hit.name)
        or not _armed_violence(draft)
        or (hit.name not in speakers and not speaks(doc, hit))
    ):
        return
    draft.actor2 = next((a for a in actors_told(doc, draft) if a.kind == "civilians"), None)


def _civilians_are_hit(draft: EventDraft) -> None:
    agent = draft.actor1
    if agent is None or agent.kind != "civilians" or not _armed_violence(draft):
        return
    other = draft.actor2
    draft.actor1 = other if other is not None and other.kind != "civilians" else None
    draft.actor2 = agent


def _named_groups(doc: Document, draft: EventDraft) -> dict[str, ActorMention]:
    hit = draft.actor2.name if draft.actor2 is not None else None
    return {
        actor.name: actor
        for actor in actors_told(doc, draft)
        if not actor.generic
        and actor.kind in NON_STATE_ARMED_KINDS
        and actor.name != hit
        and not is_hit(doc, actor)
        and not speaks(doc, actor)
        and not _ACCUSED_OF.search(doc.text, max(0, actor.span.start - 60), actor.span.start)
        # (nor the group another broke from, nor one that denies the act: "claimed by a new
        # group, an offshoot of the Pakistani Taliban", "The TTP denied involvement")
        and not parent_of_an_offshoot(doc, actor)
        and not denies(doc, draft, actor.name)
        and not _joined_to(doc, actor, draft.actor2)
    }


# "where Jaish al-Islam and Faylaq al-Rahman fighters are present": groups told together
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*(?:the\s+)?")


def _joined_to(doc: Document, actor: ActorMention, hit: ActorMention | None) -> bool:
    """Whether ``actor`` is told in one coordination with the group hit ("X and Y fighters"):
    its lot is the hit group's, no agent the text tells apart (forty-fourth round)."""
    if hit is None or hit.generic or hit.kind not in NON_STATE_ARMED_KINDS:
        return False
    first, second = sorted((actor, hit), key=lambda m: m.span.start)
    between = _JOINED.fullmatch(doc.text, first.span.end, second.span.start)
    return between is not None


# "accused members of ... militias known as Janjaweed of attacking": a group someone accuses is
# not told acting (ACLED codes such an attack's agent as unidentified). The accusation's own
# clause only: "Residents, who accuse the army of neglect, said al-Shabaab fighters stormed
# the base" tells al-Shabaab acting (review43).
_ACCUSED_OF = re.compile(r"\b(?:accus\w*|blam\w*)\b(?:(?![.;,]).)*$", re.IGNORECASE)
