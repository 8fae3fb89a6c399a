"""Unnamed communities told as the sides of a fight or an attack: "gunmen from a neighbouring
village", "armed men from a rival clan", "two unknown communities clashed", "a clash between two
clans", "a feud between two villages flared".

ACLED's codebook codes the armed men of a community the report does not name as that kind of
community's unidentified militia, not as unidentified gunmen: a people's or a clan's as
"Unidentified Ethnic Militia (Kenya)" (a clan's as "Unidentified Clan Militia" where ACLED names
clan militias: Somalia, Ethiopia, the Philippines), a village's as "Unidentified Communal
Militia". Only where the sentence ties the armed side to the community: armed men from it, two
communities as the subject of a fight or as the sides a fight is told between, or an attack
told as a rivalry between communities. In Africa only (:mod:`.communal` reads South Asia's
"communal" fights as riots).
"""

from __future__ import annotations

import re

from ...document import ActorMention, Span
from ..dictionary import country_name
from .communal import CLAN_COUNTRIES, in_africa

_ETHNIC = "Unidentified Ethnic Militia ({country})"
_CLAN = "Unidentified Clan Militia ({country})"
_COMMUNAL = "Unidentified Communal Militia ({country})"

_UNIT = r"(?P<{}>villages?|communit(?:y|ies)|clans?|sub-clans?|tribes?|ethnic\s+groups?)"
_U1, _U2, _U3 = (_UNIT.format(name) for name in ("u1", "u2", "u3"))
_ARMED = (
    r"armed\s+(?:group|gang|men|youths?)|gunmen|attackers|assailants|raiders|militias?|"
    r"militiamen|youths|bandits|fighters"
)
_SIDES = re.compile(
    # "gunmen from a neighbouring village", "raiders said to have come from a rival clan"
    rf"(?<![\w-])(?P<side>(?i:{_ARMED})\s+(?:(?:believed|suspected|thought|said)\s+to\s+"
    r"(?:be|have\s+come)\s+)?from\s+(?:a|an|the)\s+(?:neighbouring|neighboring|nearby|rival|"
    rf"adjacent|another)\s+{_U1})\b"
    # "two unknown communities clashed", "rival clans fought"
    r"|(?<![\w-])(?P<subject>(?i:two|rival|neighbouring|neighboring|unidentified|unknown)\s+"
    rf"(?:(?:unidentified|unknown|rival|neighbouring|neighboring)\s+)?{_U2})"
    r"(?=\s+(?:(?:have|had|reportedly|allegedly)\s+)?(?:clashed|fought|battled|clash|fight)\b)"
    # "a clash between two clans", "the old feud between two villages"
    r"|\b(?:clash(?:es)?|fighting|fights?|battles?|skirmish(?:es)?|feud|rivalry|attack)\s+"
    rf"between\s+(?P<between>(?:the\s+)?two\s+(?:(?:rival|neighbouring|neighboring)\s+)?{_U3})"
    r"\b"
)


def community_sides(text: str, country: str | None) -> list[ActorMention]:
    """ "Unidentified Ethnic Militia (Kenya)" on "gunmen from a rival clan" in ``text``."""
    if country is None or not in_africa(country):
        return []
    if not any(word in text for word in ("illage", "ommunit", "clan", "tribe", "thnic group")):
        return []  # (no word of a community: most texts)
    found: list[ActorMention] = []
    for match in _SIDES.finditer(text):
        group, unit_group = next(
            (g, u)
            for g, u in (("side", "u1"), ("subject", "u2"), ("between", "u3"))
            if match.group(g)
        )
        unit = match.group(unit_group).lower()
        if unit.startswith("village"):
            name = _COMMUNAL
        elif "clan" in unit and country in CLAN_COUNTRIES:
            name = _CLAN
        else:
            name = _ETHNIC
        start, end = match.span(group)
        found.append(
            ActorMention(
                Span(start, end),
                text[start:end],
                name.format(country=country_name(country)),
                "militia",
                country,
                generic=True,
            )
        )
    return found
