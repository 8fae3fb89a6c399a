"""Communal militias the note names by the identity group's own word: "the Marehan clan
militia", "militiamen from the Hawadle and Jarer Weyne clans", "the Abanyabasi ethnic group
attacked", "fighters of the Kabsiren clan", "militiamen from the Ayr sub-clan of the Habar
Gedir clan".

ACLED names a communal militia after the group it is raised from, with the kind of group in
the name: "Hawadle Clan Militia (Somalia)", "Abanyabasi Ethnic Militia (Kenya)", "Habar
Gedir-Ayr Sub-Clan Militia (Somalia)", named after the event's country. The words "clan",
"sub-clan" and "ethnic group" tell that the name before them is an identity group's, whatever
the country and whether or not :mod:`.communal` lists the people, so the name is read from the
note itself. "Tribe" and "tribal" are left to the generic names: ACLED writes "Arab Tribal
Militia (Syria)" where Kenya's notes write "Ethnic". Only where the
group is told as armed or attacking: armed men from it, its militia, or the group as the
subject of an attack ("members of the Bargharia clan clashed" is a brawl, coded as rioters; a
group hit is civilians). A community ("the Garjel community") may be a village's as well as a
people's, and is left to :mod:`.local_militias` and :mod:`.communal`.
"""

from __future__ import annotations

import re
from functools import cache

from ...document import ActorMention, Span
from ..dictionary import country_name
from .communal import people_militia

