"""Who did it to whom: actor1 (the agent) and actor2 (the one hit) of an event from the
sentence's structure rather than from word order alone.

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

from ...document import ARMED_KINDS, ActorMention, Document, Trigger
from ...ontology import EventTypeName
from ..crowds import CROWD_TYPES
from .defence import defended_sides
from .telling import clause_start, is_accused, is_behind, speaks, tells_own_act

_HIT_VERBS = (
    r"killed|injured|wounded|hurt|martyred|arrested|detained|abducted|kidnapped|executed|"
    r"targeted|captured|eliminated|slain|shot|beheaded|massacred|dead|stabbed|hacked|lynched|"
    r"assaulted|beaten|attacked|ambushed|gunned|tortured|murdered|raped"
)
# "... civilians were killed", "militants from the group were killed", "people have been hurt".
_TOLD_AS_HIT = re.compile(
    # (an acronym may follow the name: "members of the Northern Defence Front (NDF) were killed")
    # (or a phrase between commas: "Three fighters in a militia from Karu, in the west, were
    # killed")
    rf"^\)?(?:\s*\([\w-]+\))?(?:,[^,.;:]{{1,40}},)?(?:\s+[\w-]+){{0,3}}?\s+"
    rf"(?:were|was|have\s+been|has\s+been|had\s+been|got|are|is|being)"
    rf"\s+(?:\w+ly\s+)?(?:{_HIT_VERBS})\b",
    re.IGNORECASE,
)
# "More than a dozen soldiers died as armed groups attacked", "three policemen lost their lives":
# the subject of a verb of dying is told as the losses, never as the agent (not across a
# statement verb: "police said three people died").
_TOLD_DYING = re.compile(
    r"^\)?(?:\s*\([\w-]+\))?(?:\s+(?!(?:said|says|say|told|reported|announced)\b)[\w-]+){0,2}?"
    r"\s+(?:died|perished|succumbed|lost\s+(?:their|his|her)\s+li(?:ves|fe))\b",
    re.IGNORECASE,
)
# "70 Militants Killed in ...", "8 persons killed, 58 others injured": a counted actor and a
# bare participle (headline style).
_COUNT_BEFORE = re.compile(
    r"(?:\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens of|scores of|hundreds of))"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
_BARE_PARTICIPLE = re.compile(rf"^\s+(?:{_HIT_VERBS})\b", re.IGNORECASE)


def _opens(actor: ActorMention, trigger: Trigger) -> bool:
    """Whether the actor starts the trigger's own phrase: "[the air force] attacked"."""
    return trigger.span.start <= actor.span.start < trigger.span.end


# Places and gear that belong to the side they hit: "shelled army positions", "stormed a
# police checkpoint", "an attack on a police station", "ambushed an army convoy", "targeted
# ISIS hideouts", "terrorists' positions".
_TARGET_NOUN = re.compile(
    r"^['’]?s?['’]?\s+(?:(?:military|forward|advanced|defensive|fortified)\s+)?(?:positions?|"
    r"posts?|checkpoints?|check-?posts?|stations?|camps?|convoys?|patrols?|bases?|barracks|"
    r"headquarters|fortifications?|hideouts?|gatherings?|strongholds?|outposts?|depots?|"
    # what a strike is aimed at: "struck Hezbollah targets", "air strikes on PKK sites"
    r"targets|sites|facilities|installations|infrastructure)\b",
    re.IGNORECASE,
)


# What hits the positions: a verb of attack or a preposition of the attack's aim before them
# ("strikes on ISIS positions", "shelled army posts"), or a passive after them ("ISIS hideouts
# ... were destroyed").
_AIMED_AT = re.compile(
    r"\b(?:on|against|at|targeted|targeting|hit|hitting|struck|striking|shelled|shelling|"
    r"stormed|storming|attacked|attacking|bombed|bombing|pounded|pounding|raided|raiding|"
    r"overran|overrunning)\s+(?:(?:the|a|an|their|its|several|two|three|\d+)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TARGETS_HIT = re.compile(
    r"^[^.;]{0,60}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:destroyed|hit|targeted|shelled|struck|bombed|pounded|attacked|stormed|overrun)\b",
    re.IGNORECASE,
)


