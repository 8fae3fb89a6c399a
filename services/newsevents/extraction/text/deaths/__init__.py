"""Death tolls: "3 fatalities", "killed two soldiers", "a man was found dead", "the body of a
man", "Abu Taleb and three others were killed" (4). Each becomes a count with unit
"fatalities"; the injured and wounded never count. Read by :func:`..quantities.find_quantities`
before the other counts, which may not overlap a toll.

The wordings, one pattern each, are :mod:`.wordings`, built from the counts and verbs of
:mod:`.words`; the dead named one by one are :mod:`.named`, one dead told as the subject of a
singular passive :mod:`.one_dead`, one who died of their wounds :mod:`.later_died`.
"""

from __future__ import annotations

import re

from ...document import QuantityMention, Span, SpanIndex
from ...prefilter import folded, may_match
from ...runs import run_search
from ...vocabulary import LIVESTOCK
from ..numbers import WORDS, counting, number_value
from .broken_down import BROKEN_DOWN, parts_add_up
from .later_died import COUNTED_LATER_DIED, LATER_DIED, SHOT_WHO_DIED
from .listed import listed_count, listed_dead
from .named import NAMED_DEAD, named_count
from .objects import KILLED_N
from .one_dead import BODY_FOUND, ONE_DEAD, ONE_DEAD_BARE, PRONOUN_DEAD
from .subjects import TWO_GROUPS
from .wordings import FATALITY_PATTERNS
from .words import ANYONE, COUPLE, ONE, ROLE, WORD_NUMBERS_AGE

# An age is no count: "a 25-year-old", "six pupils between 8 and 13 years old", "aged 30".
_AGE = re.compile(
    rf"\b(?:between\s+)?(?:\d{{1,3}}|{'|'.join(WORD_NUMBERS_AGE)})(?:\s*(?:-|–|and|to)\s*\d{{1,3}})?"
    r"[\s‐–-]+(?:years?|yrs?|months?)[\s‐–-]+old\b|\baged\s+\d{1,3}(?:\s*(?:-|–|and|to)\s*\d{1,3})?\b",
    re.I,
)
# A group's acronym in brackets after its name is no word of the subject: "Two militants of
# the Beta Army (BA) outfit were killed", "Two Beta Defence Forces (BDF) soldiers".
_ACRONYM = re.compile(r"\((?=[^()\s]{2,12}\))(?=[^)]*[A-Z][^)]*[A-Z])[A-Z][\w&./-]*\)")
# Words that add others to a count told before them.
_ADDING = r"(?:and|plus|as\s+well\s+as|along\s+with|together\s+with)"
# An aside in brackets after a count or inside the subject, telling no death of its own, is no
# word of the toll: "At least 20 (some reports say 30) have been killed", "Three herders (out
# of a group of seven) were killed", "Two Delta Front [Northern Delta Liberation Front] cadres
# were killed" (not a bracket of a figure alone, "split across 3 events (5)", nor one that
# tells deaths: "coded as 3 (a monitor reported 6 fatalities)").
_ASIDE = re.compile(
    r"\((?=[^()]*[^\W\d_])(?![^()]*\b(?:kil|dead|die|death|fatal|murder|bod(?:y|ies)))[^()]{1,80}\)"
    r"|\[(?=[^\[\]]*[^\W\d_])(?![^\[\]]*\b(?:kil|dead|die|death|fatal|murder|bod(?:y|ies)))"
    r"[^\[\]]{1,80}\]",
    re.I,
)
# An aside that adds others to the count is a part of the toll (review60): "Two soldiers (and
# three civilians) were killed" is five, "(plus a civilian)" one more; read as "and" without
# the brackets. Others (the hurt, animals) are skipped as asides.
_ADDED_ASIDE = re.compile(
    rf"[(\[]\s*(?P<w>{_ADDING})\s+(?=[^()\[\]]*[^\W\d_])"
    # (not the hurt nor animals: "(and many more injured)", "(and 40 goats)")
    rf"(?![^()\[\]]*\b(?:injur|wound|hurt|{LIVESTOCK}))[^()\[\]]{{1,80}}[)\]]",
    re.I,
)
# A word or two in quotation marks, an outlet keeping its distance from a statement's words:
# "21 “terrorists” had been killed", '12 rebels were "neutralized"' (read without the marks).
_QUOTED_WORDS = re.compile(r"[\"“](?P<w>[^\W\d][\w'’-]*(?:\s[^\W\d][\w'’-]*)?)[\"”]")
# One named before a count: "Abu Taleb and three others were killed" = 4, "the spokesman, his
# son and 20 other fighters" (a name or a kin word right before "and"; not a place: "in Homs
# and 3 people").
_ONE_BEFORE = re.compile(
    r"(?:(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bfrom )(?<!\bnear )(?<!\bto )(?<!\bbetween )"
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’.-]+"
    r"|\b(?:his|her|their)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|"
    r"bodyguard|driver|deputy|aide))\s+and\s+(?:at least\s+|another\s+)?$"
)


