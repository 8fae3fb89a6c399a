"""The phrases that name a side outright, whatever else the sentence tells: "clashes between X
and Y" (both sides, in the order told: :func:`between_sides`), the "by X" of a passive (the
agent: :func:`passive_agent`), and the group a generic side is told of ("gunmen from the X",
"assailants believed to be members of the TTP": :func:`named_group_of`). :mod:`.roles` weighs
them against what the sentence's structure tells.
"""

from __future__ import annotations

import re

from ....document import ARMED_KINDS, ActorMention, Document, Trigger
from ....text.numbers import counting
from ....vocabulary import FIGHT_STEMS, WEEKDAY_NAMES

# "clashes between X and Y", "fighting broke out between X, ..., and Y": the two sides, in
# the order told.
# (a compound adjective or proper adjectives may describe the first side: "between the
# Kurdish-led SDF and ...", "between Syrian Arab tribes and ...")
_BETWEEN = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?[Bb]etween\s+(?:[Tt]he\s+)?(?:[\w.]+-[a-z]+\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,2}$"
)


# (the second side's adjectives may precede its noun: "and Syrian Arab tribes", "and Arab tribal
# militias"; and so may its count: "and around five rebels from the X", "and some 20 gunmen")
_COUNT = (
    r"(?:(?:around|about|some|nearly|almost|over|at\s+least|more\s+than|up\s+to)\s+)?"
    rf"(?:\d[\d,]*|{counting(1, 10)}|a\s+dozen|dozens\s+of|"
    r"scores\s+of|hundreds\s+of)\s+"
)


_AND = re.compile(
    r"^[^.;]{0,80}?\b[Aa]nd\s+(?:[Tt]he\s+|[Aa]n?\s+)?(?:"
    + _COUNT
    + r")?(?:[A-Z][\w'’-]*\s+){0,2}$"
)


# "fighting pitting X against Y", "the infighting is pitting the powerful X group against Y",
# "clashes that pitted X against Y": the wire's other way to tell both sides in order. The
# verb follows the trigger closely (a word or three: "is", "that have been"), and one plain
# adjective may stand before the first side ("the powerful", "rival").
_PITTING = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:pitting|pitted|pits)\s+(?:[Tt]he\s+)?(?:[a-z]+\s+)?"
    r"(?:[\w.]+-[a-z]+\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$"
)
_AGAINST = re.compile(
    r"^[^.;]{0,60}?\bagainst\s+(?:[Tt]he\s+|[Aa]n?\s+)?(?:"
    + _COUNT
    + r")?(?:[a-z]+\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$"
)