# The holder of what is struck, told by a participle of holding: "struck positions held by
# the Houthis", "an arms depot used by the group", "a checkpoint manned by X" (not where the
# fire came from: "shells fired from areas controlled by X" are X's).
_HELD_BY = re.compile(
    r"\b(?:held|controlled|used|run|operated|occupied|manned|guarded|dominated)\s+by\s+"
    r"(?:the\s+)?(?:(?!by\b|of\b|from\b|with\b|in\b|and\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _owns_target(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor owns the positions, posts or hideouts an attack is aimed at, or holds
    what is struck ("positions held by the Houthis")."""
    after = doc.text[actor.span.end : actor.span.end + 100]
    before = doc.text[max(0, actor.span.start - 80) : actor.span.start]
    held = _HELD_BY.search(before)
    if held is not None and not _FROM_PLACE.search(before[: held.start()]):
        return True
    before = before[-60:]
    target = _TARGET_NOUN.match(after)
    return target is not None and (
        _AIMED_AT.search(before) is not None
        or _TARGETS_HIT.match(after[target.end() :]) is not None
    )


# The side present where it went off, told by a clause of passing or arriving: "a roadside bomb
# exploded as a police patrol passed", "a bomb went off shortly after soldiers arrived", "an
# IED exploded when a military vehicle was passing", "shot at when they were returning": the
# one there is hit, never the agent of what went off.
_PRESENT_OPENS = re.compile(
    r"\b(?:as|when|while|after|once)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PRESENT_VERB = re.compile(
    r"^(?:\s+(?!said\b|says\b|told\b)[\w-]+){0,2}?\s+(?:was\s+|were\s+|had\s+)?"
    r"(?:passing|passed|pass|arrived|arriving|reached|patrolling|travell?ing|travell?ed|"
    r"driving|drove|returning|approached|approaching|entered|entering|crossing|crossed)\b",
    re.IGNORECASE,
)


def _present_where_it_hit(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 60) : actor.span.start]
    after = doc.text[actor.span.end : actor.span.end + 60]
    return bool(_PRESENT_OPENS.search(before) and _PRESENT_VERB.match(after))


def is_hit(doc: Document, actor: ActorMention) -> bool:
    """Whether the sentence tells ``actor`` as the one killed, hurt, arrested or targeted, by
    a passive ("were killed"), a verb of dying ("soldiers died"), a headline's count ("8
    persons killed"), as the object of an active verb of harm ("killed two police officers")
    or as the owner of the positions, posts or hideouts hit ("shelled army positions")."""
    after = doc.text[actor.span.end : actor.span.end + 80]
    told = _TOLD_AS_HIT.match(after) or _TOLD_DYING.match(after)
    if told or _object_of_harm(doc, actor) or _owns_target(doc, actor):
        return True
    if _present_where_it_hit(doc, actor):
        return True
    before = doc.text[max(0, actor.span.start - 30) : actor.span.start]
    # (a date is no count: "Fri Jun 24 2016 the group kidnapped 300")
    counted = None if _YEAR_BEFORE.search(before) else _COUNT_BEFORE.search(before)
    return (counted is not None or actor.kind == "civilians") and bool(
        _BARE_PARTICIPLE.match(after)
    )


def told_actors(
    doc: Document, trigger: Trigger, actors: list[ActorMention], event_type: EventTypeName
) -> tuple[ActorMention | None, ActorMention | None]:
    """The agent and the one hit, as the sentence tells them (see the module's rules)."""
    crowd = event_type in CROWD_TYPES
    hit = [a for a in actors if not crowd and (a.kind == "civilians" or is_hit(doc, a))]
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
    sides = _between(doc, trigger, agents)
    if sides is not None:
        return sides
    actor1 = _agent_before(doc, trigger, agents)
    actor2: ActorMention | None = None
    agent = _passive_agent(doc, trigger, [a for a in actors if a.span.start >= trigger.span.end])
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


def _agent_before(
    doc: Document, trigger: Trigger, agents: list[ActorMention]
) -> ActorMention | None:
    """The agent told before the trigger or opening it; a generic one is the group named as
    having it among its members."""
    # An agent inside the trigger's phrase ("Turkish drone strike", "Russian warplanes") is
    # before it.
    # The trigger may open with its agent ("the air force attacked", "warplanes struck").
    before = [a for a in agents if a.span.start < trigger.span.start or _opens(a, trigger)]
    # "destroyed in army airstrikes", "by the army's artillery fire and allied airstrikes": the
    # armed actor compounded with a strike noun is its agent, over one named before.
    compound = [a for a in before if a.kind in ARMED_KINDS and _compounded(doc, a, trigger)]
    # "police told Anadolu that terrorists detonated ...": the subject of the reported clause,
    # over an actor of the frame that reports it.
    own = [a for a in before if a.span.start >= clause_start(doc, trigger)]
    first = own[0] if own else before[0] if before else None
    agent = compound[-1] if compound else first
    if agent is not None and agent.generic:
        return _members_named(doc, agent, agents)
    return agent


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
            if a.span.start >= trigger.span.end and a is not actor1 and not speaks(doc, a)
        ]
        actor2 = next((a for a in rest if actor1 is None or a.name != actor1.name), None)
    if actor2 is None and hit:
        actor2 = hit[0]
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        return None
    return actor2


# Nouns of strikes an actor may modify ("army airstrikes", "US drone strikes"); a verb after an
# actor ("Taliban militants attacked") is told by the sentence's subject, not compounded.
_STRIKE_NOUN = re.compile(
    r"(?:strikes?|airstrikes?|air\s?raids?|raids?|shelling|bombardment|bombing|barrage|"
    r"shells|rockets|missiles|artillery(?:\s+fire)?)$",
    re.IGNORECASE,
)


def _compounded(doc: Document, actor: ActorMention, trigger: Trigger) -> bool:
    """Whether the actor modifies the trigger, a strike noun: right before it ("army
    airstrikes") or holding it ("Turkish drone strike")."""
    if _STRIKE_NOUN.search(trigger.text) is None:
        return False
    if actor.span.end > trigger.span.start:
        return True
    return doc.text[actor.span.end : trigger.span.start].strip() == ""


# "clashes between X and Y", "fighting broke out between X, ..., and Y": the two sides, in
# the order told.
# (a compound adjective or proper adjectives may describe the first side: "between the
# Kurdish-led SDF and ...", "between Syrian Arab tribes and ...")
_BETWEEN = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?[Bb]etween\s+(?:[Tt]he\s+)?(?:[\w.]+-[a-z]+\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,2}$"
)
# (the second side's adjectives may precede its noun: "and Syrian Arab tribes", "and Arab tribal
# militias")
_AND = re.compile(r"^[^.;]{0,80}?\b[Aa]nd\s+(?:[Tt]he\s+|[Aa]n?\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$")


