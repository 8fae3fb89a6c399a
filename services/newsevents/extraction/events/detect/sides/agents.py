"""Who acts and who is hit by a violence word: the agent before it (or in its "by" phrase), the
party it hits after it (or, in a passive, before it), read through the constructions that move
them: a passive with or without its auxiliary, a toll told before an attack noun, a second verb
on the first one's object ("seized seven people and beheaded them"), a participle sharing the
subject of its main clause.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ....text.numbers import counting
from .parties import ROLE, armed_member, is_off_duty, kind_of, nearest_party, party_member

PASSIVE = re.compile(r"\b(?:was|were|been|being|got|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Between a doer and its verb, only an auxiliary, an adverb or the day: "Russia on Monday
# bombed", "government forces also bombed", "regime forces on Monday targeted"; not "gunmen
# attacked the government quarters, the building bombed" (the doer's word is what was hit).
_BETWEEN_WORDS = (
    *("has", "have", "had", "also", "then", "again", "reportedly", "allegedly", "heavily"),
    *("later", "(?:on|early|late|last) \\w+", "overnight", "yesterday", "today"),
)
UP_TO_THE_VERB = re.compile(rf"\s*(?:(?:{'|'.join(_BETWEEN_WORDS)})\s+){{0,3}}$", re.IGNORECASE)
# A trigger that ends in its own passive ("a fisherman's remains were dumped") is followed by
# its agent ("by bandits"), not its target. So does a noun the victims were hurt in: "four
# people were hurt during a shooting by masked gunmen".
_HURT_IN = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_BY_AGENT = re.compile(
    r"\s*(?:(?:during|in|following|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks?|raids?|ambush(?:es)?|shootings?|assaults?)\s+|(?:[\w/-]+\s+){1,3}?)?"
    r"by\s+(?P<agent>[^,;:.(]*?)(?:\s+\b(?P<at>on|against|targeting|at)\b\s+(?P<target>.*))?$",
    re.IGNORECASE,
)


# A passive joined to a second one that names the agent of both: "a youth was clubbed to death and
# burned by villagers", "was stabbed and later dumped in a river by his attackers". A
# second clause with an auxiliary of its own has its own subject and agent: "a farmer was killed
# and three suspects were detained by soldiers" (the soldiers detained, not killed).
_SHARED_BY = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:and|or)\s+"
    r"(?:(?!(?:was|were|is|are|been|being|has|have|had)\b)[\w-]+\s+){0,5}?by\s+(?P<agent>.*)",
    re.IGNORECASE,
)


# Participles told as adjectives of a subject, no verb: "armed", "suspected" men.
_ADJECTIVE = r"(?:armed|unidentified|suspected|masked|alleged|hooded|unnamed|wanted)\b"
# ... and of a crowd's mood: "agitated", "irate" youths.
_MOOD = r"(?:agitated|disgruntled|enraged|infuriated|irate|aggrieved|organised|organized)\b"
# A verb in the past tense, the adjectives of a subject excepted.
_PAST_VERB_WORD = (
    rf"(?!{_ADJECTIVE}|{_MOOD})"
    r"(?:[a-z]+ed|threw|beat|set|shot|stabbed|hit|stormed|fought|stoned|burnt|burned|took)\b"
)
_PASSIVE_TRIGGER = re.compile(r"\b(?:was|were|been)\s+\w+$", re.IGNORECASE)
# Fire a side came under is a passive told by its subject: "a patrol came under fire from
# gunmen" (the patrol is hit, the gunmen after "from" act; lexicon48's wording, lexicon49).
_UNDER_FIRE = re.compile(r"^(?:came|come|comes|coming)\s+under\b", re.IGNORECASE)
_FIRE_FROM = re.compile(r"\s*(?:[\w-]+\s+){0,3}?from\s+(?P<agent>.*)", re.IGNORECASE)
# A harm verb that takes an object, with none after it, is a passive without its auxiliary (the
# terse passive of headlines and notes): "two residents killed in attacks by armed raiders",
# "three people injured when ...", not "two residents killed a thief".
_TAKES_AN_OBJECT = re.compile(
    r"^(?:killed|injured|wounded|murdered|slain|hacked to death|shot dead|beheaded|lynched)$",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(
    r"^(?:\s*[,.;:()]|\s*$|\s+(?:in|at(?! least| most)|on|near|during|after|while|when|as|"
    r"inside|outside|along|by|following|overnight|yesterday|today|last|early|late|since)\b)",
    re.IGNORECASE,
)


# A harm told in the passive, its doer the subject of the time clause right after it, acting
# in the active voice: "a woman was injured when pickets hurled brick chips at a bus", "four
# journalists were hurt as party activists attacked them" (the doer's act is the harm, so its
# kind types it). Not a clause in the passive ("when villagers were attacked by ...": its own
# "by" decides), nor a clause that names no doer ("after the house caught fire": no party).
_WHEN_DOER = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:when|as|after)\s+"
    rf"(?P<agent>(?:(?!{_PAST_VERB_WORD}|(?:was|were|had|has|been|being|is|are|got)\b)"
    r"[\w'’-]+\s+){1,7}?)"
    rf"(?!(?:was|were|had|has|been|being|is|are|got)\b)(?P<verb>{_PAST_VERB_WORD})"
)
# A crowd's motion is a crush, not its act on anyone: "seven people were killed when a crowd
# rushed to collect free food", "when worshippers surged towards the gate" (review52). The
# victims are the crowd's own; the crowd does not become their doer.
_CRUSH = re.compile(
    r"(?:rushed|surged|scrambled|gathered|jostled|pushed|pressed|queued|thronged|flocked|"
    r"converged|crowded|fled|panicked)$"
)


# An attack noun and the toll told right before it: "killed dozens of militants during an
# ambush", "were wounded in the attack" (the nouns only: a toll "in clashes" names no side).
_ATTACK_NOUN = re.compile(r"ambush(?:es)?|attacks?|raids?|assaults?", re.IGNORECASE)
_TOLL_IN = re.compile(
    r"\b(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring|died|murdered|slain|"
    r"shot dead)\b(?P<object>[^,;:.()]{0,60}?)\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# ... or the attack noun the harm was told in, by the word that names its doer: "two were
# killed and others injured in a lynch-mob attack".
_IN_ITS_ATTACK = re.compile(
    r"\s*(?:[\w-]+\s+){0,6}?(?:in|during)\s+(?:an?|the)\s+(?P<agent>[\w-]+)\s+"
    r"(?:ambush(?:es)?|attacks?|raids?|assaults?)\b",
    re.IGNORECASE,
)
_CROWDS = frozenset({"crowd", "protesters"})
_NOUN_MODIFIER = re.compile(r"\b(?:an?|the)\s+(?P<word>[\w-]+)\s+$", re.IGNORECASE)


# A verb joined to an earlier one by "and", its object a pronoun: the earlier verb (a past
# tense) and its object words, up to the "and". Participles told as adjectives of the subject
# are no verb ("suspected armed herders raided", "two armed men took"); irregular pasts are
# ("took seven villagers and killed them"), and end the object.
_IRREGULAR = r"(?:caught|took|held|drove|shot|seized|grabbed|beat|stole|burnt|burned)\b"
_PAST_VERB = rf"\b(?!{_ADJECTIVE})(?:[a-z]+ed\b|{_IRREGULAR})"
_JOINED_VERB = re.compile(
    _PAST_VERB + r"\s+"
    rf"(?P<object>(?:(?!{_PAST_VERB})[\w'’-]+\s+){{1,6}}?)and\s+(?:then\s+|later\s+)?$"
)
_PRONOUN_HIT = re.compile(r"\s+(?:them|him|her|it)\b", re.IGNORECASE)
# Some of those named before, told by a number or a quantifier alone: "kill many", "killing
# three of them", "shot dozens" (not "killed many villagers", "dozens of people").
_SOME_OF_THEM = re.compile(
    rf"\s+(?:many|dozens|scores|(?:\d+|{counting(2, 10)}|some|"
    r"several|many|most|all|both) of them)\b(?!\s+(?:of\b|[\w-]+\s+(?:of\b|[\w-]+s\b)|[\w-]+s\b))",
    re.IGNORECASE,
)
_AFTER_ITS_ACT = re.compile(r"\b(?:before|after|then)\s+$", re.IGNORECASE)
_THEN = re.compile(r",\s*(?:and\s+)?then\s+$", re.IGNORECASE)
_FIRST_VERB = re.compile(_PAST_VERB)


_Hit = tuple[str, re.Match[str]]


class _Reading(NamedTuple):
    """One reading of a trigger's sides: the agent's kind, the hit party, the offset in the
    sentence of the words naming the hit, and those words."""

    agent: str | None
    hit: _Hit | None
    offset: int
    words: str


def agent_and_hit(
    sentence: str, start: int, end: int, before: str, after: str
) -> tuple[str | None, tuple[str, re.Match[str]] | None, str | None, str]:
    """Who acts and who is hit by the trigger at ``sentence[start:end]``, given the clause
    ``before`` it and the phrase ``after`` it: the agent's kind, the hit party (its kind and
    the words naming it), the target's kind (an off-duty member of the forces is a civilian)
    and the words the hit was read in."""
    reading = (
        _passive_reading(sentence, start, end, before, after)
        or _by_phrase_reading(start, end, before, after)
        or _toll_reading(sentence, start, end, before)
        or _pronoun_object_reading(sentence, start, end, before)
        or _active_reading(sentence, start, end, before, after)
    )
    return reading.agent, reading.hit, _target_of(sentence, reading, after), reading.words


def _is_passive(sentence: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether the trigger is told in the passive: after an auxiliary, ending in its own,
    "came under" fire, a harm verb with no object, or a noun the victims were hurt in followed
    by "by"."""
    return bool(
        PASSIVE.search(before)
        or _PASSIVE_TRIGGER.search(sentence[start:end])
        or _UNDER_FIRE.match(sentence[start:end])
        or (_TAKES_AN_OBJECT.match(sentence[start:end]) and _NO_OBJECT.match(sentence[end:]))
        or (_HURT_IN.search(before) and re.search(r"\bby\b", after))
    )


