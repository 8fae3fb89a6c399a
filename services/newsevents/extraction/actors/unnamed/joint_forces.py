"""Two states' forces told striking together: the state at home is the one that acts.

Wire and regional copy of a war fought with a foreign ally's air power tells many strikes by
both air forces at once, because both flew or because witnesses could not tell the aircraft
apart: "Syrian and Russian warplanes pounded ...", "air strikes by Syrian or Russian jets",
"regime and Russian airstrikes", "government helicopters and Russian jets", "either regime or
allied Russian warplanes", "jets believed to be Russian or Syrian". ACLED codes such a strike
to the forces of the state on whose ground it falls (the foreign ally is at most an
associate), so the two conjuncts are one mention of the home state's forces: the article's own
country's, the one "regime" and "government" name. A strike told by the foreign air force
alone ("Russian warplanes struck", "jets believed to be Russian") stays the foreign state's.

Two states told as opponents are not joined: "clashes between Syrian and Turkish forces".
"""

from __future__ import annotations

import re
from functools import cache

from ...document import ActorMention, Span
from ...prefilter import first_char_alternation
from ..dictionary import country_codes
from .country_words import country_word
from .state_names import state_force_name

# The nouns of a state's air power (the foreign conjunct must end on one, or the text must
# call it the home state's ally: "the army and its Russian allies").
_AIR = re.compile(
    r"(?:air\s?(?:craft|force|strikes?|raids?)|airstrikes?|warplanes?|war\s+planes?|planes|"
    r"jets?|helicopters?|gunships?|bombers|bombing\s+raids?|raids|strikes|bombardment)$",
    re.IGNORECASE,
)
# The home state's conjunct before "and"/"or": its adjective or name ("Syrian", "Syria's"),
# "regime", "government" or "army", with its own force or air noun ("government helicopters",
# "the Syrian regime's air force").
_HOME = re.compile(
    r"(?<![\w'’-])(?:(?:[Tt]he|Assad|Assad['’]s|al-Assad['’]s|Bashar)\s+){0,3}"
    r"(?P<word>(?i:regime|government|army)|[A-Z][\w'’.]+)"
    r"(?:\s+(?i:regime|government)(?:['’]s)?)?"
    r"(?:\s+(?i:air\s+force|army|military|forces|troops|war\s*planes|warplanes|jets|helicopters|"
    r"aircraft|air\s?strikes|air\s+raids|raids|artillery|bombardment))?"
    r"\s*,?\s+(?:and(?:/or)?|or)\s+(?P<ally>(?:(?:its|their)\s+)?(?:all(?:y|ies|ied)\s+)?)$"
)
_HOME_WORDS = frozenset({"regime", "government", "army"})
# Opponents told side by side ("clashes between Syrian and Turkish forces").
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?\S*\s*$", re.IGNORECASE)
# How far back the home conjunct may begin.
_REACH = 70
# Opponents told as one subject of a reciprocal act, in the rest of the sentence: "Syrian and
# Turkish warplanes struck each other's positions", "Ukrainian and Russian jets clashed",
# "Indian and Pakistani troops exchanged fire". Two allies do not fight each other.
_RECIPROCAL = re.compile(
    r"[^.!?;]{0,120}?\b(?:each\s+other|one\s+another|clash(?:ed|es|ing)?|exchang(?:ed|es|ing)|"
    r"trad(?:ed|es|ing)\s+(?:fire|shots|blows|strikes)|dog\s?fights?|duels?|skirmish(?:ed|es)?|"
    r"fought|fighting|engaged|confront(?:ed|ation))\b",
    re.IGNORECASE,
)


