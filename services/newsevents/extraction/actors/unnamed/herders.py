"""Herders told as an armed side: "herders attacked a farmer", "a man was killed by
pastoralists", "a fight between farmers and herders".

ACLED codes herders who attack, raid or fight, when the report names no people they belong to,
as the unidentified militia of a community ("Unidentified Ethnic Militia (Kenya)", the
"Communal" of later years), not as unidentified gunmen. Herders are that side only where the
sentence tells them acting: the subject of a verb of violence ("a group of herders attacked",
"camel herders killed 10"), the agent of a passive ("hacked to death by herders"), or a side of
a fight with farmers or residents ("clashes between farmers and pastoralists", "farmers clashed
with herders"). Herders killed, hurt or robbed ("two herders were killed by gunmen", "bandits
shot a herder") or doing anything else ("herders discovered five bodies") are no side: the
people hit stay civilians. A people named before them ("Pokot herders") is read first as that
people's militia (:mod:`.communal`).
"""

from __future__ import annotations

import re

from ...document import ActorMention, Span
from ..dictionary import country_name
from .generic_names import ETHNIC

_HERDERS = r"(?:[Hh]erders|[Hh]erdsmen|[Pp]astoralists)"
# The words a noun of herders may carry: "a group of", "armed", "suspected", "cattle", "camel",
# a place or a people's name the lists lack ("Wajir herders", "Isiolo pastoralists").
_BEFORE_NOUN = (
    r"(?:(?:[Aa]\s+|[Tt]wo\s+|[Rr]ival\s+)?groups?\s+of\s+)?"
    r"(?:(?:[Aa]rmed|[Ss]uspected|[Cc]attle|[Cc]amel|[Gg]oat|[Ll]ocal|[Hh]eavily\s+armed|"
    # (the herders on the move of West Africa's seasonal routes: "transhumant herders")
    r"[Tt]ranshumant|[Nn]omadic|"
    r"[A-Z][a-z]+)\s+){0,2}"
)
_VIOLENCE = (
    r"(?:attack|kill|raid|assault|shoot|shot|stab|hack|torch|burn|invad|stole|steal|clash|fought|"
    r"fight|engag|exchang|descend|storm|beat|injur|wound|ambush|murder|lynch|abduct|kidnap|"
    # property destroyed: "herders destroyed the crops", "herders set fire to a granary"
    r"destroy|set\s+fire|set\s+ablaze|vandali[sz]|loot)\w*"
)
# Who herders fight: "between farmers and herders", "between pastoralists and residents".
_OTHER_SIDE = r"(?:farmers|residents|villagers|locals|cultivators|communities)"
_ACTING = re.compile(
    # the subject of a verb of violence, an adverb or "who" between ("herders allegedly
    # attacked", "herders who stormed"); not a passive ("herders were killed")
    rf"(?<![\w-])(?<!\bof )(?P<side>{_BEFORE_NOUN}{_HERDERS})\s+"
    r"(?:(?:who|allegedly|reportedly|then|later|also|had|have|\w+ly)\s+){0,2}"
    rf"(?={_VIOLENCE}\b)"
    # the agent of a passive: "hacked to death by herders", "attacked by a group of herders"
    rf"|\bby\s+(?:(?:the|some)\s+)?(?P<agent>{_BEFORE_NOUN}{_HERDERS})(?![\w-])"
    # a side of a fight: "clashes between farmers and herders", "a fight between pastoralists
    # and farmers", "farmers clashed with pastoralists"
    rf"|\b(?:between|with)\s+(?:the\s+)?(?:\w+\s+)??(?:(?P<first>{_HERDERS})|{_OTHER_SIDE})"
    rf"\s+and\s+(?:the\s+)?(?:\w+\s+)??(?:(?P<second>{_HERDERS})|{_OTHER_SIDE})(?![\w-])"
)
# A participle of harm with no object after the herders is a note's passive: "2 herders killed in
# a banditry attack", "700 rustlers raided ..., 2 herdsmen injured": they are the ones hit.
_HIT_PARTICIPLE = re.compile(
    r"(?:killed|injured|wounded|hurt|shot|stabbed|hacked|attacked|beaten|abducted|kidnapped|"
    r"murdered|lynched|ambushed|raided)(?:\s+dead)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|by|during|after|while|when|as|near|and|following|"
    r"over|from|to)\b)"
)
_FIGHT_BEFORE = re.compile(
    r"(?:clash(?:es|ed)?|fight(?:ing|s)?|fought|confrontations?|conflicts?|battles?|violence|"
    r"skirmish(?:es)?)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# The passive an agent "by herders" closes is a participle of violence right before it: "hacked
# to death by herders", "attacked and injured by herders", "shot dead by herders"; not "stole
# cattle owned by herders" (review65).
# A short phrase of the weapon or the place may stand between (fifty-fourth round, herd74):
# "attacked with machetes by herders", "killed in his field by herdsmen".
_VIOLENT_PASSIVE = re.compile(
    rf"\b{_VIOLENCE}(?:\s+(?:to\s+death|dead))?"
    r"(?:\s+(?:with|in|on|at|near)\s+(?:(?:a|an|the|his|her|their)\s+)?[\w-]+"
    # (not a participle: "attacked in a village owned by herders" is not theirs to do; review74)
    r"(?:\s+(?!\w+(?:ed|en|wn)\b|run\b|held\b|kept\b|built\b)[\w-]+)?)?\s+$",
    re.IGNORECASE,
)
_CLASHED_WITH = re.compile(
    rf"\b(?:clash(?:ed)?|fought|fighting|battled)\s+with\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?P<side>{_HERDERS})(?![\w-])"
)


def herders_acting(text: str, country: str | None) -> list[ActorMention]:
    """ "Unidentified Ethnic Militia (Kenya)" on the herders ``text`` tells as an armed side."""
    if country is None or not ("erders" in text or "erdsmen" in text or "astoralists" in text):
        return []
    name = ETHNIC.format(country=country_name(country))
    found: list[ActorMention] = []
    spans: list[tuple[int, int]] = []
    for match in _ACTING.finditer(text):
        group = next((g for g in ("side", "agent", "first", "second") if match.group(g)), None)
        if group is None:
            continue
        if group == "side" and _HIT_PARTICIPLE.match(text, match.end()):
            continue
        if group == "agent" and not _VIOLENT_PASSIVE.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue  # "cattle owned by herders": no passive of violence
        if group in ("first", "second") and not _FIGHT_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue  # "shared between farmers and herders": no fight told
        spans.append(match.span(group))
    spans.extend(m.span("side") for m in _CLASHED_WITH.finditer(text))
    for start, end in sorted(set(spans)):
        span = Span(start, end)
        if any(f.span.overlaps(span) for f in found):
            continue
        found.append(ActorMention(span, text[start:end], name, "militia", country, generic=True))
    return found
