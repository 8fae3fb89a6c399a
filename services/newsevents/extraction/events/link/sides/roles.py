"""Who did it to whom: actor1 (the agent) and actor2 (the one hit) of an event from the
sentence's structure rather than from word order alone (who the sentence tells as hit is
read by :mod:`.hit`).

- The hit are never the agent: an actor told as killed, hurt, arrested or targeted ("Thirteen
  civilians were killed ...", "70 Militants Killed in clashes with the army", "8 persons killed")
  and civilians anywhere are actor2; the agent is then the first other actor, before or after.
  So is the subject of a verb of dying: "More than a dozen soldiers died as armed groups
  attacked" tells the soldiers' losses, the armed groups' act.
- The agent named by an adjective, possessive or compound before the weapon ("a Turkish drone
  strike", "Israel's strikes", "terrorist rocket attacks") is an actor mention that starts
  before the trigger or inside its phrase (actors/forces.py, actors/generic.py): it is actor1.
- An armed actor compounded with a strike noun ("army airstrikes", "US airstrikes") is its
  agent, over an actor named before it ("militants were killed by the army's artillery fire and
  US airstrikes": the US for the airstrikes).
- The "by X" of a passive wins over a generic or personal agent ("were injured by terrorists"),
  and an armed "by X" over an unarmed actor before the trigger ("The UN condemned airstrikes by
  the coalition").
- Members of a named group are the group ("terrorists from Jaish al-Islam", "terrorist
  organizations affiliated to Jabhat al-Nusra").
- Who tells it is on neither side, unless it tells its own act; the subject of a reported
  clause acts over the frame reporting it (:mod:`.telling`).
- The owner of the positions, posts or hideouts an attack is aimed at is hit ("strikes on ISIS
  positions"); so are the holder of what is struck ("positions held by the Houthis") and the
  side told passing or arriving where a bomb went off ("exploded as a police patrol passed");
  "clashes between X and Y" name both sides in the order told.
- Who repels an attack defends: "troops repelled the militants", "the army foiled an attack by
  ISIS, killing 20" tell the militants and ISIS as the attackers (actor1), the troops and the
  army as the attacked (actor2), as analysts code the side that started the fight first.
"""

from __future__ import annotations

import re

from ....document import ARMED_KINDS, ActorMention, Document, Trigger
from ....ontology import EventTypeName
from ...crowds import CROWD_TYPES
from .defence import defended_sides
from .hit import describes_owned_post, holds_place, is_hit
from .phrases import (
    between_sides,
    dead_of_both_sides,
    joined_sides,
    members_named,
    named_group_of,
    passive_agent,
)
from .telling import (
    clause_start,
    is_accused,
    is_behind,
    parent_of_an_offshoot,
    speaks,
    tells_own_act,
)


def _opens(actor: ActorMention, trigger: Trigger) -> bool:
    """Whether the actor starts the trigger's own phrase: "[the air force] attacked"."""
    return trigger.span.start <= actor.span.start < trigger.span.end


