"""The sides of a fight (for :func:`..refinement.refine_type` and the linking of actors): fire
exchanged between two armed sides, armed men told as the dead of a sentence, people told as a
fight's dead rather than its side (before it or after it), the police against people who bear no
arms, and an unarmed hit.
"""

from __future__ import annotations

import re

from .....actors.dictionary import named_actors
from .....text.numbers import SEVERAL_WORDS, counting
from ...sides.agents import agent_and_hit, clause_before
from ...sides.between import BETWEEN_SIDES, sides_after
from ...sides.bystanders import LOCATIVE, PLACE_NOUN
from ...sides.parties import ARMED, ROLE, is_off_duty, kind_of, nearest_party, party_member
from .communal_fights import POLICE

# Fire told as exchanged between two armed sides is a battle, whoever it hit: "a civilian was
# killed in firing between Indian and Pakistani troops", "in an exchange of fire by police and
# militants", "troops of the two countries targeted each other" (ACLED: a battle is fought
# between organised armed sides; the civilians are its toll).
_FIRE_BETWEEN = re.compile(
    r"\b(?:fir(?:e|ing)|gunfire|shoot-?outs?|shooting|fighting|clash(?:es)?|battles?|"
    r"exchanges?|cross-?fire|shelling|hostilities|skirmish(?:es)?|gun-?battles?|gun-?fights?|"
    r"encounters?)\s+(?:[\w-]+\s+){0,6}?(?:between|by)\s+(?P<a>[^,;:.()]{1,60}?)\s+and\s+"
    r"(?P<b>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
_EACH_OTHER = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
# The dead or hurt of a sentence, told before their word: "a dozen soldiers died as gunmen
# attacked the north" (the attack names no one hit after it: its dead are the hit).
# Only intransitive and passive forms: "a sniper wounded three children" names the agent, not
# the hurt.
_HURT = re.compile(
    r"\b(?:died|lost their lives|(?:was|were|been|being|got)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|martyred))\b",
    re.IGNORECASE,
)


def two_armed_sides(sentence: str) -> bool:
    """Whether the sentence tells fire exchanged between two armed sides: "between" or "by" two
    parties both armed (the first may be an adjective sharing the second's noun: "Indian and
    Pakistani troops"), or armed men acting on "each other"."""
    for m in _FIRE_BETWEEN.finditer(sentence):
        first = nearest_party(m.group("a"), last=True)
        second = nearest_party(m.group("b"), last=False)
        if second is None or second[0] != "armed":
            continue
        # the first side armed, or an adjective sharing the second's noun ("Indian and ...")
        if (first is not None and first[0] == "armed") or (
            first is None and len(m.group("a").split()) <= 2
        ):
            return True
    each = _EACH_OTHER.search(sentence)
    return each is not None and kind_of(clause_before(sentence, each.start()), last=True) == "armed"


# The dead or hurt of a sentence told as a list of counted items joined by "and", the subject
# of a passive harm verb ("16 soldiers and two civilians were killed", "3 militants and 2
# security officials were killed"), or the forces a toll of people includes ("killed at least
# 12 people, including a number of Kurdish forces").
_LISTED_HURT = re.compile(
    r"\b(?:was|were|have been|has been|had been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|martyred|beheaded|slain)\b",
    re.IGNORECASE,
)
_COUNTED = (
    r"(?:(?:at least|about|nearly|around|more than|over|some)\s+)?"
    rf"(?:\d+|an?|one|{SEVERAL_WORDS})\s+[^,;:()]{{1,60}}?"
)
_COUNTED_LIST = re.compile(
    rf"\b{_COUNTED}(?:\s*,\s*{_COUNTED})*\s*,?\s+and\s+{_COUNTED}\s*$", re.IGNORECASE
)
_TOLL_INCLUDING = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+"
    r"(?:(?:at least|about|nearly|around|more than|over|some)\s+)?[\w-]+\s+"
    r"(?:people|persons|individuals)\s*,?\s+(?:including|among them)\s+(?P<who>[^,;:.()]{1,60})",
    re.IGNORECASE,
)