def _passive_reading(
    sentence: str, start: int, end: int, before: str, after: str
) -> _Reading | None:
    """In a passive, the party before the trigger is hit and its agent (see
    :func:`_passive_agent`) acts; None when the trigger is not a passive."""
    if not _is_passive(sentence, start, end, before, after):
        return None
    hit = nearest_party(before, last=True)
    agent = _passive_agent(sentence, start, end, after)
    return _Reading(agent, hit, start - len(before), before)


def _passive_agent(sentence: str, start: int, end: int, after: str) -> str | None:
    """The kind of a passive's agent: its "by" phrase (or one shared with a joined passive,
    or the "from" of fire come under), else a crowd doing the harm in a time clause or naming
    the attack noun, else None."""
    by = (
        re.match(r"\s*(?:[\w-]+\s+){0,5}?by\s+(?P<agent>.*)", after)
        or _SHARED_BY.match(after)
        or (_UNDER_FIRE.match(sentence[start:end]) and _FIRE_FROM.match(after))
    )
    if by:
        return kind_of(by.group("agent"), last=False)
    return _crowd_doer(after)


def _crowd_doer(after: str) -> str | None:
    """A crowd as the doer of a passive harm, told in the time clause after it ("when a mob
    attacked them") or by the attack noun's modifier ("in a mob attack"); None for any other
    doer (armed doers and their hit are read by the sides' rules, which count the forces among
    the dead: "a constable and a civilian were killed when militants attacked the station" is a
    battle) and for a crowd's crush."""
    doer = _WHEN_DOER.match(after) or _IN_ITS_ATTACK.match(after)
    if doer is not None and "verb" in doer.re.groupindex and _CRUSH.match(doer["verb"]):
        doer = None
    doer_kind = kind_of(doer.group("agent"), last=False) if doer is not None else None
    return doer_kind if doer_kind in _CROWDS else None