# "A" or "one" heading a report, not the dead: "in a statement that six were killed".
_REPORTED_BY_ONE = re.compile(
    rf"(?i:an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?that\s+(?:at least\s+)?(?:\d|(?:{WORDS})\b)", re.I
)
# A run of capitalised words after a preposition of place: "in Red Rock Town and 30 dead"; after
# "of" only a place's noun's ("the town of Red Rock and 30 dead"), not a person's ("the son of Abu
# Taleb and three others" is four).
_PLACE_RUN = re.compile(
    r"\b(?i:in|at|from|near|to|between|(?:town|village|city|district|province|region|area|county|"
    r"state|camp|neighbou?rhood|suburb)s?\s+of)\s+(?:[A-Z][\w'’.-]+\s+)+$"
)


# An earlier incident told after the act, in a clause of its own to the sentence's end: "Gunmen
# killed 12 villagers on Monday, two days after they killed five in nearby Bakassi", "…, a week
# after militants had killed four policemen in the same district". Its dead are that incident's,
# not the act's (the lead's round 40).
_EARLIER_AFTER = re.compile(
    rf",\s+(?:(?:\d+|an?|{counting(1, 12)}|a few|few|several|some|just|only)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:after|since)\s+[^.;!?\n]*",
    re.IGNORECASE,
)


