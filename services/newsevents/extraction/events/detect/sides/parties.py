"""What kind of party a noun phrase names: protesters, a crowd, armed men or civilians.

The words conflict monitors type a violent act by (:mod:`..refine.refinement` for a generic violence
word, :mod:`..refusals.gates` for a trigger's context, the linking of actors for who is hit): the
nearest phrase to the trigger first, the head of "N of NP" over the words inside it, a role in
a group taking the group's kind, and members of the forces off duty counted as civilians.
"""

from __future__ import annotations

import re

from ....actors.dictionary import ActorEntry, default_matcher, named_actors
from ....document import ARMED_KINDS, NON_STATE_ARMED_KINDS, ActorKind
from ....text.numbers import counting

# An officer of a civil service, a party or an agency bears no arms: "a returning officer was
# attacked", "a Red Cross officer was shot" (monitors code the attack on civilians); the
# officers of the police and forces, and officers told alone, are armed.
_CIVIL_POST = "".join(
    rf"(?<!\b{word} )"
    for word in (
        "election electoral returning presiding polling medical health clinical education "
        "agricultural information executive press liaison relief programme program project "
        "finance revenue welfare extension party aid Cross NGO UN probation"
    ).split()
)


# What makes factions armed: "rebel factions", "Turkish-backed factions", "pro-regime factions".
_FACTION_KINDS = (
    r"(?:armed|rebel|opposition|Islamist|jihadist|militant|insurgent|extremist|terrorist|"
    r"[\w-]+-backed|pro-(?:government|regime|Turkish|Turkey|Iranian|Iran|Assad|Russian)|"
    r"regime|Kurdish|Free Syrian Army|FSA|Syrian National Army|SNA)"
)
ARMED = re.compile(
    r"\b(?:militants?|gunmen|soldiers?|troops|forces|army|military|police(?:men|man)?|"
    rf"{_CIVIL_POST}officers?|"
    r"personnel|rebels?|insurgents?|fighters?|militia(?:men|s)?|guards?|jihadists?|"
    r"terrorists?|combatants?|positions|base|barracks|check ?points?|outposts?|convoy|patrols?|"
    r"gendarmes?|gendarmerie|commandos?|paramilitar\w+|mercenaries|snipers?|jawans?|"
    # local and private forces: "2 Arbakis (local police) were killed", "his two bodyguards"
    r"arbakis?|local police(?:m[ae]n)?|bodyguards?|"
    # Burkina Faso's auxiliaries of the army: "16 volunteers for the defense of the homeland"
    r"volunteers for (?:the )?defen[cs]e of (?:the )?homeland|VDPs?|"
    # ranks and members of police and border forces by their own names: "a head constable was
    # gunned down", "a volunteer ranger was killed", "three personnel of Levies Force"
    r"constables?|rangers?|troopers?|riflem[ae]n|levies|sepoys?|havildars?|cops?|"
    r"policewom[ae]n|sergeants?|sentr(?:y|ies)|(?:police|sub-?|assistant sub-?) ?inspectors?|"
    r"servicem[ae]n|marines|separatists|guer(?:r)?illas?|bandits?|cartel|gangs?|Taliban|militiaman|"
    # one of them too: "a bandit was shot dead by police", "a raider was killed"
    r"(?:cattle )?raiders?|(?:cattle )?rustlers?|pirates?|armed criminals|"
    r"gang members?|gangsters?|drug (?:dealers?|traffickers?|lords?)|traffickers?|hitm[ae]n|"
    r"sicarios?|narcos?|cartel members?|"
    # the suspects the police hunt down are coded as a side that fights: "police shot dead
    # five suspects", "gunned down three men suspected of killing a chief"
    r"suspects|(?:m[ae]n|persons|people) suspected of|"
    # men told by the arms they bear, not a crowd's sticks and stones (mob73): "a group of men
    # armed with machetes attacked a trader" is an armed group's attack; "villagers armed with
    # sticks" and "a group of men" with no arms stay a crowd
    r"(?:m[ae]n|individuals|persons),? armed with (?:[\w-]+,? (?:and )?){0,3}?"
    r"(?:guns?|rifles?|pistols?|firearms|machetes?|pangas?|knives|knife|blades?|swords?|"
    r"bows|arrows|spears|axes|cutlasses)|"
    r"commanders?|troop positions?|army posts?|police (?:posts?|stations?)|"
    # Cadres are armed when an armed group's: "armed Maoist cadres", "cadres of the National
    # Liberation Army"; a party's cadres are a crowd (below).
    r"(?:armed|militant|rebel|insurgent|underground|Maoist|Naxal\w*) cadres?|"
    r"cadres? of (?:the )?(?:[\w()'’-]+ ){0,5}(?-i:Army|Liberation|Tigers|Maoist\w*)|"
    r"(?:security|check|border|military) posts?|"
    # one force told in the singular: "a joint security force repelled the attack"
    r"(?:security|joint|task|special|military|police|armed|defen[cs]e) force|"
    # ("two armed rival groups": armed, not the rival groups' crowd)
    r"armed (?:(?:rival|opposing|local) )?(?:m[ae]n|individuals?|persons?|people|assailants|"
    r"attackers|groups?|youths?|"
    r"herders|pastoralists)|"
    # A war's armed groups told as factions or loyalists, as Syrian and regional outlets name
    # them (lexicon49): "Turkish-backed factions", "opposition factions", "rebel factions",
    # "factions of the Free Syrian Army", "al-Qaeda loyalists"; not a party's factions (a crowd).
    rf"{_FACTION_KINDS} factions?|factions? of (?:the )?(?:Free Syrian Army|FSA|"
    r"(?:armed |Syrian )?opposition|rebels|insurgents)|"
    r"(?:al-?Qaeda|Qaeda|(?-i:ISIS|ISIL|IS)|Daesh|Islamic State|Nusra|Taliban|jihadist) "
    r"loyalists)\b",
    re.IGNORECASE,
)
CROWD = re.compile(
    r"\b(?:mobs?|crowds?|nationals|members of (?:the )?(?:[\w-]+ ){0,3}?part(?:y|ies)|"
    # "two local groups clashed using guns" (a brawl of locals, as monitors code it)
    r"(?:two|rival|both|opposing) (?:local |rival |village |opposing )?groups"
    r"(?! of (?:\w+ )?(?:security|armed|gunmen|hitmen|forces|fighters))|"
    r"villagers|residents|locals|youths|supporters|rioters|communities|"
    # a group of armed men is armed (:data:`ARMED`), not a crowd: "a group of armed men killed"
    r"community members|clansmen|tribesmen|(?:group|groups) of (?!armed\b)(?:\w+ )?(?:people|men|"
    r"villagers|youths|residents|locals)|party (?:workers|supporters|members|activists)|"
    # "People's" is a word of a name, not the people: "the New People's Army", "People's Defence
    # Force" (their noun, army or force, tells the kind)
    r"workers|students|people(?!['’]s\b)|family members|relatives|neighbou?rs|traders|farmers|"
    # (herdsmen and pastoralists as herders: a people's herdsmen attacked are civilians hit,
    # "raiders attacked Turkana herdsmen", not an armed side; herd74)
    r"herders|herdsm[ae]n|pastoralists|citizens|inhabitants|labou?rers|migrants|migrant workers|"
    r"voters|"
    # the trades and callings that gather and fight as crowds, many of them ("boda boda riders
    # beat a guard to death", "matatu operators attacked a police officer": mob violence); one
    # of them is a civilian (:data:`CIVILIAN`)
    r"hawkers|(?:[\w-]+ )?riders|fishermen|fishers|fisherfolk|vendors|sellers|squatters|touts|"
    r"motorists|commuters|"
    # (the motorcycle taxis of Benin and Nigeria too: "zemidjan drivers", "okada operators")
    r"(?:matatu|boda[- ]?boda|bus|taxi|motorcycle|motorbike|transport|tuk[- ]?tuk|zemidjan|"
    r"okada) (?:operators|drivers)|zemidjans|"
    # the people of a town as one body, as West African reports translate "la population":
    # "the angry population set fire to the police station", "the population of Kandi"
    r"(?:angry|irate|furious|enraged|local) (?:population|populace)|populace|"
    r"population of (?-i:[A-Z])[\w'’-]+|"
    # ... and told bare as the doer, right before its act: "the population attacked the police
    # station" (mob73; not "the civilian population", nor the population hit or counted; not
    # "the youth", which is as often one young man: "the youth stabbed his neighbour")
    r"(?<!civilian )(?<!civil )\bthe (?:local )?population(?=\s*$)|"
    # a number of a people's young told as one body: "dozens of youth torched the house"
    # (not "a group of youth": its "by" phrase is cut before ", armed with machetes")
    r"(?:dozens|hundreds|scores) of (?:[\w-]+ )?youth(?!,? armed\b)|"
    # Members of a party or of its student and youth wings are a crowd, not an armed group:
    # "activists of the Chhatra League beat up a rival student", "two factions of the ruling party".
    r"(?:members|supporters|activists|cadres|workers|followers|leaders) of (?:the )?"
    r"(?:[\w'’-]+ ){0,3}?(?-i:League|Dal|Shibir|Party|Congress|Sena|Parishad)|"
    rf"(?:two|rival|both|opposing) (?!{_FACTION_KINDS} )(?:[\w-]+ )?factions|factional|cadres?|"
    # Rivals and henchmen in a feud are a crowd, not an armed group: "rivals stabbed a man over
    # a land dispute", "a leader and his accomplices assaulted two journalists".
    r"rivals|rival (?:men|groups?|supporters)|accomplices|cohorts|henchmen|encroachers|"
    r"land grabbers|"
    # "youth" as a collective, told by a crowd's temper: "rowdy youth stormed the hall" (a
    # youth alone is one young person: "a youth was shot").
    r"(?:rowdy|angry|irate|unruly|hostile|enraged|furious|agitated|riotous) youth)\b",
    re.IGNORECASE,
)
CIVILIAN = re.compile(
    r"\b(?:veterans?|civilians?|villagers?|residents?|farmers?|herders?|shepherds?|traders?|"
    r"merchants?|"
    r"m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|people(?!['’]s\b)|persons?|famil(?:y|ies)|journalists?|"
    r"reporters?|students?|teachers?|workers?|drivers?|passengers?|prisoners?|inmates?|"
    r"worshipp?ers|doctors?|nurses?|priests?|pastors?|imams?|activists?|teenagers?|"
    r"adolescents?|minors?|victims?|bod(?:y|ies)|couple|brothers?|sons?|daughters?|wife|"
    r"husband|relatives?|leaders?|politicians?|candidates?|officials?|councillors?|mayor|"
    r"chief|businessm[ae]n|vendors?|miners?|migrants?|refugees?|individuals?|member|dealer|"
    r"owner|youth|elderly|clerics?|monks?|homes?|houses?|village|market|"
    # trades and callings that gather and fight as crowds: "hawkers clashed with police",
    # "police clashed with a group of matatu operators" (mob violence, not a battle)
    r"hawkers?|riders?|fisherm[ae]n|fisherfolk|squatters?|lawyers?|advocates|learners|pupils?|"
    r"commuters?|motorists?|touts?|(?:football |soccer )?fans|"
    r"(?:matatu|boda[- ]?boda|bus|taxi|motorcycle|motorbike|transport|tuk[- ]?tuk) operators?)\b",
    re.IGNORECASE,
)
PROTESTERS = re.compile(
    r"\b(?:protesters|protestors|demonstrators|agitators|marchers|strikers|agitating|"
    # one of them, as notes name the one shot or killed: "police shoot protester", "one
    # demonstrator was killed by police" (kenya65)
    r"(?-i:protester|protestor|demonstrator)|"
    r"(?-i:Protester|Demonstrator)(?=\s+(?:is|was|killed|shot|dies|died))|"
    # those who enforce a strike or blockade: "pro-hartal activists torched a bus"
    r"blockaders|picketers|pickets|pro-(?:hartal|blockade|strike|bandh) [\w-]+|"
    r"(?:hartal|blockade|strike|bandh|shutdown) (?:enforcers|activists|supporters)|"
    r"protesting)\b",
    re.IGNORECASE,
)
PROTESTERS_OR_CROWD = re.compile(rf"{PROTESTERS.pattern}|crowds?|mobs?|rioters", re.IGNORECASE)