def _by_phrase_reading(start: int, end: int, before: str, after: str) -> _Reading | None:
    """A noun or a bare participle followed by its agent: "10 killed during an attack by
    cattle rustlers", "a raid by bandits", "officer shot dead by gunmen" (the terse passive of
    notes): the "by" phrase acts; the target after it ("an attack by gunmen on a police post"),
    else the victims told before, are hit. None without a "by" phrase naming a party."""
    by_agent = _BY_AGENT.match(after)
    if not (by_agent and kind_of(by_agent.group("agent"), last=False)):
        return None
    agent = kind_of(by_agent.group("agent"), last=False)
    hit_words = by_agent.group("target") or ""
    hit = nearest_party(hit_words, last=False)
    hit_offset = end + by_agent.start("target") if hit else 0
    if hit is None:
        return _Reading(agent, nearest_party(before, last=True), start - len(before), before)
    return _Reading(agent, hit, hit_offset, hit_words)


def _toll_reading(sentence: str, start: int, end: int, before: str) -> _Reading | None:
    """An attack named as the occasion of a toll told before it: "an army unit killed dozens
    of militants during an ambush", "three fighters were killed in an ambush". Those killed are
    hit; whoever killed them, told before the harm verb, acts (else a crowd naming the attack's
    kind). None when the trigger is no attack noun after a toll."""
    if not _ATTACK_NOUN.fullmatch(sentence[start:end]):
        return None
    told = _TOLL_IN.search(before)
    if not told:
        return None
    before_verb = before[: told.start("verb")]
    if told.group("object").strip() and not PASSIVE.search(before_verb):
        agent = kind_of(before_verb, last=True)
        hit_words = told.group("object")
        hit = nearest_party(hit_words, last=False)
        return _Reading(agent, hit, start - len(before) + told.start("object"), hit_words)
    agent = _crowd_naming_attack(before)
    hit = nearest_party(before_verb, last=True)
    return _Reading(agent, hit, start - len(before), before_verb)