def _between(
    doc: Document, trigger: Trigger, agents: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """The two sides a "between X and Y" right after the trigger names, if both are actors."""
    after = [a for a in agents if a.span.start >= trigger.span.end]
    for index, first in enumerate(after[:2]):
        opening = doc.text[trigger.span.end : first.span.start]
        if len(opening) > 60 or _BETWEEN.match(_without_article(opening)) is None:
            continue
        for second in after[index + 1 : index + 4]:
            joined = doc.text[first.span.end : second.span.start]
            if second.name != first.name and _AND.match(joined):
                return first, second
        return None
    return None


def _without_article(text: str) -> str:
    return re.sub(r"\s(?:the|a|an)\s+$", " ", text, flags=re.IGNORECASE)


# An active verb of harm and its object: "Gunmen kill two police officers", "Police shoot
# Somali militiamen", "a blast killed a civilian and two police officers". Not "killed in
# clashes with the army" (a preposition between) nor "were shot by police" (a passive).
_OBJECT_OF_HARM = re.compile(
    r"\b(?:kill|shoot|shot|attack|abduct|kidnap|assault|ambush|behead|stab|hack|lynch|injur|"
    r"wound|murder|execut|tortur|beat|target)\w*\s+"
    r"(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"twenty|thirty|forty|fifty|(?:dozens|scores|hundreds)\s+of|at\s+least|more\s+than|about|"
    r"nearly|almost|"
    r"several|some|many|other|"
    r"more|local|and|\d+|civilians?|people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|villagers?|"
    r"herders?|residents?)\s+){0,5}$",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$", re.I)


def _object_of_harm(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 80) : actor.span.start]
    verb = _OBJECT_OF_HARM.search(before)
    return verb is not None and not _PASSIVE_BEFORE.search(before[: verb.start()])


def _members_named(
    doc: Document, generic: ActorMention, agents: list[ActorMention]
) -> ActorMention:
    """A generic agent is the group the sentence names its members of, wherever they stand:
    "Three injured in a terrorist rocket attack ... when terrorists from Jaish al-Islam fired"."""
    for actor in agents:
        if actor.generic and actor.kind == generic.kind:
            group = named_group_of(doc, actor, agents)
            if group is not actor:
                return group
    return generic


# "gunmen of the group", "attackers thought to be linked to the group", "assailants believed
# to be members of the TTP".
_MEMBERS_OF = re.compile(
    r"^,?\s+(?:(?:who\s+(?:are|were)\s+)?(?:(?:believed|suspected|thought|said)\s+to\s+be\s+)?"
    r"(?:from|of|members\s+of|belonging\s+to|in\s+league\s+with|"
    r"(?:affiliated|linked|loyal)\s+(?:to|with)))\s+(?:the\s+)?$"
)


def named_group_of(
    doc: Document, generic: ActorMention, actors: list[ActorMention]
) -> ActorMention:
    """ "Militiamen from the Fatemiyoun Division", "elements of the 47th Regiment", "terrorist
    organizations affiliated to Jabhat al-Nusra": the group."""
    for actor in actors:
        if actor.generic or actor.kind == "person" or actor.span.start < generic.span.end:
            continue
        if _MEMBERS_OF.match(doc.text[generic.span.end : actor.span.start]):
            return actor
        break
    return generic


# ("planted in the English-speaking town of Bamenda by suspected separatists": a hyphened word
# between, and the agent's qualifier after "by")
_BY = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,6}?by\s+(?:the\s+)?"
    r"(?:(?:suspected|alleged|presumed|unknown|unidentified)\s+)?$"
)
_FROM = re.compile(r"^\s*(?:\w+\s+){0,3}?from\s+(?:the\s+)?$")


def _passive_agent(
    doc: Document, trigger: Trigger, after: list[ActorMention]
) -> ActorMention | None:
    for actor in after[:3]:
        between = doc.text[trigger.span.end : actor.span.start]
        if "," in between or ";" in between:
            between = between.split(",")[-1]
        if _BY.search(between) and not re.search(r"\b(?:trained|backed|affiliated)\s+by", between):
            return named_group_of(doc, actor, after) if actor.generic else actor
        if trigger.text.lower().startswith("receiv") and _FROM.search(between):
            return actor
    return None