# Members of the forces off duty or retired are hit as civilians: monitors code the killing of
# an off-duty policeman as an attack, not a clash. The qualifier must name the member itself,
# right before the force noun ("a retired army colonel", "an ex-policeman") or right after it
# ("a constable who was off duty"), not a place or unit near it ("the former palace").
_OFF_DUTY_BEFORE = re.compile(
    r"\b(?:off[- ]?duty|retired|former|ex-)\s*"
    r"(?:(?:senior|junior|high-ranking|local|state|federal|municipal|traffic|army|police|"
    # ... and a former member of an armed group, as Syrian and regional outlets tell the
    # killing of those who laid down arms (lexicon49): "a former rebel commander was shot dead"
    r"military|security|rebel|opposition|FSA|militia|insurgent|militant|guerrilla|Taliban|"
    r"jihadist|Islamic State|ISIS|IS|Free Syrian Army)\s+){0,2}$",
    re.IGNORECASE,
)
_OFF_DUTY_AFTER = re.compile(
    r"^(?:\s*[\w-]+)?\s*[,(]?\s*(?:(?:who\s+(?:was|were|is|are)|assumed|reportedly)\s+)?"
    r"off[- ]?duty\b",
    re.IGNORECASE,
)

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("protesters", PROTESTERS),
    ("crowd", CROWD),
    ("armed", ARMED),
    ("civilian", CIVILIAN),
)