def _crowd_naming_attack(before: str) -> str | None:
    """A crowd that did it, as the word that names the attack's kind: "killed in a mob
    attack", "were hurt in a lynch-mob assault"; else None."""
    modifier = _NOUN_MODIFIER.search(before)
    kind = kind_of(modifier.group("word"), last=True) if modifier else None
    return kind if kind in _CROWDS else None


def _pronoun_object_reading(sentence: str, start: int, end: int, before: str) -> _Reading | None:
    """A second verb on the first one's object: "the raiders grabbed four villagers and
    killed them", "police arrested two youths and beat them". The first verb's subject acts;
    its object, retold by the pronoun, is hit. None without a joined verb and a pronoun."""
    joined = _JOINED_VERB.search(before)
    if not (joined and _PRONOUN_HIT.match(sentence[end:])):
        return None
    agent = kind_of(_TOLD.sub("", before[: joined.start()]), last=True)
    hit_words = joined.group("object")
    hit = nearest_party(hit_words, last=False)
    return _Reading(agent, hit, start - len(before) + joined.start("object"), hit_words)


def _active_reading(sentence: str, start: int, end: int, before: str, after: str) -> _Reading:
    """In the active voice, the subject (see :func:`_active_agent`) acts and the party after
    the trigger is hit; or, when the dead are told only by a number, the armed men named
    before them (see :func:`_armed_named_before`)."""
    agent = _active_agent(sentence, start, end, before)
    hit = nearest_party(after, last=False)
    if hit is None and _SOME_OF_THEM.match(sentence[end:]):
        named = _armed_named_before(sentence, start)
        if named is not None:
            return named
    return _Reading(agent, hit, end, after)