# The dead or hurt told as the counted list an act's own harm verb takes ("killing three
# civilians and five police officers", "killed 15 civilians and 27 pro-government fighters"),
# or named after "among the dead" ("Among the dead were five soldiers", "eight of the dead were
# soldiers"; thirty-seventh round).
_KILLED_LIST = re.compile(
    rf"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left)\s+"
    rf"(?P<who>{_COUNTED}(?:\s*,\s*{_COUNTED})*\s*,?\s+and\s+{_COUNTED})"
    r"(?=[,;:.()]|\s+(?:with|in|at|on|near|during|when|as|after|while|including)\b|$)",
    re.IGNORECASE,
)
# A participle after "were": the dead told harmed, not who they were.
_PASSIVE = r"(?:(?!armed\b)\w+ed|taken|beaten|shot|hit|struck|slain|by)"
_AMONG_DEAD = re.compile(
    rf"\b(?:among|(?:\d+|{counting(1, 10)}|most|some|all) of)\s+"
    r"(?:the|those) (?:dead|killed|victims|wounded|injured|casualties)\s*"
    rf"(?:were|was|are|is)\s+(?!{_PASSIVE}\b)"
    r"(?P<who>[^,;:.()]{1,60})|"
    r"\b(?:the|all) (?:dead|victims) (?:were|included)\s+(?:all\s+)?"
    # (not a passive: "the victims were killed by shells fired by regime forces")
    rf"(?!(?:{_PASSIVE}|in|at|on|from|among)\b)"
    r"(?P<all>[^,;:.()]{1,60})",
    re.IGNORECASE,
)

# An item of a list told as one man ("a guard", "one policeman").
_ONE_MAN = re.compile(r"\s*(?:an?|one|another)\s", re.IGNORECASE)


def _armed_items(words: str) -> list[str]:
    """The items of a counted list that name armed men."""
    return [item for item in re.split(r",|\band\b", words) if ARMED.search(item)]


def armed_among_hurt(sentence: str, end: int, *, listed: bool = True) -> bool:
    """Whether armed men on duty are among the listed dead or hurt of the act ending at
    ``end``: one item of a counted list told as the subject of a passive harm verb ("at least
    16 soldiers and two civilians were killed during an attack"), or named in what a toll of
    people includes ("an attack ... killed 12 people, including a number of Kurdish forces").
    A possessive names no armed man ("a soldier's wife and two children were killed"), nor do
    words before the list ("inside the police station, 2 prisoners were killed").
    ``listed``: whether to read the counted list (not when the act's agent is told: "... were
    wounded following an attack by Taliban militants" is read by its sides)."""
    spans: list[tuple[int, str, bool]] = []
    for m in _LISTED_HURT.finditer(sentence, 0, end if listed else 0):
        subject = clause_before(sentence, m.start())
        counted = _subject_list(subject)
        if counted is not None:
            spans.append((m.start() - len(subject) + counted.start(), counted.group(), False))
    for m in _TOLL_INCLUDING.finditer(sentence):
        spans.append((m.start("who"), m.group("who"), True))
    for m in _KILLED_LIST.finditer(sentence):
        # (one man of a list is a lone member: "killed two teachers and a guard")
        if any(_ONE_MAN.match(item) is None for item in _armed_items(m.group("who"))):
            spans.append((m.start("who"), m.group("who"), True))
    for m in _AMONG_DEAD.finditer(sentence):
        who = "who" if m.group("who") is not None else "all"
        spans.append((m.start(who), m.group(who), True))
    return any(
        _armed_on_duty(sentence, offset, words, included=included)
        for offset, words, included in spans
    )


def _armed_on_duty(sentence: str, offset: int, words: str, *, included: bool) -> bool:
    """Whether ``words`` (at ``offset`` in ``sentence``) name armed men on duty: not by a
    possessive ("a soldier's wife"), nor as their kin, nor men off duty; nor, when the words are
    a toll's own list (``included``), the attackers' kinds ("three of the gunmen")."""
    return any(
        not re.match(r"['’]s?\b", words[a.end() :])
        and not _KIN_OF.search(words, 0, a.start())
        and not (included and _NOT_FORCES.fullmatch(a.group()))
        and not is_off_duty(sentence, offset + a.start(), offset + a.end())
        for a in ARMED.finditer(words)
    )


