"""Armed men named by their town: "a militia from Zawiyah", "Zawiyah fighters", "armed tribesmen
from Wershefana".

ACLED codes the armed men of one town or village, when the report gives them no group name, as
that place's communal militia: "Zintan Communal Militia (Libya)". The place must be a town or
finer that the geoparser took (a province or a country names no community: "fighters from Idlib"
are not a militia of Idlib), and the noun one of a community's armed men (militia, militiamen,
fighters, tribesmen); "gunmen from X" and "militants from X" stay unidentified attackers, as
ACLED codes bandits and raiders of unknown affiliation. A modifier that names a side ("rebel
fighters from Daraa", "pro-government militias from X") leaves the mention to the rules of
generic actors.
"""

from __future__ import annotations

import re

from ...document import ActorMention, Document, PlaceMention, Span
from ..dictionary import country_name

_NOUNS = r"militias?|militiamen|fighters|tribesmen"
_LOCAL = frozenset({"point", "neighbourhood", "town"})
# "a militia from Zawiyah", "armed tribesmen from the town of Wershefana": the noun, with no
# modifier but "armed", "rival" or "local", then "from" right before the place.
_FROM = re.compile(
    rf"(?<![\w-])(?P<noun>(?:(?:armed|rival|local)\s+)?(?:{_NOUNS}))\s+from\s+(?:the\s+)?"
    r"(?:(?:town|village|city|settlements?)\s+of\s+)?$"
)
# "Zawiyah fighters", "the Wershefana militia": the place right before the noun.
_AFTER = re.compile(rf"^\s+(?:{_NOUNS})\b")
# A side named before the noun: the generic rules name it ("rebel fighters", "pro-Assad
# militias", "Islamist fighters").
_SIDE = re.compile(r"(?:[Rr]ebel|[Oo]pposition|[Ii]slamist|[Jj]ihadist|\w+-\w+)\s+$")


def town_militias(doc: Document, country: str | None) -> list[ActorMention]:
    """ "Zawiyah Communal Militia (Libya)" for "fighters from Zawiyah" and "Zawiyah fighters"."""
    found: list[ActorMention] = []
    for place in doc.places:
        if place.precision not in _LOCAL:
            continue
        span = _militia_span(doc.text, place)
        if span is None:
            continue
        code = place.country_code or country
        name = f"{place.text} Communal Militia ({country_name(code)})"
        found.append(ActorMention(span, doc.text[span.start : span.end], name, "militia", code))
    return found


def _militia_span(text: str, place: PlaceMention) -> Span | None:
    before = text[max(0, place.span.start - 60) : place.span.start]
    opened = _FROM.search(before)
    if opened is not None:
        start = place.span.start - len(before) + opened.start()
        if _SIDE.search(text[max(0, start - 30) : start]):
            return None
        return Span(start, place.span.end)
    after = _AFTER.match(text[place.span.end : place.span.end + 30])
    if after is None:
        return None
    return Span(place.span.start, place.span.end + after.end())