def kind_of(text: str, last: bool) -> str | None:
    """What the nearest noun phrase in ``text`` is: protesters, crowd, armed or civilian."""
    nearest = nearest_party(text, last)
    return nearest[0] if nearest else None


def nearest_party(text: str, last: bool) -> tuple[str, re.Match[str]] | None:
    """The nearest noun phrase in ``text`` (the last or the first) and its kind."""
    best: tuple[int, int, str, re.Match[str]] | None = None
    lasts: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in _KINDS:
        match: re.Match[str] | None = None
        if last:
            for match in pattern.finditer(text):  # noqa: B007 (the last one is kept)
                pass
        else:
            match = pattern.search(text)  # the first: the rest of the text is not read
        if match is None:
            continue
        lasts.append((kind, match))
        # Nearest by the phrase's far edge, then the longer phrase: "a group of angry villagers"
        # is a crowd and "armed youths" armed, not the word inside them.
        position = match.end() if last else -match.start()
        candidate = (position, match.end() - match.start(), kind, match)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None:
        return None
    if last:
        # The head of "N of NP" is N: "supporters of a candidate" act as supporters, "the wife
        # of a soldier" is hit as a civilian.
        head = _HEAD_OF.search(text[: best[3].start()])
        if head is not None and ROLE.fullmatch(head.group("head")):
            # A role word closing a phrase of its own kind takes that kind: "family members
            # of a bride", "community members of the village" act as a crowd, not as the
            # bride or the village the "of" phrase names.
            for kind, match in lasts:
                if match.end() == head.end("head") and match.start() < head.start("head"):
                    return kind, match
        elif head is not None and _COLLECTIVE_HEAD.search(text[: head.end("head")]):
            # a people's young or its whole body told by its place: "the youth of the village",
            # "the population of the district" (a crowd, as "the villagers" are)
            return "crowd", head
        if head is not None and not ROLE.fullmatch(head.group("head")):
            for kind, pattern in _KINDS:
                head_match = pattern.fullmatch(head.group("head"))
                if head_match is not None:
                    return kind, head_match
    return best[2], best[3]