def joint_forces(text: str, found: list[ActorMention], home: str | None) -> list[ActorMention]:
    """``found`` with each foreign state force told jointly with the home state's (see the
    module) replaced by one mention of the home state's military, spanning both conjuncts (a
    mention of the home state inside them is folded in)."""
    if home is None:
        return found
    joined: list[ActorMention] = []
    dropped: set[int] = set()
    for mention in found:
        if mention.kind != "state_force" or mention.country_code in (None, home):
            continue
        start = _home_start(text, mention, home)
        if start is None:
            continue
        span = Span(start, mention.span.end)
        dropped.update(id(m) for m in found if m.span.overlaps(span))
        name = state_force_name("Military Forces", home)
        joined.append(ActorMention(span, text[span.start : span.end], name, "state_force", home))
    joined.extend(_home_after(text, found, home))
    joined.extend(_believed(text, home))
    joined.extend(_with_ally_country(text, home))
    joined.extend(_hyphened_pair(text, home))
    if not joined:
        return found
    spans = [m.span for m in joined]
    kept = [m for m in found if id(m) not in dropped and not any(m.span.overlaps(s) for s in spans)]
    return kept + joined


def _home_start(text: str, mention: ActorMention, home: str) -> int | None:
    """Where the home state's conjunct before ``mention`` begins, or None when there is none
    (or the two are told as opponents)."""
    before = text[max(0, mention.span.start - _REACH) : mention.span.start]
    match = _HOME.search(before)
    if match is None or _BETWEEN.search(before, 0, match.start()):
        return None
    word = match.group("word")
    if word.lower() not in _HOME_WORDS and country_word(word) != home:
        return None
    if not (_AIR.search(mention.text) or match.group("ally")):
        return None
    if not match.group("ally") and _RECIPROCAL.match(text, mention.span.end):
        return None
    return mention.span.start - len(before) + match.start()


# The foreign air arm told first, the home state's own forces after it: "Russian warplanes and
# Syrian helicopters pounded ...", "Russian jets and regime helicopters".
_AND_THEN = re.compile(r"\s*,?\s+(?:and(?:/or)?|or)\s+(?:the\s+)?")


def _home_after(text: str, found: list[ActorMention], home: str) -> list[ActorMention]:
    """A foreign air arm joined by "and"/"or" to the home state's forces told right after it:
    one mention of the home state's military spanning both (see the module)."""
    joined: list[ActorMention] = []
    by_start = {m.span.start: m for m in found if m.kind == "state_force"}
    for mention in found:
        if mention.kind != "state_force" or mention.country_code in (None, home):
            continue
        if not _AIR.search(mention.text):
            continue
        conj = _AND_THEN.match(text, mention.span.end)
        after = by_start.get(conj.end()) if conj else None
        if after is None or after.country_code != home:
            continue
        before = text[max(0, mention.span.start - _REACH) : mention.span.start]
        if _BETWEEN.search(before) or _RECIPROCAL.match(text, after.span.end):
            continue
        span = Span(mention.span.start, after.span.end)
        name = state_force_name("Military Forces", home)
        joined.append(ActorMention(span, text[span.start : span.end], name, "state_force", home))
    return joined


# Two states' adjectives hyphened before an air noun: "joint Russian-Syrian air strikes",
# "Syrian-Russian warplanes".
_PAIR = re.compile(
    r"(?<![\w-])(?P<first>[A-Z][\w]+)-(?P<second>[A-Z][\w]+)\s+"
    r"(?P<noun>(?i:air\s?strikes?|air\s+raids?|raids|strikes|warplanes|war\s+planes|jets|"
    r"aircraft|helicopters|bombardment|bombing))\b"
)


def _hyphened_pair(text: str, home: str) -> list[ActorMention]:
    """ "Russian-Syrian air strikes": the home state's forces, when it is one of the two."""
    found: list[ActorMention] = []
    for match in _PAIR.finditer(text):
        codes = {country_word(match.group("first")), country_word(match.group("second"))}
        if home not in codes or None in codes or len(codes) != 2:
            continue
        if _RECIPROCAL.match(text, match.end()):
            continue
        span = Span(match.start(), match.end())
        name = state_force_name("Military Forces", home)
        found.append(ActorMention(span, match.group(), name, "state_force", home))
    return found