def told_actors(
    doc: Document, trigger: Trigger, actors: list[ActorMention], event_type: EventTypeName
) -> tuple[ActorMention | None, ActorMention | None]:
    """The agent and the one hit, as the sentence tells them (see the module's rules)."""
    crowd = event_type in CROWD_TYPES
    # "shelling of districts under government control": the holder of the ground is no side;
    # unless the ground itself changes hands ("seized a town under the control of the army":
    # the army lost it).
    if event_type not in _GROUND_CHANGES_HANDS:
        actors = [a for a in actors if not holds_place(doc, a)]
    # "attacked a military post of the SDF": the post's word is no side beside its owner.
    actors = [a for a in actors if not describes_owned_post(doc, a)]
    # "claimed by a new group, an offshoot of the Pakistani Taliban": the parent is no side.
    actors = [a for a in actors if not parent_of_an_offshoot(doc, a)]
    hit = [a for a in actors if not crowd and (a.kind == "civilians" or is_hit(doc, a))]
    # (and the acronym told in brackets after one hit: "the Somali National Army (SNA)")
    hit += [a for a in actors if a not in hit and any(_acronym_of(doc, h, a) for h in hit)]
    # (and a mention of the same side in one phrase with one hit: "stabbed an IDF soldier",
    # "an IDF soldier was wounded": the compound's two words are one side)
    hit += [a for a in actors if a not in hit and any(_one_phrase(h, a) for h in hit)]
    # "Lebanon's army said that Israel was behind the fire": the one behind it acted.
    behind = next((a for a in actors if is_behind(doc, a)), None)
    if behind is not None and behind not in hit:
        others = [a for a in hit if a is not behind]
        return behind, others[0] if others else None
    # "..., the Houthi group said": who tells it is not who did it.
    # (unless it tells of its own act: "the army said it killed three militants")
    # Nor is the one someone accuses: "the militants claimed the army was responsible".
    agents = [
        a
        for a in actors
        if a not in hit
        and not is_accused(doc, a)
        and (not speaks(doc, a) or tells_own_act(doc, a, trigger))
    ]
    # "clashes between X and Y": both sides, in the order told.
    sides = between_sides(doc, trigger, agents)
    if sides is not None:
        return sides
    # "X and Y clashed", "N troops and M rebels were killed in clashes": both sides, in the
    # order told.
    sides = joined_sides(doc, trigger, agents) or dead_of_both_sides(doc, trigger, hit)
    if sides is not None:
        return sides
    actor1 = _agent_before(doc, trigger, agents)
    actor2: ActorMention | None = None
    agent = passive_agent(doc, trigger, [a for a in actors if a.span.start >= trigger.span.end])
    weak_agent = actor1 is None or actor1.generic or actor1.kind == "person"
    # "The UN condemned airstrikes by the coalition": an unarmed actor before the trigger
    # (who condemns, reports or hosts it) is no agent beside an armed "by X".
    unarmed = actor1 is not None and actor1.kind not in ARMED_KINDS
    if agent is not None and agent not in hit and agent.kind in ARMED_KINDS and unarmed:
        actor1 = agent  # nor is it the one hit
    elif agent is not None and agent not in hit and weak_agent:
        actor1, actor2 = agent, actor1
    after = [a for a in agents if a.span.start >= trigger.span.start and not _opens(a, trigger)]
    # (not a further member of the list of losses: "30 rebels have died, most of them in air
    # raids, and 12 people among the troops")
    after = [a for a in after if not _LIST_GOES_ON.search(doc.text, trigger.span.end, a.span.start)]
    if actor1 is None and hit and after:
        # "70 militants were killed in clashes with the army": the army.
        actor1 = named_group_of(doc, after[0], actors) if after[0].generic else after[0]
    actor2 = _one_hit(doc, trigger, actors, hit, actor1, actor2)
    return defended_sides(doc, trigger, actor1, actor2)


_LIST_GOES_ON = re.compile(r",\s+and\b")


def _one_phrase(one: ActorMention, other: ActorMention) -> bool:
    """Whether two mentions of one side stand next to each other ("IDF soldier")."""
    return one.name == other.name and (
        0 <= other.span.start - one.span.end <= 1 or 0 <= one.span.start - other.span.end <= 1
    )


# Acts whose object is the ground: its holder is the side that loses it.
_GROUND_CHANGES_HANDS: frozenset[EventTypeName] = frozenset(
    {"territory_taken", "territory_regained", "territory_handover", "property_seized"}
)

# What may stand between a subject and its verb: "gunmen killed", "the gunmen who had killed".
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:who|which|that|had|has|have|also|then|later|reportedly|allegedly)\s+)*",
    re.IGNORECASE,
)


# What stands between a relative pronoun's antecedent and the verb it is the subject of: at
# most two words of its noun phrase ("group", "terrorist group"), then "who", "that" or
# "which" and the gap a subject may have ("who had also attacked").
_ANTECEDENT = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s*,?\s+(?:who|that|which)"
    r"(?:\s+(?:had|has|have|also|then|later|reportedly|allegedly))*\s+"
)


def _one_side(name: ActorMention, noun: ActorMention) -> bool:
    """Whether a generic noun right after a name tells its men ("Jabhat al-Nusra terrorists")."""
    return not name.generic and noun.generic and 0 <= noun.span.start - name.span.end <= 1