def _active_agent(sentence: str, start: int, end: int, before: str) -> str | None:
    """The kind of an active trigger's subject: one shared with a participle clause's or a
    joined verb's main clause, else the party before it; the first act's subject for a
    participle or a "then" verb told after it; a crowd for a party's members."""
    shared = _participle_subject(sentence, start, before) or _joined_subject(
        sentence, start, before
    )
    agent = shared or kind_of(before, last=True)
    word = sentence[start:end].split()[0].lower()
    if (
        shared is None
        and _AFTER_ITS_ACT.search(before)
        and (word.endswith("ing") or (word.endswith("ed") and _THEN.search(before)))
    ):
        # A participle told after the subject's first act shares its subject: "the
        # attackers seized seven people ... before setting fire to the village"; so does
        # a verb told on with "then": "gunmen attacked Djibo, killing 21 people, then
        # attacked Arbinda" (not "21 people" attacked; forty-third round).
        verb = _FIRST_VERB.search(before)
        agent = kind_of(_TOLD.sub("", before[: verb.start()]), last=True) if verb else agent
    if agent is None and party_member(before):
        agent = "crowd"  # "BJP members clashed with ...": a party's members are a crowd
    return agent


def _armed_named_before(sentence: str, start: int) -> _Reading | None:
    """ "police pursue raiders and kill many", "respond to a raid; kill 16 of them": the armed
    men the sentence named before the killing are its dead (the sentence's first party acts),
    when it names two parties with words between them, the last armed; else None."""
    named = sentence[:start]
    last = nearest_party(named, last=True)
    first = nearest_party(named, last=False)
    if (
        last is not None
        and first is not None
        and last[0] == "armed"
        and first[1].end() + 3 < last[1].start()  # two parties, words between
    ):
        return _Reading(first[0], last, 0, named)
    return None


def _target_of(sentence: str, reading: _Reading, after: str) -> str | None:
    """The target's kind: the hit party's, a civilian for an off-duty member of the forces,
    armed men for members of an armed group, a crowd for a party's members, armed men for a
    force's own ranks; None when nothing is hit."""
    agent, hit, hit_offset, hit_words = reading
    target = hit[0] if hit else None
    if (
        hit is not None
        and target == "armed"
        and is_off_duty(sentence, hit_offset + hit[1].start(), hit_offset + hit[1].end())
    ):
        target = "civilian"
    elif (
        target in {None, "civilian"}
        and (hit is None or ROLE.fullmatch(hit[1].group()))
        and armed_member(hit_words)
    ):
        # Members of an armed group the dictionary knows are hit as armed men, whatever noun
        # names them: "police shot dead three suspected Mungiki members".
        target = "armed"
    elif target is None and hit is None and party_member(hit_words):
        target = "crowd"  # "... clashed with KANU members"
    elif agent == "armed" and hit is None and hit_words is after and _OWN_RANKS.match(after):
        # A member of a force turning on its own: "a constable shot his colleague", "an officer
        # shot dead two of his colleagues", "a soldier opened fire on his comrades" (monitors
        # code the force against itself, an armed clash, not an attack on civilians).
        target = "armed"
    return target


# The doer's own colleagues, comrades or superior, right after the harm word; not someone
# else's, told after "of" ("militants shot dead a colleague of the slain lawmaker": review64).
_OWN_RANKS = re.compile(
    rf"^\s*(?:dead\s+)?(?:(?:on|at)\s+)?(?:(?:\d+|{counting(1, 10)}|some|several)\s+(?:of\s+)?)?"
    r"(?:(?:a|his|her|their)\s+)?(?:own\s+)?(?:colleagues?|comrades?|boss|superiors?|"
    r"fellow\s+(?:officers?|soldiers?|policem[ae]n|constables?|troops|guards?|warders?))\b"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)