# The collective nouns that head an "of" phrase naming the crowd's place (mob73).
_COLLECTIVE_HEAD = re.compile(
    r"\b(?:the|local)\s+(?:local\s+)?(?:youth|population|populace)$", re.IGNORECASE
)
# A role in a group takes the group's kind: "the chief of a militia", "a leader of the gang".
ROLE = re.compile(
    r"chiefs?|leaders?|heads?|commanders?|members?|spokesm[ae]n|officials?|founders?|one|some|"
    rf"dozens|hundreds|scores|several|many|most|all|none|each|any|both|{counting(2, 5)}|\d+",
    re.IGNORECASE,
)
# The noun an "of" phrase hangs on, right before the phrase's words: "supporters of a ...".
_HEAD_OF = re.compile(
    r"\b(?P<head>[\w-]+)\s+of\s+(?:(?:a|an|the|his|her|their|its|two|three|some)\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)


def is_off_duty(text: str, start: int, end: int) -> bool:
    """Whether the member of the forces named at ``text[start:end]`` is off duty or retired.

    The one test for both the trigger refinement and event linking: the qualifier stands
    right before the force noun or right after it, so "soldiers guarding the former palace"
    and "a base formerly used by police" stay on duty.
    """
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    return bool(_OFF_DUTY_BEFORE.search(before) or _OFF_DUTY_AFTER.match(after))


# A member of a group the actor dictionary knows as armed (a militia, an armed group, a state's
# force), told by the group's name and a member noun: "two al Shabaab members", "three suspected
# Mungiki adherents", "a member of the Sabaot Land Defence Force". Monitors code the forces
# killing them as an armed clash, not violence against civilians: the dead belong to an armed
# organisation, whatever word names the person.
_MEMBER_AFTER = re.compile(
    r"^\s+(?:(?:sect|gang|group|militia|cell)\s+)?(?:members?|followers?|adherents?|suspects?|"
    r"operatives?|recruits?)\b",
    re.IGNORECASE,
)
_MEMBER_BEFORE = re.compile(
    r"\b(?:members?|followers?|adherents?|operatives?|recruits?)\s+of\s+(?:the\s+)?"
    r"(?:(?:outlawed|banned|proscribed|illegal|dreaded|notorious)\s+)?$",
    re.IGNORECASE,
)


# The group's name itself counted, standing for its members: "8 suspected SLDF killed".
_COUNTED = re.compile(
    rf"(?:^|\s)(?:\d+|{counting(2, 10)}|several|suspected)\s+$",
    re.IGNORECASE,
)


def armed_member(text: str) -> bool:
    """Whether ``text`` names a member of an armed group the actor dictionary knows."""
    for match, entry in named_actors(text):
        if entry.kind not in ARMED_KINDS or _party_wing(entry):
            continue
        before, after = text[: match.start()], text[match.end() :]
        if (
            _MEMBER_AFTER.match(after)
            or _MEMBER_BEFORE.search(before)
            or (not after.strip() and _COUNTED.search(before))
        ):
            return True
    return False


def names_armed(text: str, kinds: frozenset[ActorKind] = ARMED_KINDS) -> bool:
    """Whether ``text`` names an actor of one of ``kinds`` the actor dictionary knows (by
    default any armed side, state forces included); unlike :func:`armed_group_named`, a
    party's wing counts."""
    return any(entry.kind in kinds for _, entry in named_actors(text))


def armed_group_named(text: str) -> bool:
    """Whether ``text`` names a non-state armed group or militia the actor dictionary knows (not
    a political party's wing): "Jewish settlers torched 20 cars", "Boko Haram members stormed
    the town". Such a group acts as armed men, whatever its noun: it is no crowd."""
    return any(
        entry.kind in NON_STATE_ARMED_KINDS and not _party_wing(entry)
        for _, entry in named_actors(text)
    )


# Members of a political party the actor dictionary knows, told by the party's name (often an
# acronym) and a member noun: "BJP members", "ODM and PNU members", "members of the ODM". They
# are a crowd, as a party's supporters and cadres are (:data:`CROWD`): monitors code their
# brawls as mob violence, not battles between armed groups.
_PARTY_MEMBER_AFTER = re.compile(
    r"^(?:\s*(?:,|and|or|&)\s*(?-i:[A-Z][\w()'’-]*)(?:\s+(?-i:[A-Z][\w()'’-]*)){0,3})?"
    r"\s+(?:(?:party|youth|student)\s+)?(?:members|activists|loyalists|men)\b",
    re.IGNORECASE,
)
_PARTY_MEMBER_BEFORE = re.compile(
    r"\b(?:members|activists|loyalists)\s+of\s+(?:the\s+)?(?:(?:ruling|opposition)\s+)?$",
    re.IGNORECASE,
)


_MEMBER_NOUN = re.compile(r"\b(?:members|activists|loyalists|men)\b", re.IGNORECASE)


def party_member(text: str) -> bool:
    """Whether ``text`` names members of a political party the actor dictionary knows (or of a
    party's wing) by the party's name: "CPI (M) members", "members of the KANU"."""
    if _MEMBER_NOUN.search(text) is None:
        return False  # no member noun: the dictionary is not read (most clauses)
    for match, entry in named_actors(text):
        if entry.kind != "political_party" and not _party_wing(entry):
            continue
        if _PARTY_MEMBER_AFTER.match(text[match.end() :]) or _PARTY_MEMBER_BEFORE.search(
            text[: match.start()]
        ):
            return True
    return False


def _party_wing(entry: ActorEntry) -> bool:
    """Whether the entry is a political party's wing ("Chhatra League", the Awami League's
    student wing): its members brawl as a crowd (:data:`CROWD`), they fight no battle."""
    if entry.affiliation is None:
        return False
    patron = default_matcher().entry(entry.affiliation)
    return patron is not None and patron.kind == "political_party"