# The whole subject a counted phrase, after any teller ("The monitor said 11 soldiers"); not
# one man ("a soldier"), whom a lone death of the attack's tells less surely.
_COUNTED_SUBJECT = re.compile(rf"^\s*(?!an?\s){_COUNTED}\s*$", re.IGNORECASE)
_TELLER = re.compile(
    r"\b(?:said|says|say|reported|reports|told|added|stated|confirmed)\s+(?:that\s+)?",
    re.IGNORECASE,
)


def armed_counted_dead(sentence: str) -> bool:
    """Whether the sentence's dead or hurt, a counted subject of a passive harm verb, are armed
    men on duty, whoever they fought for ("The monitor said 11 regime fighters were killed",
    "Eight soldiers were wounded"); not the attackers' kinds ("five gunmen were killed"). The
    merging pass reads it of a retelling, with the force it names besides the attacker."""
    for m in _LISTED_HURT.finditer(sentence):
        subject = _TELLER.split(clause_before(sentence, m.start()))[-1]
        counted = _COUNTED_SUBJECT.search(subject)
        if counted is None:
            continue
        offset = m.start() - len(subject) + counted.start()
        # ("five gunmen were killed": the attackers' own, read as a toll's list)
        if _armed_on_duty(sentence, offset, counted.group(), included=True):
            return True
    return False


# Armed men a toll of people includes who are no force on duty: the attackers themselves or
# criminals ("Gunmen stormed a hotel, killing 12 people, including three of the gunmen",
# "including two bandits held by villagers"; review43). The forces it includes make the battle.
_NOT_FORCES = re.compile(
    r"gunmen|militants?|insurgents?|jihadists?|terrorists?|rebels?|bandits?|separatists|"
    r"guer(?:r)?illas?|(?:cattle )?raiders?|(?:cattle )?rustlers?|pirates?|armed criminals|"
    r"gang members?|gangsters?|gangs?|hitm[ae]n|suspects|mercenaries|"
    r"armed (?:m[ae]n|individuals?|persons?|people|assailants|attackers)",
    re.IGNORECASE,
)