# A participle clause after a comma shares its subject with the clause it hangs on: "Suspected
# militants attacked the village, shooting at people and burning houses" (the militants shoot
# and burn; "people" is hit, it does not act). Not a preposition or a noun in -ing ("including",
# "during", "the morning").
_PARTICIPLE = re.compile(r",\s+(?P<word>[a-z]+ing)\b[^,;:]*$")
_OWN_PARTICIPLE = re.compile(r"(?P<word>[a-z]+ing)\b")
_NOT_A_PARTICIPLE = re.compile(
    r"including|according|during|following|regarding|concerning|excluding|pending|morning|"
    r"evening|building|nothing|something|anything|everything|being|bring|king|thing|spring"
)
# The teller of the main clause is not its subject: "police said gunmen attacked the village".
_TOLD = re.compile(r"^.*\b(?:said|says|say|told|reported|according to|claimed)\b", re.IGNORECASE)


# A fight verb joined to a first act by "and", with no subject of its own, shares the first
# verb's subject: "gunmen raided a village and clashed with police" (the gunmen fight the
# police; the village is what they raided, not a side). Not after a passive first verb ("were
# kidnapped by X and later executed": its subject is the one hit).
_SECOND_VERB = re.compile(
    r"(?:clashed|fought|battled|engaged|exchanged|skirmished)\b", re.IGNORECASE
)
# The same two verbs in a headline's present tense, joined by a comma: "Raiders attack village,
# clash with police", "Gunmen storm village, battle police", "Bandits raid farms, engage
# vigilantes" (the object of the first verb is a place or people hit, never the second's
# subject). The first verb is an act of assault; its object has no verb of its own.
_HEADLINE_FIRST = re.compile(
    r"\b(?:attack|raid|storm|invade|ambush|overrun|besiege)(?:s|ed)?\s+"
    r"(?P<object>(?:(?!(?:attack|raid|storm|clash|battle|fight|engage)\w*\b)[\w'’-]+\s+){0,4}?"
    r"[\w'’-]+)(?P<comma>,)?\s+$",
    re.IGNORECASE,
)
_AGAINST = re.compile(r"\s+(?:with|against)\b", re.IGNORECASE)
_HEADLINE_SECOND = re.compile(
    r"(?:clash(?:es|ed)?|fight|fights|fought|battles?|battled|engages?|engaged|"
    r"exchanges?\s+fire|skirmish(?:es|ed)?)\b",
    re.IGNORECASE,
)


def _joined_subject(sentence: str, start: int, before: str) -> str | None:
    """The kind of the first verb's subject when the trigger at ``start`` is a fight verb
    joined to it by "and" ("raiders attacked a village and clashed with police") or, in a
    headline, by a comma ("Raiders attack village, clash with police"), else None."""
    joined = _JOINED_VERB.search(before)
    if joined is None or not _SECOND_VERB.match(sentence, start):
        joined = _HEADLINE_FIRST.search(before)
        second = _HEADLINE_SECOND.match(sentence, start)
        if joined is None or second is None:
            return None
        if joined["comma"] is None and not _AGAINST.match(sentence, second.end()):
            return None  # comma-less copy: "attack village clash with police" (not "clashes")
    subject = before[: joined.start()]
    if PASSIVE.search(subject):
        return None
    return kind_of(_TOLD.sub("", subject), last=True)


def _participle_subject(sentence: str, start: int, before: str) -> str | None:
    """ "armed" when the trigger at ``start`` stands in a participle clause (or is its
    participle: ", shooting at people") whose main clause has armed men for its subject: armed
    men named by their noun act in the whole sentence, whoever the participle's object is."""
    own = _OWN_PARTICIPLE.match(sentence, start) if before.endswith(", ") else None
    participle = own or _PARTICIPLE.search(sentence, 0, start)
    if participle is None or _NOT_A_PARTICIPLE.fullmatch(participle.group("word")):
        return None
    comma = start - 2 if own else participle.start()
    main = _TOLD.sub("", clause_before(sentence, comma))
    subject = nearest_party(main, last=False)
    return "armed" if subject is not None and subject[0] == "armed" else None


def clause_before(sentence: str, start: int, reach: int = 90) -> str:
    """The clause that ends at ``start``: back to a semicolon, colon or ", and"/", while"...,
    and at most ``reach`` characters."""
    return re.split(r"[;:]|,\s(?:and|while|but|as|when|after)\s", sentence[:start])[-1][-reach:]