def _in_an_earlier_incident(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """The tolls without those told in a clause of an earlier incident (:data:`_EARLIER_AFTER`)."""
    if not found:
        return found
    earlier = [(m.start(), m.end()) for m in _EARLIER_AFTER.finditer(text)]
    return [q for q in found if not any(a < q.span.start < b for a, b in earlier)]


# A toll's "a" or "an" after a preposition, whose verb is plural or a bare "died": the article
# heads a phrase of the subject ("Two children from a poor family were killed", "Three
# policemen injured in a blast on Sunday died"), not one of the dead.
_A_IN_A_PHRASE = re.compile(r"\b(?:of|from|in|on|at|with|for|near|into|to)\s+$", re.IGNORECASE)
_A_OF_ANOTHER_SUBJECT = re.compile(
    # (a bare "died" with no singular auxiliary; "a man died" after no preposition is one)
    r"an?\s(?=.*\b(?:were|are|have\s+been)\b|(?!.*\b(?:was|is|has|had)\b).*\bdied\b)",
    re.I | re.S,
)

# The crime a suspect is held, charged or punished for, told before a killing: "lynched two
# men who were accused of killing five people", "police shot three men suspected of murdering a
# chief", "sentenced to death for killing her husband" (their deaths are no toll of the act).
_CHARGE = re.compile(
    r"(?:\b(?:charged|convicted|sentenced|jailed|wanted|arrested|detained)"
    r"\s+(?:[\w'’-]+\s+){0,3}?"
    # (a suspicion only of the one it names, "men suspected of", not one that names the
    # killers: "a rights group suspected the army of shooting dead two civilians"; an
    # accusation only in a relative clause: "police accused of killing 5 protesters" and "the
    # army was accused of killing two" report the act)
    r"|\bsuspected\s+"
    r"|\bwho\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:allegedly\s+)?accused\s+)"
    r"(?:of|with|for|over|to\s+have)\s+(?:having\s+)?(?:allegedly\s+)?"
    # (or the count the crime names, read as a subject after it: "Two men who were accused of
    # killing five people were lynched" is no five; review62)
    r"(?:(?:killing|murdering|killed|murdered|shooting\s+dead|shot\s+dead)\s+)?$",
    re.IGNORECASE,
)


# An aside in brackets telling such a crime is no word of the toll around it: "2 fighters (who
# were accused of killing 5 people) were shot dead" is two.
_CHARGE_ASIDE = re.compile(
    r"\((?=[^()]*\b(?:accused|suspected|charged|convicted)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:of|with|for|to\s+have)\b)[^()]{1,150}\)",
    re.IGNORECASE,
)


def _one_before(text: str, start: int) -> bool:
    """Whether one person is named right before a count ("Abu Taleb and three others"), not a
    place of more words than one ("70 dead in Red Rock and 30 dead in Blue Lake" is 30)."""
    before = _ONE_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    name_end = before.start() + before.group().index(" and") + 1
    return _PLACE_RUN.search(text, max(0, before.start() - 60), name_end) is None


def find_deaths(text: str, spans: list[Span]) -> list[QuantityMention]:
    """The death tolls the text tells, each a count with unit "fatalities", outside ``spans``
    (money and dates already read)."""
    found: list[QuantityMention] = []
    original = text
    # an age reads as one person: "shot dead 25-year-old Ahmed" is one
    text = _AGE.sub(lambda m: "a".ljust(len(m.group())), text)
    text = _ACRONYM.sub(lambda m: " " * len(m.group()), text)
    text = _ADDED_ASIDE.sub(_added, text)
    text = _CHARGE_ASIDE.sub(lambda m: " " * len(m.group()), text)
    text = _ASIDE.sub(lambda m: " " * len(m.group()), text)
    text = _QUOTED_WORDS.sub(lambda m: f" {m.group('w')} ", text)
    taken = SpanIndex(spans)
    tolls = SpanIndex()
    told_back: list[QuantityMention] = []
    lowered = folded(text)
    # the dead told in parts, read first: each part counts ("a man, his wife and their three
    # children" is five), where the other wordings read one part or two
    for listed in listed_dead(text):
        span = Span(listed.start(), listed.end())
        if taken.overlaps(span) or tolls.overlaps(span):
            continue
        parts = listed_count(listed.group("n") or listed.group("p") or listed.group("l"))
        found.append(
            QuantityMention(span, original[span.start : span.end], "count", parts, "fatalities")
        )
        tolls.add(span)
    for pattern in (
        BROKEN_DOWN,
        *FATALITY_PATTERNS,
        NAMED_DEAD,
        ONE_DEAD,
        ONE_DEAD_BARE,
        COUNTED_LATER_DIED,
        LATER_DIED,
        SHOT_WHO_DIED,
    ):
        if not may_match(pattern, lowered):
            continue  # none of the pattern's words is in the text
        runs = run_search(pattern)
        ranges = runs.ranges(text, lowered)  # where a match can start
        position = 0
        while (match := runs.search(text, position, ranges)) is not None:
            span = Span(match.start(), match.end())
            position = span.end
            # A date inside a toll's words is no count of it ("the number of people killed in
            # the raid on Friday climbed to six"); one read as its count is.
            blocking = [t for t in taken.overlapping(span) if _holds_count(match, t)]
            if blocking:
                # "Dec 28 2015 Two civilians killed": look again after the date.
                position = max(span.start + 1, min(t.end for t in blocking))
                continue
            if tolls.overlaps(span):
                continue
            if pattern is BROKEN_DOWN and not parts_add_up(match):
                position = span.start + 1  # a list of others, read by the other wordings
                continue
            if _CHARGE.search(text, max(0, span.start - 80), span.start):
                continue  # "two men accused of killing five people": their crime, no toll
            if _REPORTED_BY_ONE.match(text, match.start("n") if match.group("n") else span.end):
                # "said in a statement that six civilians were killed": the "a" heads what
                # tells the toll, not the dead; read on from the word after it
                position = match.end("n")
                continue
            if _A_OF_ANOTHER_SUBJECT.match(match.group()) and _A_IN_A_PHRASE.search(
                text, max(0, span.start - 8), span.start
            ):
                # "Two officers from an anti-narcotics unit were killed": the "an" heads the
                # unit, not one of the dead (the verb is the count's before it)
                position = span.start + 1
                continue
            n = (match.group("n") or "one").lower()
            value = _death_count(n)
            if pattern is NAMED_DEAD:
                value = float(named_count(match.group("n")))  # "killing Ali Hassan and Omar Saleh"
            elif value is None:
                n, value = "one", 1.0  # "killing him", "killed the commander"
            elif match.group("n"):
                value = _lowest(original, match.start("n"), value * _dozens(original, match, "n"))
                if n in {"a", "an"} and _is_a_couple(text, match):
                    value = 2.0  # "A couple were shot dead", "killed an elderly couple"
            if pattern is TWO_GROUPS and n in {"a", "an"} and match.group("name"):
                # "A clash broke out and 3 Red Hill Front suspects were killed": the "a" heads
                # no group of the dead when a force's name follows the second count, unless
                # it heads a person ("An army soldier and a Special Task Unit SPO were killed")
                between = text[match.end("n") : match.start("m")]
                value = 1.0 if _PERSON_BEFORE_AND.search(between) else 0.0
            if "m" in pattern.groupindex and match.group("m") and _adds_up(pattern, n, match):
                m = _death_count(match.group("m").lower()) or 0.0
                value += m * _dozens(original, match, "m")
            if "k" in pattern.groupindex and match.group("k"):
                # "a ranger and his brother", "killed a man and his wife"; "and his two sons"
                kin = match.group("kc")
                value += (_death_count(kin.lower()) or 1.0) if kin else 1.0
            if value > 10_000:
                continue  # a year or an identifier, not a death toll
            if match.start("n") == span.start and _one_before(original, span.start):
                value += 1
            mention = original[span.start : span.end]
            found.append(QuantityMention(span, mention, "count", value, "fatalities"))
            tolls.add(span)
            if pattern is BODY_FOUND or pattern is PRONOUN_DEAD or _the_age(original, match):
                told_back.append(found[-1])
    return _in_an_earlier_incident(original, _without_the_dead_told_back(found, told_back))


# "The 11-year-old succumbed to his injuries": one told before, retold by the age alone.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _the_age(text: str, match: re.Match[str]) -> bool:
    """Whether a toll's one is an age after "the", a death told back (forty-first round)."""
    if "n" not in match.re.groupindex or not match.group("n"):
        return False
    start = match.start("n")
    return _AGE.match(text, start) is not None and bool(
        _THE_BEFORE.search(text, max(0, start - 5), start)
    )


def _added(aside: re.Match[str]) -> str:
    """An aside adding others, read as "and" and its words without the brackets (same length)."""
    text, start = aside.group(), aside.start()
    word = "and".ljust(aside.end("w") - aside.start("w"))
    return f" {text[1 : aside.start('w') - start]}{word}{text[aside.end('w') - start : -1]} "


def _without_the_dead_told_back(
    found: list[QuantityMention], told_back: list[QuantityMention]
) -> list[QuantityMention]:
    """The tolls without a death told back (a body found, "he was killed") after another toll:
    "Ali Omar was shot dead and his body dumped", "A clerk was killed. His body was found in a
    river", "A guard was shot dead. He was killed by a sniper" tell one death, not two."""
    if not told_back:
        return found
    first = min((q.span.start for q in found if q not in told_back), default=None)
    return [q for q in found if q not in told_back or first is None or q.span.start < first]


def _holds_count(match: re.Match[str], span: Span) -> bool:
    """Whether a span (a date, an amount) overlaps a count of the toll ``match``."""
    groups = [g for g in ("n", "m") if g in match.re.groupindex and match.group(g)]
    # a count is its group's first word; the words of a person after it ("A man, who was hurt
    # in a clash on Saturday, died") or a toll told without a count hold none
    firsts = [(match.start(g), match.start(g) + len(match.group(g).split()[0])) for g in groups]
    starts = firsts or [(match.start(), match.start() + len(match.group().split()[0]))]
    return any(span.start < end and start < span.end for start, end in starts)


_COUPLE = re.compile(COUPLE, re.I)


def _is_a_couple(text: str, match: re.Match[str]) -> bool:
    """Whether a toll's "a" heads a couple: two people (forty-second round). Inside the
    match's words, or right after an object that ends it ("killed an elderly couple")."""
    couple = _COUPLE.match(text, match.end("n"))
    return couple is not None and (couple.end() <= match.end() or match.end("n") == match.end())


# A person's noun before the "and" of two groups: "an army soldier and ..."
_PERSON_BEFORE_AND = re.compile(rf"\b{ROLE},?\s+and\s+$", re.I)


# "two dozen people": the count multiplies the dozen ("a dozen" alone is vague, no toll).
_DOZEN = re.compile(r"[ \t]+dozen\b(?!s)", re.I)


def _dozens(text: str, match: re.Match[str], group: str) -> float:
    """12 when a count is of dozens ("killed two dozen villagers" is 24), else 1."""
    return 12.0 if _DOZEN.match(text, match.end(group)) else 1.0


# A range told before its higher end: "from 33 to more than 50 people were killed", "between 10
# and 30 dead" (a toll of the higher end only, whose lower end the pattern cannot reach).
_RANGE_BEFORE = re.compile(
    r"\b(?:from|between)\s+(?:at least\s+)?(?P<low>\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:to|and)\s+(?:more than\s+|over\s+|at least\s+|as many as\s+|up to\s+)?$",
    re.I,
)


# A change of a figure before its "from ... to": the range is an update, not a disagreement.
_CHANGED = re.compile(
    r"\b(?:toll|number|ris(?:e|es|en|ing)|rose|climb\w*|increas\w*|jump\w*|went|gone|grew|"
    r"grow\w*|soar\w*|rais\w*|revis\w*|bring\w*|brought|upped|updat\w*|fell|fall\w*|drop\w*)\b",
    re.I,
)


def _lowest(text: str, start: int, value: float) -> float:
    """The lowest figure of a range of tolls (ACLED's rule for reports that disagree): "from 33
    to more than 50 people were killed" is 33."""
    before = _RANGE_BEFORE.search(text, max(0, start - 40), start)
    if before is None or _CHANGED.search(text, max(0, before.start() - 60), before.start()):
        return value  # "the toll rose from 12 to 20": an update, the higher is the toll
    low = number_value(before.group("low"))
    return low if low is not None and 0 < low < value else value


def _death_count(word: str) -> float | None:
    if word == "both":
        return 2.0  # "both were killed": two told before
    return 1.0 if word in ONE else number_value(word)


def _adds_up(pattern: re.Pattern[str], n: str, match: re.Match[str]) -> bool:
    """Whether a match's second count adds to its first: always in a clause of two tolls; after
    "killed" after one person ("killed a commander and three fighters" = 4) or after a group
    of its own kind ("killing eight police officers and five investigators" = 13), not after
    people who can be anyone ("killing 12 people and 3 children" is 12: the children are
    among the people; measured, the sum after any count lost on FA-KES)."""
    if pattern is not KILLED_N or n in {"a", "an", "one"}:
        return True
    first = match.string[match.end("n") : match.start("m")]
    return _ANYONE.search(first) is None


# Victims who can be anyone: a later count joined to them is among them.
_ANYONE = re.compile(rf"\b{ANYONE}\b", re.I)