# The act another answered, told after its delay in the answering act's sentence: "warplanes
# struck sites in southern Lebanon, hours after rockets fired from Lebanon hit ...": the
# answering side did not fire those rockets (forty-fourth round). ("in retaliation for an
# attack" is left alone: a note's one event is often told by the act it answered.)
ANSWERED = re.compile(
    r",\s*(?:just\s+|only\s+|shortly\s+|some\s+)?(?:hours|minutes|days|a\s+day)\s+after"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def told_before_an_answered_act(doc: Document, actor: ActorMention, trigger: Trigger) -> bool:
    """Whether ``actor`` is told before the ", hours after" that opens the clause of the act
    at ``trigger`` (:data:`ANSWERED`): the side of the answering act, no side of this one."""
    return (
        actor.span.end <= trigger.span.start
        and ANSWERED.search(doc.text, actor.span.end, trigger.span.start) is not None
    )


def _agent_before(
    doc: Document, trigger: Trigger, agents: list[ActorMention]
) -> ActorMention | None:
    """The agent told before the trigger or opening it; a generic one is the group named as
    having it among its members."""
    # An agent inside the trigger's phrase ("Turkish drone strike", "Russian warplanes") is
    # before it.
    # The trigger may open with its agent ("the air force attacked", "warplanes struck").
    before = [a for a in agents if a.span.start < trigger.span.start or _opens(a, trigger)]
    before = [a for a in before if not told_before_an_answered_act(doc, a, trigger)]
    # "destroyed in army airstrikes", "by the army's artillery fire and allied airstrikes": the
    # armed actor compounded with a strike noun is its agent, over one named before.
    compound = [a for a in before if a.kind in ARMED_KINDS and _compounded(doc, a, trigger)]
    # "police told Anadolu that terrorists detonated ...": the subject of the reported clause,
    # over an actor of the frame that reports it.
    opens = clause_start(doc, trigger)
    own = [a for a in before if a.span.start >= opens]
    # "the group said in a statement that it had hit an army jeep": the clause's subject is a
    # pronoun standing for the speaker, so the speaker acts, not an actor of the clause's object;
    # unless an actor of the clause is the trigger's own subject ("police said that they were
    # hunting the gunmen who killed three farmers": the gunmen).
    pronoun = next(
        (a for a in before if a.span.start < opens and tells_own_act(doc, a, trigger)), None
    )
    if any(_SUBJECT_GAP.fullmatch(doc.text[a.span.end : trigger.span.start]) for a in own):
        pronoun = None
    first = pronoun or (own[0] if own else before[0] if before else None)
    # "the army struck an ISIL group that attacked a military post": the antecedent of the
    # relative pronoun opening the trigger's clause is its subject, over the main clause's; a
    # name told with the generic noun ("Jabhat al-Nusra terrorists who targeted") is that side.
    antecedent = next(
        (
            a
            for a in reversed(own)
            if _ANTECEDENT.fullmatch(doc.text[a.span.end : trigger.span.start])
        ),
        None,
    )
    if antecedent is not None:
        first = next(
            (b for b in own if b is not antecedent and _one_side(b, antecedent)), antecedent
        )
    first = _subordinate_subject(doc, trigger, own, first)
    agent = compound[-1] if compound else first
    if agent is not None and agent.generic:
        return members_named(doc, agent, agents)
    return agent


# Conjunctions opening a clause of the circumstance: "troops were killed after jihadists
# ambushed their convoy", "two died when militants stormed the post".
# ("as" after a participle or "such" is no conjunction: "gunmen disguised as soldiers
# abducted", "dressed as", "posing as"; nor "as well as", which joins two agents: "police as
# well as militiamen stormed the camp")
_SUBORDINATE = re.compile(
    r"\b(?:when|after|while|before|because|once|"
    r"(?<!ed )(?<!ng )(?<!ch )(?<!well )as(?!\s+well\s+as\b))\b",
    re.IGNORECASE,
)
# The trigger is the clause's verb ("ambushed", "opened fire", "shot"), not a noun an actor
# modifies ("after reports of a militant ambush": no clause of the militants).
_FINITE_VERB = re.compile(
    r"(?:\w+ed|shot|struck|hit|threw|blew|set|fought|overran|took|stole|stormed)\b", re.IGNORECASE
)


def _subordinate_subject(
    doc: Document, trigger: Trigger, own: list[ActorMention], first: ActorMention | None
) -> ActorMention | None:
    """The subject of the trigger's own subordinate clause over the main clause's actor: in
    "dozens of troops were killed after jihadists ambushed their convoy" the jihadists
    ambushed, the troops are told by the main clause (their losses)."""
    if first is None or first not in own:
        return first
    subject = next(
        (
            a
            for a in reversed(own)
            if a.span.end <= trigger.span.start
            and _SUBJECT_GAP.fullmatch(doc.text[a.span.end : trigger.span.start])
        ),
        None,
    )
    if (
        subject is None
        or subject is first
        or subject.kind not in ARMED_KINDS
        or _SUBORDINATE.search(doc.text[first.span.end : subject.span.start]) is None
        or _FINITE_VERB.match(trigger.text) is None
    ):
        return first
    return subject


def _one_hit(
    doc: Document,
    trigger: Trigger,
    actors: list[ActorMention],
    hit: list[ActorMention],
    actor1: ActorMention | None,
    actor2: ActorMention | None,
) -> ActorMention | None:
    """The one hit, once the agent is chosen: one told as hit before the trigger (over a
    generic actor2), else the first other actor after the trigger that does not tell it, else
    the first one hit; never a namesake of the agent."""
    if actor2 is None or (actor2.generic and hit):
        actor2 = next((a for a in hit if a.span.start < trigger.span.start), actor2)
    if actor2 is None:
        # (who tells it sides with neither: "..., the Houthi group said")
        rest = [
            a
            for a in actors
            if a.span.start >= trigger.span.end
            and a is not actor1
            and not speaks(doc, a)
            and not _joined_agent(doc, trigger, actor1, a)
        ]
        actor2 = next((a for a in rest if actor1 is None or a.name != actor1.name), None)
    if actor2 is None and hit:
        actor2 = hit[0]
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        return None
    return actor2


# "Turkish artillery and coalition jets hit 33 emplacements": an armed side joined by "and" to
# the agent whose weapon the trigger is acts beside it, it is not hit (twenty-seventh round).
_JOINED = re.compile(r"\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+(?:the\s+)?")


def _joined_agent(
    doc: Document, trigger: Trigger, actor1: ActorMention | None, actor: ActorMention
) -> bool:
    """Whether ``actor`` is joined by "and" right after the trigger that ends the agent's own
    phrase ("[Turkish artillery] and [coalition jets]")."""
    return (
        actor1 is not None
        and actor1.span.start <= trigger.span.start
        and actor1.span.end >= trigger.span.end
        and actor.kind in ARMED_KINDS
        and _JOINED.fullmatch(doc.text, trigger.span.end, actor.span.start) is not None
    )


def _acronym_of(doc: Document, named: ActorMention, actor: ActorMention) -> bool:
    """Whether ``actor`` is the bracketed acronym right after ``named``: "Army (SNA)".

    Any mention in the brackets, whatever its letters: the mention before them may hold only
    part of the name ("Youth League (RYL)" with the country word before it read as a place), an
    acronym may be in mixed case ("Jaish-e-Ruritania (JeR)").
    Not :func:`...actors.named.acronyms.defined_acronyms`, which renames every mention of an acronym
    in the article and so takes only the initials of the name it follows (its docstring says
    why the two readings stay apart)."""
    return (
        actor.span.start > named.span.end
        and doc.text[named.span.end : actor.span.start].strip() == "("
        and doc.text[actor.span.end : actor.span.end + 1] == ")"
    )


# Nouns of strikes an actor may modify ("army airstrikes", "US drone strikes"); a verb after an
# actor ("Taliban militants attacked") is told by the sentence's subject, not compounded.
_STRIKE_NOUN = re.compile(
    r"(?:strikes?|airstrikes?|air\s?raids?|raids?|shelling|bombardment|bombing|barrage|"
    r"shells|rockets|missiles|artillery(?:\s+fire)?)$",
    re.IGNORECASE,
)

_AIRCRAFT = re.compile(
    r"(?:jets?|warplanes?|war\s?planes|aircraft|planes|helicopters?|drones?|gunships?)\b",
    re.IGNORECASE,
)


def _compounded(doc: Document, actor: ActorMention, trigger: Trigger) -> bool:
    """Whether the actor modifies the trigger, a strike noun: right before it ("army
    airstrikes") or holding it ("Turkish drone strike"); or the aircraft the trigger opens
    with ("coalition jets" of "Turkish artillery and coalition jets hit": the jets' owner)."""
    if actor.span.start < trigger.span.start < actor.span.end and _AIRCRAFT.match(
        doc.text, trigger.span.start
    ):
        return True
    if _STRIKE_NOUN.search(trigger.text) is None:
        return False
    if actor.span.end > trigger.span.start:
        return True
    return doc.text[actor.span.end : trigger.span.start].strip() == ""
