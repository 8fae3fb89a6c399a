"""The death toll of one event, from the counts of deaths its sentences report.

Within a sentence, separate tolls add up: "killed two soldiers and three militants" is 5. Across
sentences, an article mostly retells one toll: the headline's "Kill 22", the lead's "at least 22
people killed", the body's "six civilians were among the dead" are 22, not 50. So the sentences'
totals add up only when each names its own kind of victim ("Two soldiers were killed. Three
militants died."); otherwise the first told is the toll (the headline's or the lead's; another
source's figure further down is not), unless a later sentence updates it ("the death toll rose
to 27"). A stated total ("3 fatalities") wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ...document import QuantityMention, Sentence, sentence_at
from ...text.deaths.words import RAISED_TALLY_OF
from ...text.numbers import NUMBER_WORDS, number_value
from ...text.periods import counts_a_period
from ...text.several_acts import TOLL_OVER_SEVERAL_ACTS
from .attackers import STATED as _STATED
from .attackers import attackers_dead
from .counted_once.period_tallies import tallies_a_period
from .others import answered, others_added
from .roundups import ADDED, roundup_sentences

# Victims named by a word that can cover any other group: a retold toll, not a new one.
_ANY_VICTIM = re.compile(
    r"\b(?:people|persons?|civilians|others|citizens|individuals|dead|deaths?|killed|killing|"
    r"kill|kills|victims|bodies|fatalit\w*)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]{4,}")
_CODED = re.compile(r"\bcoded as\b", re.IGNORECASE)


def fatalities(
    quantities: Iterable[QuantityMention],
    sentences: Sequence[Sentence] = (),
    *,
    from_afar: bool = False,
) -> int:
    """Deaths the event reports (counts with unit ``fatalities``), else 0. ``from_afar``: an
    air or artillery strike, whose dead are all its victims (the militants it kills are no
    attackers killed apart)."""
    counts = [q for q in quantities if q.kind == "count" and q.unit == "fatalities"]
    by_index = {s.index: s for s in sentences}
    # a tally counted "since" a day or an act is a period's, not this act's toll; nor are
    # deaths an act answered ("revenge for the killing of three other people")
    counts = [q for q in counts if not _since(q, sentences) and not answered(q, sentences)]
    # a stretch's running total beside the act's own count is not the act's toll (nor its
    # update); told alone, the report is of the stretch, counted as a monitor codes it
    counts = [
        q for q in counts if not tallies_a_period(q, sentence_at(sentences, q.span))
    ] or counts
    stated = [q.value for q in counts if "fatalit" in q.text.lower()]
    # a note's coded total beats the figure a source reported beside it: "Fatalities coded as
    # 3 (VoJ reported 6 fatalities)" is 3 (twenty-fourth round)
    coded = [q.value for q in counts if _CODED.search(q.text)]
    if coded:
        return int(max(coded))
    if stated:
        return int(max(stated))
    groups: dict[int, list[QuantityMention]] = {}
    for count in counts:
        sentence = sentence_at(sentences, count.span)
        groups.setdefault(sentence.index if sentence is not None else -1, []).append(count)
    # A retelling's tally of a war or a month is not this act's toll.
    groups = {
        i: g
        for i, g in groups.items()
        if not (0 <= i < len(sentences) and counts_a_period(sentences[i].text))
    } or groups
    # A toll over several acts ("Eleven people were killed in two separate attacks") is not
    # this act's when a sentence of its own tells the act's toll.
    several = {
        i for i in groups if i in by_index and TOLL_OVER_SEVERAL_ACTS.search(by_index[i].text)
    }
    if several and len(several) < len(groups):
        groups = {i: g for i, g in groups.items() if i not in several}
    totals = {i: _sentence_total(group, by_index.get(i)) for i, group in groups.items()}
    # a roundup of several acts broken down to this act's dead later: the act's toll
    rounded = roundup_sentences(totals, by_index)
    groups = {i: g for i, g in groups.items() if i not in rounded}
    totals = {i: t for i, t in totals.items() if i not in rounded}
    if not totals:
        return 0
    victims = [_victims(group) for group in groups.values()]
    distinct = all(victims) and _disjoint(victims)
    if distinct:
        return int(sum(_figures_once(totals, by_index, _parts(groups))))
    updated = _updates(totals, by_index) + _counting_the_first(groups, totals, by_index)
    if updated:
        return int(max(totals[i] for i in updated))
    # (not after a summary of several acts: "three more" there is the next act's dead)
    others = others_added(groups, totals, by_index) if not (several or rounded) else set()
    retold = totals[min(totals)] + sum(totals[i] for i in others)
    if from_afar:
        return int(retold)
    groups = {i: g for i, g in groups.items() if i not in others}
    totals = {i: t for i, t in totals.items() if i not in others}
    attackers = attackers_dead(groups, totals, by_index)
    return int(retold + sum(_figures_once(attackers, by_index)))


# A sentence that adds a group to the dead told before: "Also a militant was killed".
_ADDED = re.compile(ADDED, re.IGNORECASE)


def _figures_once(
    totals: dict[int, float],
    by_index: Mapping[int, Sentence],
    parts: Mapping[int, set[float]] | None = None,
) -> list[float]:
    """The sentences' tolls of distinct victims, a figure told again under another name
    counted once: the headline's "28 Terrorists Killed" and the body's "twenty-eight heads of
    the group were killed" are one toll retold, and so is one side's part of a toll told
    before ("two soldiers and four rebels were killed ... the rebels lost four of their
    comrades": ``parts``, the figures inside each sentence's tolls). Not one person ("a soldier
    was killed ... a militant was killed": two of them), nor a sentence that says it adds
    ("also")."""
    seen: set[float] = set()
    kept: list[float] = []
    for index in sorted(totals):
        value = totals[index]
        sentence = by_index.get(index)
        adds = sentence is not None and _ADDED.search(sentence.text) is not None
        if value in seen and value > 1 and not adds:
            continue
        seen.add(value)
        seen |= (parts or {}).get(index, set())
        kept.append(value)
    return kept


def _parts(groups: Mapping[int, list[QuantityMention]]) -> dict[int, set[float]]:
    """The figures told inside each sentence's tolls ("two soldiers and four rebels": 2, 4)."""
    return {
        index: {
            value
            for q in group
            for word in q.text.split()
            if (value := number_value(word.strip(",;:()"))) is not None and value > 1
        }
        for index, group in groups.items()
    }


# A later sentence that updates the toll: "the death toll rose to 27".
_UPDATE = re.compile(
    r"\b(?:toll|deaths?|number of (?:the )?(?:[\w'’-]+\s+){0,2}?(?:dead|deaths|victims|killed))\s+"
    r"(?:\w+\s+){0,6}?"
    r"(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|hit|went up)\b"
    # a death told beside the tally it raised: "died of his wounds, bringing the toll to six"
    r"|\b(?:rais(?:es|ed|ing)|bring(?:s|ing)|brought|push(?:es|ed|ing)|tak(?:es|ing)|took)\s+"
    rf"(?:the\s+)?(?:death\s+)?toll\s+{RAISED_TALLY_OF}to\b",
    re.IGNORECASE,
)


def _updates(totals: dict[int, float], by_index: Mapping[int, Sentence]) -> list[int]:
    """The sentences after the first told that update one toll told several times (``totals``:
    each sentence's). Without them the first told is the toll (the headline's or the lead's): a
    different figure further down is another source's ("the Observatory said 26 were killed") or
    a part of the dead ("six civilians were among the dead"), not the event's toll; with them
    the highest update is."""
    first = min(totals)
    return [i for i in totals if i != first and i in by_index and _UPDATE.search(by_index[i].text)]


# What follows a total to break it down: "7 dead, among them five villagers and two bombers".
_BREAKDOWN = re.compile(
    r"\s*,?\s*(?:including|among them|among whom|of whom|of which)\s+(?:at least\s+)?"
    r"(?P<k>\d{1,3}(?:,\d{3})+|[\w-]+)",
    re.IGNORECASE,
)


def _counting_the_first(
    groups: dict[int, list[QuantityMention]],
    totals: dict[int, float],
    by_index: Mapping[int, Sentence],
) -> list[int]:
    """The later sentences whose toll is a higher total that counts the first told among its
    dead: "Five villagers have been killed ... The attack left 7 dead, among them five villagers
    and two bombers" is 7 (the same dead and others), as a toll update would be."""
    first = min(totals)
    found: list[int] = []
    for index, group in groups.items():
        sentence = by_index.get(index)
        if index <= first or sentence is None or totals[index] <= totals[first]:
            continue
        if (
            totals[first] == 1
            and not _ADDED.search(sentence.text)
            and any(_one_and_others(q) for q in group)
        ):
            found.append(index)  # "killed the emir ... The emir and 10 fighters were killed"
            continue
        for quantity in group:
            after = _BREAKDOWN.match(sentence.text, quantity.span.end - sentence.span.start)
            if after is not None and number_value(after.group("k")) == totals[first]:
                found.append(index)
                break
    return found


# The first number of a toll's words: "10 members of the group were killed".
_FIRST_NUMBER = re.compile(r"\d{1,3}|[a-z]+", re.IGNORECASE)


def _one_and_others(quantity: QuantityMention) -> bool:
    """Whether a toll counts one dead told before its count and others beside him ("Mahmoud
    Brouq and at least 10 members of the group were killed" is 11, its words from "10"): the
    one is the dead told before."""
    for word in _FIRST_NUMBER.findall(quantity.text):
        value = number_value(word)
        if value is not None:
            return value > 1 and quantity.value == value + 1
    return False


_SINCE = re.compile(r"[\s\w'’-]{0,20}?\bsince\b", re.IGNORECASE)


def _since(quantity: QuantityMention, sentences: Sequence[Sentence]) -> bool:
    """Whether a tally ("the number of protesters killed", "the toll") goes on with "since":
    "These deaths bring to 12 the number of protesters killed since Monday's coup" counts the
    days since, not the act the sentence tells."""
    if not _STATED.search(quantity.text):
        return False
    sentence = sentence_at(sentences, quantity.span)
    if sentence is None:
        return False
    return _SINCE.match(sentence.text, quantity.span.end - sentence.span.start) is not None


def _sentence_total(group: list[QuantityMention], sentence: Sentence | None) -> float:
    """A sentence's deaths: its tolls added up, unless it states the toll ("the death toll rose
    to 10 killed", "putting the toll at 6"): a total, not one more group of the dead."""
    # (or tells a total beside its parts: "six teachers also died ... 35 people in total had
    # died" is 35, forty-fourth round)
    stated = [q.value for q in group if _STATED.search(q.text) or _IN_TOTAL.search(q.text)]
    if sentence is not None:
        start = sentence.span.start
        stated += [
            q.value
            for q in group
            if _STATED_BEFORE.search(sentence.text, 0, max(0, q.span.start - start))
            # ("35 people were killed in all")
            or _IN_TOTAL_AFTER.match(sentence.text, q.span.end - start)
        ]
    if stated:
        return max(stated)
    return sum(_once(_without_parts(group, sentence)).values())


# Victims who can be anyone, and the kinds that are a part of them: "killed 58 civilians ...
# Twenty-five children were killed" tells the children among the civilians (twenty-seventh round).
_ANYONE = re.compile(
    r"\b(?:people|persons|civilians|residents|villagers|citizens|inhabitants)\b", re.IGNORECASE
)
_A_KIND_OF_THEM = re.compile(
    r"\b(?:children|women|kids|minors|girls|boys|infants|babies|toddlers)\b", re.IGNORECASE
)


def _without_parts(
    group: list[QuantityMention], sentence: Sentence | None
) -> list[QuantityMention]:
    """A sentence's tolls less those of children or women told beside a larger toll of anyone
    ("airstrikes killed 58 civilians ... 25 children were killed" is 58, not 83)."""
    if sentence is None or len(group) < 2:
        return group
    heads = {id(q): _head(q, sentence) for q in group}
    anyone = [q.value for q in group if _ANYONE.search(heads[id(q)])]
    if not anyone:
        return group
    return [
        q
        for q in group
        if not (
            _A_KIND_OF_THEM.search(heads[id(q)])
            and not _ANYONE.search(heads[id(q)])
            and q.value < max(anyone)
        )
    ]


_NEXT_WORDS = re.compile(r"(?:\s+[\w'’-]+){0,2}")


def _head(quantity: QuantityMention, sentence: Sentence) -> str:
    """A toll's words and the two after it ("killed 58" + "civilians in")."""
    end = quantity.span.end - sentence.span.start
    after = _NEXT_WORDS.match(sentence.text, max(0, end))
    return quantity.text + (after.group() if after else "")


# "the death toll ... rose to" right before the count: "rose to 10 killed"
_STATED_BEFORE = re.compile(
    r"\b(?:toll|number of)\s+(?:[\w'’-]+\s+){0,15}?(?:(?:has\s+|had\s+)?(?:rises|rose|risen|"
    r"climbed|reached|"
    r"jumped|increased)\s+to|at|stands?\s+at|stood\s+at)\s+(?:at least\s+|about\s+|nearly\s+)?$"
    r"|\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\s+(?:at least\s+|about\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_IN_TOTAL = re.compile(r"\b(?:in\s+(?:total|all)|altogether)\b(?!\s+(?:of|the)\b)", re.I)
_IN_TOTAL_AFTER = re.compile(rf",?\s+{_IN_TOTAL.pattern}", re.I)


def _once(group: list[QuantityMention]) -> dict[tuple[float, frozenset[str]], float]:
    """A sentence's tolls, each told once: a body that repeats its lead inside one sentence
    ("At least 45 people have been killed ... - At least 45 people have been killed") is 45,
    and so is a toll of the same value that names no kind of victim ("Kills 45 ... 45
    fighters were killed")."""
    told = {(q.value, _specific_words(q.text)): q.value for q in group}
    # a run-on headline and lead: "Strike Kills 3 Fighters ... Three fighters from the
    # committees were killed": a toll naming no kind of victim retells one of its value
    return {
        key: value
        for key, value in told.items()
        if key[1] or not any(other[0] == key[0] and other[1] for other in told)
    }


def _disjoint(victims: list[frozenset[str]]) -> bool:
    """Whether no victim word is in two groups (each group against the words of those before
    it, not against each: an event merged from a thousand tolls)."""
    seen: set[str] = set()
    for words in victims:
        if words & seen:
            return False
        seen |= words
    return True


def _victims(group: list[QuantityMention]) -> frozenset[str]:
    """The victim words of a sentence's tolls; empty when one could be anybody ("people")."""
    if any(_ANY_VICTIM.search(q.text) or _NAMED.match(q.text) for q in group) and not all(
        _specific_words(q.text) for q in group
    ):
        return frozenset()
    return frozenset(word for q in group for word in _specific_words(q.text))


# One victim told by name ("Tomas Verel was shot dead" after "A 41-year-old trader was shot
# dead"): the dead told before, or one of them, named; no kind of victim of its own.
_NAMED = re.compile(r"(?:[A-Z][\w'’.-]+\s+){2,4}(?:,[^,]*,\s+)?(?:was|has been|had been|is)\b")
# A toll told as a tally: "number of gunmen killed has risen to five", "put the death toll
# ... at 14", "death toll from the explosion climbed to 17".
_TALLY = re.compile(
    r"(?:(?:put|puts|putting|placed|places|placing)\s+(?:the\s+)?(?:death\s+)?toll\b"
    r"|(?:death\s+)?toll\b|deaths?\b(?!\s+of\b)"
    r"|number\s+of\s+(?:the\s+)?(?P<head>(?:[\w'’-]+\s+){0,2}?)"
    r"(?:killed|dead|deaths|victims|fatalities)\b)",
    re.IGNORECASE,
)


_SUBSET = re.compile(r"\b(?:including|among them|among whom|of whom|one of them)\b", re.I)


def _specific_words(text: str) -> frozenset[str]:
    if _NAMED.match(text):
        return frozenset()  # a victim named by name is one of any kind told before
    # a toll that names a subset of its dead is named by its head: "Four people, including two
    # officers, were killed" counts people (anyone), not officers
    text = _SUBSET.split(text, maxsplit=1)[0]
    if (tally := _TALLY.match(text)) is not None:
        # a tally names its victims in its head only ("the number of fighters killed in the
        # attack on the post rose to four": fighters), if at all ("the death toll from ...")
        text = tally.group("head") or ""
    words = {w for w in _WORD.findall(text.lower()) if not _ANY_VICTIM.fullmatch(w)}
    return frozenset(words - _NOT_VICTIMS)


# Words of a toll's phrase that name no victim: verbs ("claiming the lives of more than 9"
# names no victim more than "10 people were killed" does), bounds and numbers.
_NOT_VICTIMS = frozenset(
    {"were", "have", "been", "reportedly", "also", "later", "shot", "least", "more", "than"}
    | {"claiming", "claimed", "claims", "claim", "lives", "taking", "took", "takes", "costing"}
    | {"cost", "costs", "leaving", "left", "lost", "losing", "their", "died", "slain", "toll"}
    | {
        "beheads",
        "beheaded",
        "behead",
        "beheading",
        "beheadings",
        "executed",
        "execute",
        "executes",
        "murdered",
        "massacred",
        "massacring",
        "slaughtered",
        "slaughtering",
    }
    | {"martyred", "martyrs", "death", "bodies", "gunned", "gunning", "down", "another"}
    | {"further"}
    # a part of the dead told before ("Seven of them were killed") names no victim of its own
    | {"them", "those", "whom"}
    | {"over", "about", "around", "nearly", "some", "almost"}
    | NUMBER_WORDS
)
