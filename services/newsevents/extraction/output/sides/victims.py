"""The side an event hits, by ACLED's codes (called by ``output/sides/sides.py`` once both sides are
named).

Violence against civilians hits civilians, always: ACLED's actor2 of the type is "Civilians (X)"
on every row, whatever group the text names near the toll ("a dozen
villagers were killed in a raid on their hamlet ... the Islamic State said it did it", "killed
during gunmen attacks": the attacker read twice, or a named group or person told beside the
dead). A crowd the attack hit ("assailants attacked the sit-in tents": protesters) stays the
crowd.

Shelling, bombs and blasts, and the restrictions and destruction that fall on a place, with no
side hit named ("massive shelling on the city", "a blast during rush hour", "imposed curfew in
both villages", "set fire to several houses") hit its civilians: ACLED's actor2 of such rows,
and the gold's of most (shelling 140 of 172 on the tuning parts, explosive attacks 19 of 29,
suicide bombings 11 of 17, curfews 5 of 7). Air strikes, aimed at an armed side more often than
not (civilians 38 of 113), keep no side when none is named.

Civilians told without a nation ("killing three civilians", "residents") and named after the
article's country are those of the place hit when that country is the state told as striking:
"Russia launched massive shelling on Kharkiv, killing three civilians" hits civilians of
Ukraine, not of Russia. A nation told ("two Palestinian civilians") keeps its own. Tried and not
kept: the place's country for all such civilians (the tuning parts lost six for four gained:
a namesake's country, "Qods" in Iran, "N'Gourtoua" in Nigeria, is then the civilians', where
the article's country was right).

Tried and not kept: one named actor on both sides of any other type ("troops fought rebels of
the New People's Army" read with the troops twice) replaced on the side hit by the event's other
armed side: as often it is actor1 that is wrong (the side hit read as agent), and the tuning
parts lost three actor2 for one gained.
"""

from __future__ import annotations

import re

from ...actors.dictionary import country_name
from ...actors.unnamed.country_words import country_word
from ...document import ActorMention

_VAC = "Violence against civilians"
# Crowds an attack may hit as they are: the protesters of a sit-in, civilians of another country.
_HIT_CROWD = re.compile(r"(?:Civilians|Protesters) \(")
# Types whose unnamed side hit is the place's civilians.
_ON_CIVILIANS = frozenset(
    {"shelling", "explosive_attack", "suicide_bombing", "property_destroyed", "movement_restricted"}
)


_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")


def local_civilians(
    mention: ActorMention, country_code: str | None, attacker: str | None
) -> str | None:
    """The ACLED name of generic civilians told without a nation and named after ``attacker``,
    the country of the state told as striking: those of the event's country (its place's), by
    the rule above; None for any other mention."""
    if (
        mention.kind != "civilians"
        or not mention.generic
        or country_code is None
        or attacker is None
        or mention.country_code != attacker
        or any(country_word(word) for word in _CAPITALISED.findall(mention.text))
    ):
        return None
    return f"Civilians ({country_name(country_code)})"


def side_hit(
    actor2: str | None,
    event_type: str,
    acled_event_type: str,
    country_code: str | None,
    place_country: str | None,
) -> str | None:
    """Actor2 by the rules above: ``country_code`` is the event's country, ``place_country``
    its place's, if the event has a place (an unnamed side hit is filled in only at a place the
    geoparser knows: "Russian forces shelled Sloviansk", the town unknown, names no civilians
    of Russia)."""
    if actor2 is None:
        if event_type in _ON_CIVILIANS and place_country is not None:
            return f"Civilians ({country_name(place_country)})"
        return None
    if acled_event_type != _VAC or _HIT_CROWD.match(actor2):
        return actor2
    return f"Civilians ({country_name(country_code)})"