def between_sides(
    doc: Document, trigger: Trigger, agents: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """The two sides a "between X and Y" (or "pitting X against Y") right after the trigger
    names, if both are actors."""
    after = [a for a in agents if a.span.start >= trigger.span.end]
    for index, first in enumerate(after[:2]):
        opening = _without_article(doc.text[trigger.span.end : first.span.start])
        if len(opening) > 60:
            continue
        if _BETWEEN.match(opening) is not None:
            joiner = _AND
        elif _PITTING.match(opening) is not None:
            joiner = _AGAINST
        else:
            continue
        for second in after[index + 1 : index + 4]:
            joined = doc.text[first.span.end : second.span.start]
            if second.name != first.name and joiner.match(joined):
                # (a generic side is the group it is told of: "rebels from the X")
                return _named(doc, first, after), _named(doc, second, after)
        return None
    return None


# "Government forces and Houthis traded fire", "Somali troops and al-Shabaab fighters fought a
# fierce battle": a fight told by a verb whose subject joins both sides (clash60). The verb is
# one a fight has two sides of, and nothing but a time, an auxiliary or an adverb stands
# between the second side and it.
_RECIPROCAL = re.compile(
    r"(?:clash(?:ed|es)?|fought|fight|battled|skirmished|exchang\w*|trad(?:ed|e|es|ing)|"
    r"engaged\s+in)\b",
    re.IGNORECASE,
)
_JOINING = re.compile(r"\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?", re.IGNORECASE)
_UP_TO_THE_FIGHT = re.compile(
    r"\s+(?:(?:have|had|has|also|then|again|reportedly|heavily|fiercely|briefly|"
    rf"on\s+(?:{WEEKDAY_NAMES})|overnight|today|yesterday)\s+)*"
)


def joined_sides(
    doc: Document, trigger: Trigger, agents: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """The two sides of "X and Y clashed", "X and Y exchanged fire", in the order told."""
    if _RECIPROCAL.match(trigger.text) is None:
        return None
    return _two_sides_before(doc, trigger, agents, _UP_TO_THE_FIGHT)


# "Eight regime troops and five rebels were killed in clashes", "12 Houthi fighters and four
# soldiers died in the fighting": the dead of both sides name both sides (clash60); the count
# of the second may stand between them, and a verb of dying, then "in", "during" or "amid",
# between the second and the fight's word.
_FIGHT_WORD = re.compile(rf"(?:{FIGHT_STEMS}|gun-?fights?|fire-?fights?|confrontations?)", re.I)
_DEAD_IN_THE_FIGHT = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:[a-z]+\s+){1,4}?"
    r"(?:in|during|amid)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


def dead_of_both_sides(
    doc: Document, trigger: Trigger, hit: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """The two sides of "N troops and M rebels were killed in clashes": the state's forces
    first, as the monitors code a toll of both sides that names no one starting the fight
    ("two militants and a soldier were killed in a firefight": the army, then the militants),
    else in the order told."""
    if _FIGHT_WORD.match(trigger.text) is None:
        return None
    sides = _two_sides_before(doc, trigger, hit, _DEAD_IN_THE_FIGHT, counted=True)
    if sides is not None and sides[1].kind == "state_force" != sides[0].kind:
        return sides[1], sides[0]
    return sides


_COUNTED_JOIN = re.compile(
    r"\s+and\s+(?:(?:at\s+least|some|about|around|more\s+than)\s+)?(?:\d[\d,]*|[a-z]+)?\s*"
    r"(?:(?:of\s+)?the\s+)?",
    re.IGNORECASE,
)


def _two_sides_before(
    doc: Document,
    trigger: Trigger,
    actors: list[ActorMention],
    up_to_the_trigger: re.Pattern[str],
    *,
    counted: bool = False,
) -> tuple[ActorMention, ActorMention] | None:
    """The last two armed sides told before the trigger, joined by "and" (``counted``: the
    second's count between), with only ``up_to_the_trigger`` between the second and it."""
    # (a group's name and the generic noun right after it are one side: "Taliban militants")
    sides: list[tuple[ActorMention, int]] = []
    for actor in (a for a in actors if a.span.end <= trigger.span.start):
        if sides and actor.generic and not doc.text[sides[-1][1] : actor.span.start].strip():
            sides[-1] = (sides[-1][0], actor.span.end)
        else:
            sides.append((actor, actor.span.end))
    if len(sides) < 2:
        return None
    (first, first_end), (second, second_end) = sides[-2], sides[-1]
    joining = _COUNTED_JOIN if counted else _JOINING
    if (
        first.name == second.name
        or first.kind not in ARMED_KINDS
        or second.kind not in ARMED_KINDS
        or joining.fullmatch(doc.text, first_end, second.span.start) is None
        or up_to_the_trigger.fullmatch(doc.text, second_end, trigger.span.start) is None
    ):
        return None
    return _named(doc, first, actors), _named(doc, second, actors)


def _named(doc: Document, side: ActorMention, actors: list[ActorMention]) -> ActorMention:
    return named_group_of(doc, side, actors) if side.generic else side


def _without_article(text: str) -> str:
    return re.sub(r"\s(?:the|a|an)\s+$", " ", text, flags=re.IGNORECASE)


def members_named(doc: Document, generic: ActorMention, agents: list[ActorMention]) -> ActorMention:
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
    r"(?:(?:suspected|alleged|presumed|unknown|unidentified)\s+)?"
    # (the agent may be quoted: 'gunned down by "terrorists of the group"')
    r"(?:[\"“‘']\s*)?$"
)


_FROM = re.compile(r"^\s*(?:\w+\s+){0,3}?from\s+(?:the\s+)?$")


# "killed in Russian airstrikes", "wounded in a Turkish drone strike", "died in regime
# shelling": after a participle of harm, the strike the harm came "in" is told with its owner,
# who did it (as "by" tells it), never the one hit.
_HARM_PARTICIPLE = re.compile(r"(?:killed|wounded|injured|hurt|martyred|dead|died)$", re.IGNORECASE)
_IN_A = re.compile(r"^\s*(?:in|during)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_STRIKE_WORD = (
    r"(?:air\s?strikes?|air\s?raids?|(?:drone\s+|missile\s+|rocket\s+)?strikes?|raids?|"
    r"shelling|bombardment|bombing|barrage|shells|rockets?|missiles?|artillery(?:\s+fire)?)"
)
_STRIKE_END = re.compile(rf"\b{_STRIKE_WORD}$", re.IGNORECASE)
_STRIKE_NEXT = re.compile(rf"\s+{_STRIKE_WORD}\b", re.IGNORECASE)


def _in_its_strike(doc: Document, trigger: Trigger, actor: ActorMention, between: str) -> bool:
    """Whether ``actor`` owns the strike a participle of harm tells the harm came in: "killed
    in [Russian] airstrikes", "wounded in a [Turkish] drone strike"."""
    return (
        actor.kind in ARMED_KINDS
        and _HARM_PARTICIPLE.search(trigger.text) is not None
        and _IN_A.match(between) is not None
        and (
            _STRIKE_END.search(actor.text) is not None
            or _STRIKE_NEXT.match(doc.text, actor.span.end) is not None
        )
    )


def passive_agent(
    doc: Document, trigger: Trigger, after: list[ActorMention]
) -> ActorMention | None:
    """The agent a passive tells after its trigger: "by X" (or the owner of the strike the
    harm came in: "killed in Russian airstrikes")."""
    for actor in after[:3]:
        between = doc.text[trigger.span.end : actor.span.start]
        if _in_its_strike(doc, trigger, actor, between):
            return actor
        if "," in between or ";" in between:
            between = between.split(",")[-1]
        if _BY.search(between) and not re.search(r"\b(?:trained|backed|affiliated)\s+by", between):
            return named_group_of(doc, actor, after) if actor.generic else actor
        if trigger.text.lower().startswith("receiv") and _FROM.search(between):
            return actor
    return None


# "Kurdish and Iraqi troops backed by the coalition began an offensive": whoever backs the side
# that acts is its patron, whether or not the side is an actor the text names. Not support in
# the fight itself ("soldiers supported by the air force stormed the village", "troops
# backed by Russian airstrikes"): the air arm strikes beside them.
_BACKED_BY = re.compile(
    r"\b(?:backed|funded|armed|trained|sponsored)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)
_AIR_ARM = re.compile(
    r"\b(?:air\s?force|air\s?craft|air\s?strikes?|air\s?raids?|warplanes?|jets?|planes|"
    r"helicopters?|drones?|artillery)$",
    re.IGNORECASE,
)


# The side a strike supports is not the side it hits: "coalition warplanes supporting the
# Syrian Democratic Forces struck Tabqa, killing 15 civilians", "Russian airstrikes in support
# of regime forces killed ten civilians" (the ground force fights beside the air arm).
_SUPPORTED = re.compile(
    r"\b(?:supporting|in\s+support\s+of|backing|(?:to|that)\s+(?:support|back)s?|"
    r"providing\s+(?:air\s+)?(?:cover|support)\s+(?:to|for))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def backs_a_side(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor is told as backing a side ("forces backed by the coalition"): a patron,
    neither the one that acts nor the one hit; or as the side an act supports ("warplanes
    supporting the SDF")."""
    start = actor.span.start
    if _SUPPORTED.search(doc.text, max(0, start - 40), start) is not None:
        return True
    if _AIR_ARM.search(actor.text):
        return False
    return _BACKED_BY.search(doc.text, max(0, start - 30), start) is not None