# A list that is the object of a preposition is no subject: "Near an army base outside the
# town, two farmers and a child were killed", "The wife of a police officer and two of their
# children were killed" (review43).
_AFTER_PREPOSITION = re.compile(
    r"\b(?:near|in|at|on|outside|inside|of|from|by|with|into|onto|against|towards?|behind|"
    r"beside|around|across|along|between|off|past|through|under|over|for|after|before|"
    r"during|amid|among)\s+$",
    re.IGNORECASE,
)
# A relative of an armed man names no armed man: "including the wife of a soldier".
_KIN_OF = re.compile(
    r"\b(?:wi(?:fe|ves)|husbands?|widows?|sons?|daughters?|child(?:ren)?|famil(?:y|ies)|"
    r"relatives?|mothers?|fathers?|brothers?|sisters?|parents?|homes?|houses?)\s+of\s+"
    r"(?:(?:a|an|the|two|three|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _subject_list(subject: str) -> re.Match[str] | None:
    """The counted list that ends the clause ``subject`` as its subject: the longest one not
    told right after a preposition (whose object opens the match, not the dead)."""
    start = 0
    while (counted := _COUNTED_LIST.search(subject, start)) is not None:
        if not _AFTER_PREPOSITION.search(subject, 0, counted.start()):
            return counted
        start = counted.start() + 1
    return None


def armed_dead(sentence: str) -> bool:
    """Whether the sentence names armed men, on duty, as its dead or hurt, right before the word
    telling it ("More than a dozen soldiers died")."""
    for m in _HURT.finditer(sentence):
        before = clause_before(sentence, m.start())[-50:]
        offset = m.start() - len(before)
        party = nearest_party(before, last=True)
        if (
            party is not None
            and party[0] == "armed"
            and not is_off_duty(sentence, offset + party[1].start(), offset + party[1].end())
        ):
            return True
    return False


# What befell people in a fight, told between them and the fight's word: "19 men died on both
# sides in the clashes", "the fatalities the group suffered in a clash", "most civilians fled
# when fighting broke out", "six individuals were murdered in two days of fighting".
_BEFELL = re.compile(
    r"\b(?:died|dead|killed|murdered|slain|martyred|wounded|injured|hurt|lost their lives|"
    r"fatalities|casualties|suffered|fled|displaced)\b",
    re.IGNORECASE,
)
_RETOLD = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Fighters of a non-state armed side (the police, who face crowds, are none of them).
_INSURGENTS = re.compile(
    r"\b(?:rebels?|insurgents?|militants?|jihadists?|fighters|gunmen|guer(?:r)?illas?|"
    r"separatists|terrorists|militias?|militiamen)\b",
    re.IGNORECASE,
)


def people_befallen(sentence: str, start: int, end: int, before: str) -> bool:
    """Whether the people told last before the fight word at ``sentence[start:end]`` are its dead,
    hurt or fled, not one of its sides: a word of what befell them stands between them and the
    fight ("a Japanese reporter was killed while covering the fighting" names no brawler). A
    fight retold ("in the clashes") keeps its first telling's sides unless its sentence names a
    non-state armed side ("rebels have attacked a city and 19 men died on both sides in the
    clashes"): a demonstration's clash with the police told again with its toll stays the
    crowd's, even with "police personnel" among its hurt."""
    party = nearest_party(before, last=True)
    if party is None or party[0] != "civilian":
        return False
    befallen = list(_BEFELL.finditer(before, party[1].end()))
    if not befallen:
        return False
    # the words from what befell them to the fight: "civilians killed by the latest shelling in
    # a town at the epicenter of fighting" (the shelling befell them, the fight is only where);
    # "a man was killed when two PML-N groups clashed" (the groups fought)
    rest = before[befallen[-1].end() :]
    if re.search(r"\bby\b", rest) or any(True for _ in named_actors(rest)):
        return False
    # sides told after the fight ("in clashes between rival political groups") decide
    if sides_after(sentence, end) is not None:
        return False
    return _RETOLD.search(before) is None or _INSURGENTS.search(sentence) is not None


# A fight told as the doer of the harm that befell the people after it: "fighting in the town
# killed 20 people", "clashes in Aleppo have left 12 people dead", "the battles claimed the lives
# of 30 people". Those people are its dead, not a side of it (the mirror of a toll told before
# the fight, "20 people were killed in fighting"); no sides told between ("between", "with",
# "against" a party decide).
_FIGHT_KILLED = re.compile(
    r"(?:\s+(?!between\b|with\b|against\b|and\b)[\w'’-]+){0,8}?\s+(?:(?:has|have|had)\s+)?"
    r"(?:killed|wounded|injured|claimed\s+the\s+lives\s+of|"
    r"left\s+(?:[\w-]+\s+){1,4}?(?:dead|killed|wounded|injured))\b",
    re.IGNORECASE,
)


def dead_of_the_fight(sentence: str, end: int) -> bool:
    """Whether the fight whose word ends at ``end`` is told as what killed or hurt the people
    after it ("fighting in the town killed 20 people"): they are its dead, not its side."""
    return _FIGHT_KILLED.match(sentence, end) is not None


# The police told as one side of a fight and people who bear no arms as the other, the police
# named first: "a clash took place between police and party activists", "police clashed with
# farmers" (the crowd named first is read above by its agent).
_WITH_SIDE = re.compile(r"\s+(?:with|against)\s+(?P<other>[^,;:.()]{1,60})", re.IGNORECASE)
_ARMED_OTHER = re.compile(r"(?:[\w-]+\s+){0,3}?(?:armed|gun-?wielding)\b", re.IGNORECASE)
_THE_POLICE = re.compile(rf"(?:the\s+|riot\s+|local\s+)*(?:{POLICE.pattern})", re.IGNORECASE)


def crowd_against_police(sentence: str, end: int, before: str) -> str | None:
    """The kind of the unarmed side (crowd, civilian or protesters) of a fight told after its
    word as fought by the police: "between police and party activists", "Police clashed with
    farmers"; None when the first side is no police or the nearest other side is armed."""
    between = BETWEEN_SIDES.match(sentence, end)
    if between is not None:
        first, other = between.group("first"), between.group("other")
    else:
        with_side = _WITH_SIDE.match(sentence, end)
        agent = nearest_party(before, last=True)
        if with_side is None or agent is None:
            return None
        first, other = agent[1].group(), with_side.group("other")
    if not _THE_POLICE.fullmatch(first.strip()) or _ARMED_OTHER.match(other):
        return None
    side = nearest_party(other, last=False)
    if side is None and party_member(other):
        return "crowd"  # "police clashed with KANU members"
    return side[0] if side is not None and side[0] in {"crowd", "civilian", "protesters"} else None


# a party's sides may be movements or organisations beside it: "the CPI(M) and the RSS"
_PARTY_KINDS = frozenset({"political_party", "organisation"})


def parties_between(sentence: str, end: int) -> bool:
    """Whether the sides of the fight ending at ``end`` are two political parties the actor
    dictionary knows, named as parties ("clashes between the CPI(M) and the RSS"): their
    partisans' brawl, as "supporters of two parties clashed" is; not when a side is anything
    else the dictionary knows (the police, an armed group)."""
    told = sides_after(sentence, end)
    if told is None:
        return False
    named = [entry for _, entry in named_actors(told)]
    parties = {e.name for e in named if e.kind in _PARTY_KINDS}
    return (
        len(parties) >= 2
        and any(e.kind == "political_party" for e in named)
        and all(e.kind in _PARTY_KINDS for e in named)
    )


def hit_unarmed(sentence: str, start: int, end: int) -> bool:
    """Whether the words name the one hit by the trigger at ``sentence[start:end]`` as unarmed
    people (civilians or a crowd: "militants shot dead a driver", "a militia killed five
    herders"), whatever group the actors stage reads in them: an armed group killing people it
    names as unarmed attacks civilians, it fights no battle."""
    before = clause_before(sentence, start)
    after = re.split(r"[,;:.(]", sentence[end:])[0][:70]
    _, hit, target, hit_words = agent_and_hit(sentence, start, end, before, after)
    if target not in {"civilian", "crowd"} or hit is None or ROLE.fullmatch(hit[1].group()):
        return False  # a role says nothing of arms: "a suspected al Shabaab member"
    if hit_words is before:
        # the whole list of the hit, not its last item: "3 policemen, and 1 civilian were killed"
        hit_words = re.split(r"[;:]", sentence[:start])[-1]
        offset = start - len(hit_words)
    elif PLACE_NOUN.fullmatch(hit[1].group()) and LOCATIVE.search(hit_words[: hit[1].start()]):
        return False  # where, not whom: "during another attack in the village"
    else:
        offset = sentence.find(hit_words, end)
    # Armed men among the hit make no unarmed hit, but members of the forces off duty are hit
    # as civilians ("a former soldier was killed", "the house of a former militia commander").
    return not any(
        not is_off_duty(sentence, offset + m.start(), offset + m.end())
        for m in ARMED.finditer(hit_words)
    )


# The side hit fighting back, told after the attack in its sentence: "bandits raided the village
# and residents took up arms, killing seven of them", "militants attacked a checkpost and forces
# repulsed them", "gunmen opened fire on the police, who returned fire" (ACLED: two armed sides
# fighting make a battle). Not the attack's motive ("in retaliation for the killing of a
# herder", "a retaliatory raid"); nor a bare "retaliated", which tells no arms ("school guards
# retaliated": ACLED Asia 2015 codes that shooting an attack).
_FOUGHT_BACK = re.compile(
    r"\b(?:(?:fought|fight|fights|fighting)\s+back|returned\s+(?:the\s+)?fire|"
    r"repuls(?:ed|ing)\s+(?:the|them|an?)|repell?(?:ed|ing)\s+(?:the|them|an?)|"
    r"(?:took|take|taking)\s+up\s+arms|(?:an?\s+)?exchange\s+of\s+fire|traded\s+fire|"
    r"exchanged\s+fire)\b",
    re.IGNORECASE,
)


def hit_side_fights_back(sentence: str, end: int) -> bool:
    """Whether the sentence tells the side an attack hit fighting back after the attack word
    at ``end`` (a battle, not a one-sided attack). The same reading, made on the triggers of an
    occurrence's merged sentences, is the merging pass ``fought_back``
    (``events/merge/parties/targets/fought_back.py``); the two keep their own wordings."""
    return _FOUGHT_BACK.search(sentence, end) is not None