# A group's name: one or two capitalised words ("Hawadle", "Jarer Weyne", "Habar-Gedir").
_NAME = r"[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]+)?"
# Words that open or qualify a noun phrase, capitalised at a sentence's start or in a headline,
# never a group's name ("Unidentified ethnic militia", "Rival clan militias").
_NOT_A_GROUP = frozenset(
    """
    unidentified unknown rival armed local suspected alleged other two several some many
    the a an ethnic clan tribal communal vigilante islamist militia militias
    """.split()
)
_ARMED = (
    r"militias?|militiamen|armed\s+men|gunmen|fighters|raiders|attackers|assailants|bandits|"
    r"warriors"
)
_GROUP_NOUN = r"(?P<noun>sub[- ]clans?|clans?|ethnic\s+groups?)"
_ATTACK = (
    r"attack(?:s|ed)?|raid(?:s|ed)?|ambush(?:es|ed)?|kill(?:s|ed)?|torch(?:es|ed)?|invade[sd]?"
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return (
        # "the Marehan clan militia", "Garre ethnic militiamen", "Siria and Uasin clan
        # militias", and ACLED's own capitals a note may copy ("Lorema and Kaptum Clan Militias")
        re.compile(
            rf"(?<![\w-])(?P<group>{_NAME})(?:\s+and\s+(?:the\s+)?{_NAME})?\s+"
            r"(?P<noun>(?i:sub-clan|clan|ethnic))\s+"
            r"(?i:militias?|militiamen)\b"
        ),
        # "militiamen from the Hawadle and Jarer Weyne clans", "fighters of the Kabsiren clan"
        re.compile(
            rf"(?P<armed>\b(?i:{_ARMED}))\s+(?:from|of|belonging\s+to)\s+(?:the\s+)?"
            rf"(?P<group>{_NAME})(?:\s+and\s+(?:the\s+)?{_NAME})?\s+{_GROUP_NOUN}\b"
        ),
        # "the Abanyabasi ethnic group attacked", "the Kabsiren clan raided" (not "in the X
        # clan's area", a place, nor "armed men of the X clan killed": the armed men are)
        re.compile(
            r"(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bfrom )(?<!\bin the )(?<!\bof the )"
            rf"(?<!\bfrom the )(?<![\w-])(?P<group>{_NAME})\s+"
            rf"{_GROUP_NOUN}\s+(?=(?:{_ATTACK})\b)"
        ),
        # two groups told as a fight's sides, the first ACLED's actor1: "a clash between the
        # Lorema and Kaptum clans", "the Lorema and Kaptum clans fought" (forty-ninth round;
        # not "members of the X and Y clans clashed": a brawl, as above)
        re.compile(
            r"(?P<lead>\bbetween\s+(?:members\s+of\s+)?(?:the\s+)?)?"
            r"(?(lead)|(?<!\b[Mm]embers of )(?<!\b[Mm]embers of the ))"
            rf"(?<![\w-])(?P<group>{_NAME})\s+and\s+(?:the\s+)?(?P<other>{_NAME})\s+"
            rf"{_GROUP_NOUN}\b(?!\s+milit)(?(lead)|(?=\s+(?:clash|fought|fight|battl|attack|raid)))"
        ),
        # "members of the Lorema clan attacked a village": the group's men as the attackers
        # (not "members of the X clan clashed": a brawl, coded as rioters)
        re.compile(
            rf"\b(?P<armed>[Mm]embers)\s+of\s+(?:the\s+)?(?P<group>{_NAME})\s+{_GROUP_NOUN}"
            rf"\s+(?=(?:{_ATTACK})\b)"
        ),
    )


@cache
def _demonyms() -> frozenset[str]:
    """Every word demonyms.tsv knows for a country's people ("Somali", "Ethiopians")."""
    from ...places.gazetteer.sources import demonym_rows

    return frozenset(
        word for _, demonym, forms in demonym_rows() for word in (demonym, *forms.split("|"))
    )


def _kind(noun: str) -> str:
    """ACLED's word for the group's kind: a clan's militia, else an ethnic group's."""
    return "Clan" if noun.lower().startswith(("clan", "sub-clan", "sub clan")) else "Ethnic"


# "... of the Habar Gedir clan" right after a clan or sub-clan's name: the clan it belongs to.
_OF_A_CLAN = re.compile(
    rf"\s+(?:(?:sub-clans?|clans?)\s+)?(?:militiamen\s+|militias?\s+)?of\s+(?:the\s+)?"
    rf"(?P<clan>{_NAME})\s+clan\b"
)


def _of_its_clan(text: str, match: re.Match[str], group: str) -> tuple[str, int]:
    """The group's militia name without its country, and where its telling ends: "Habar
    Gedir-Ayr Sub-Clan" for "the Ayr sub-clan of the Habar Gedir clan" (a clan's branch is
    named after its clan first), else "Hawadle Clan", "Abanyabasi Ethnic"."""
    kind = _kind(match.group("noun"))
    end = match.start() + len(match.group().rstrip())
    if kind == "Clan":
        clan = _OF_A_CLAN.match(text, match.end("group"))
        if clan is not None and clan.group("clan") != group:
            return f"{clan.group('clan')}-{group} Sub-Clan", max(end, clan.end())
    return f"{group} {kind}", end


def identity_militias(text: str, country: str | None) -> list[ActorMention]:
    """ "Hawadle Clan Militia (Somalia)" for "militiamen from the Hawadle clan" in ``text``,
    named after the article's ``country``."""
    lowered = text.lower()
    if not any(word in lowered for word in ("clan", "ethnic")):
        return []
    found: list[ActorMention] = []
    matches = [m for pattern in _patterns() for m in pattern.finditer(text)]
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        group = match.group("group")
        words = re.split(r"([- ])", group)
        if words[0].lower() in _NOT_A_GROUP:
            group = "".join(words[2:])  # "The Abanyabasi ethnic group": the group's own word
        if not group or group in _demonyms() or group.lower() in _NOT_A_GROUP:
            continue  # "Ethiopian ethnic militia": a country's people, not one group of it
        told, end = _of_its_clan(text, match, group)
        # a people the communal militias list keeps ACLED's name for it ("the Degodia clan
        # militia": "Degodia Ethnic Militia")
        name, home = people_militia(group, country) or (
            f"{told} Militia ({country_name(country)})",
            country,
        )
        if "armed" in match.re.groupindex:
            start = match.start("armed")
        else:
            start = match.end("group") - len(group)
        pair = "other" in match.re.groupindex  # each side its own name: "Lorema", "Kaptum"
        span = Span(start, match.end("group") if pair else end)
        if any(f.span.overlaps(span) for f in found):
            continue
        found.append(ActorMention(span, text[span.start : span.end], name, "militia", home))
        if pair:
            found.extend(_the_other_side(text, match, country))
    return found


def _the_other_side(text: str, match: re.Match[str], country: str | None) -> list[ActorMention]:
    """The second group of a fight told between two ("... and Kaptum clans"): its militia."""
    other = match.group("other")
    if other in _demonyms() or other.split()[0].lower() in _NOT_A_GROUP:
        return []
    told = f"{other} {_kind(match.group('noun'))}"
    name, home = people_militia(other, country) or (
        f"{told} Militia ({country_name(country)})",
        country,
    )
    span = Span(match.start("other"), match.end("other"))
    return [ActorMention(span, text[span.start : span.end], name, "militia", home)]