_BELIEVED_CUE = re.compile(r"\b(?:believed|thought|suspected|said|likely)\s+to\s+(?:be|have)\b")


@cache
def _believed_pattern() -> re.Pattern[str]:
    from .country_words import all_country_words  # the adjectives of every country

    words = first_char_alternation(sorted(all_country_words(), key=len, reverse=True))
    return re.compile(
        r"(?<![\w-])(?P<noun>(?i:warplanes|war\s+planes|jets|aircraft|planes|helicopters|"
        r"air\s?strikes|air\s+raids|raids|strikes))\s+(?:(?:that\s+)?(?:were|was)\s+)?"
        r"(?:believed|thought|suspected|said|likely)\s+to\s+(?:be|have\s+been)\s+(?:either\s+)?"
        rf"(?:by\s+)?(?P<first>{words})(?:\s+or\s+(?:by\s+)?(?P<second>{words}))?(?![\w-])"
    )


def _believed(text: str, home: str) -> list[ActorMention]:
    """ "jets believed to be Russian": the state named; "warplanes believed to be Russian or
    Syrian": the home state's, when it is one of the two."""
    found: list[ActorMention] = []
    if _BELIEVED_CUE.search(text) is None:  # (the country alternation is long: most texts lack it)
        return found
    for match in _believed_pattern().finditer(text):
        codes = [country_word(match.group(g)) for g in ("first", "second") if match.group(g)]
        code = home if home in codes else codes[0]
        if code is None:
            continue
        span = Span(match.start(), match.end())
        name = state_force_name("Military Forces", code)
        found.append(ActorMention(span, match.group(), name, "state_force", code))
    return found


# The ally told by its country's name, as the subject of a strike or after "by": "the regime
# and Russia bombed Douma", "air strikes by the Syrian government and its ally Russia".
_STRIKE_VERB = re.compile(
    r"\s+(?:(?:have|has|had|also|then|reportedly|jointly)\s+){0,2}"
    r"(?:bombed|struck|shelled|pounded|hit|targeted|raided|bombard(?:ed)?|carried\s+out|"
    r"launched|intensified|stepped\s+up)\b"
)


# "and Russia", "or its ally Russia": a capitalised name after the conjunction, looked up among
# the countries' names (a scan of every country's name over each text would cost more).
_AFTER_CONJ = re.compile(
    r"\b(?:and|or)\s+(?P<ally>(?:(?:its|their)\s+)?(?:all(?:y|ies|ied)\s+)?)"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)


def _with_ally_country(text: str, home: str) -> list[ActorMention]:
    """ "the regime and Russia": the home state's forces, spanning both, when they strike."""
    codes = country_codes()
    found = []
    for conj in _AFTER_CONJ.finditer(text):
        words = conj.group("name").split()
        # ("Russia", or a country of several words: "the United States")
        name = next(
            (" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in codes),
            None,
        )
        if name is None or codes[name] == home:
            continue
        end = conj.start("name") + len(name)
        striking = _STRIKE_VERB.match(text, end) is not None
        before = text[max(0, conj.start("name") - _REACH) : conj.start("name")]
        home_part = _HOME.search(before)
        if home_part is None or _BETWEEN.search(before, 0, home_part.start()):
            continue
        word = home_part.group("word")
        if word.lower() not in _HOME_WORDS and country_word(word) != home:
            continue
        start = conj.start("name") - len(before) + home_part.start()
        if not striking and not _BY.search(text, max(0, start - 12), start):
            continue
        if not conj.group("ally") and _RECIPROCAL.match(text, end):
            continue
        span = Span(start, end)
        military = state_force_name("Military Forces", home)
        found.append(ActorMention(span, text[start:end], military, "state_force", home))
    return found


_BY = re.compile(r"\bby\s+(?:the\s+)?$")
