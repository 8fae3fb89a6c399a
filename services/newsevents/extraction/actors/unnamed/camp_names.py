"""The sides of a civil war as the wire and the camps name them without a proper name.

Wire copy names the state's side by its allegiance: "pro-government forces", "pro-regime
troops", "government and allied forces", "regime loyalists", "loyalist forces" (AFP's word for
Syria's army and its militias); the opposition's outlets and the wire name the state by the
bare word "the regime" ("the regime shelled the town", "air raids by the regime", "the regime's
forces"); and the wire names the Kurdish-led alliance of north-eastern Syria by its leadership
("Kurdish-led forces"). Read word by word these were no actor, or an unidentified armed
group, and the act went to whoever else the sentence named. ACLED codes the first as the
state's military ("Military Forces of Syria"; a government that fights is its forces, see
``output/sides/sides.py``), the last as the SDF.

Not the armed men told by allegiance ("pro-government militiamen", "pro-regime gunmen"):
ACLED's pro-government militia, read in ``generic.py``. Not "loyalists" alone outside a country
whose war ACLED codes as the state against one body of insurgents (Northern Ireland's
loyalists are paramilitaries), nor "the regime" with a word of its own before it ("the Iranian
regime", "the Assad regime": the dictionary's) or after it that makes it no side ("the regime
of sanctions", "regime change").
"""

from __future__ import annotations

import re

from ...document import ActorMention, Span
from ..dictionary import country_name, default_matcher
from .forces import state_force_name
from .generic_names import INSURGENTS_BY_COUNTRY

# The state's forces told by their allegiance (forces, troops, units: an army's, not a militia's).
_ALLEGIANCE = re.compile(
    r"(?<![\w-])(?:[Pp]ro-(?:government|regime)|(?:[Gg]overnment|[Rr]egime)\s+and\s+allied)"
    r"\s+(?:forces|troops|units)\b"
)
# "loyalists", "regime loyalists", "loyalist forces": where the war is the state against one body
# of insurgents.
_LOYALISTS = re.compile(
    r"(?<![\w-])(?:(?:[Rr]egime|[Gg]overnment)\s+loyalists|[Ll]oyalists|"
    r"[Ll]oyalist\s+(?:forces|troops|fighters|militias?|militiamen|units))\b(?![\w-])"
)
# The bare regime: "the regime shelled", "air raids by the regime", "the regime's forces".
_REGIME = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+)(?P<regime>regime)\b(?![\w-])"
    r"(?P<men>['’]s?\s+(?:forces|troops|army|soldiers|militias|warplanes|jets|aircraft|"
    r"helicopters|artillery|tanks|snipers)\b)?"
    # (not "the regime of sanctions", "the regime change", nor a possessive of anything else:
    # "the regime's collapse")
    r"(?!\s+(?:of|change|type|in\s+(?:Tehran|Iran|Moscow|Pyongyang))\b)(?!['’])"
)
# "Kurdish-led forces": the SDF, in Syria.
_KURDISH_LED = re.compile(
    r"(?<![\w-])[Kk]urdish-led\s+(?:forces|fighters|alliance|coalition|militias?)\b"
)


def camp_sides(text: str, country: str | None) -> list[ActorMention]:
    """Mentions of the state's forces and of the SDF told by the camps' and the wire's words,
    for an article of ``country``; none when the country is unknown."""
    if country is None:
        return []
    forces = state_force_name("Military Forces", country)
    found = [_mention(m, forces, country) for m in _ALLEGIANCE.finditer(text)]
    if country in INSURGENTS_BY_COUNTRY:
        found.extend(_mention(m, forces, country) for m in _LOYALISTS.finditer(text))
    government = f"Government of {country_name(country)}"
    known = default_matcher().entry(government) is not None
    for match in _REGIME.finditer(text):
        start = match.start("regime")
        if match.group("men"):
            found.append(_mention(match, forces, country, start))
        elif known:
            # (a government that fights is its forces: the ACLED block names it so)
            span = Span(start, match.end())
            found.append(
                ActorMention(span, match.group("regime"), government, "government", country)
            )
    if country == "SY":
        sdf = default_matcher().entry("Syrian Democratic Forces")
        if sdf is not None:
            found.extend(
                ActorMention(Span(*m.span()), m.group(), sdf.name, sdf.kind, sdf.country_code)
                for m in _KURDISH_LED.finditer(text)
            )
    return found


def _mention(
    match: re.Match[str], name: str, country: str, start: int | None = None
) -> ActorMention:
    begin = match.start() if start is None else start
    span = Span(begin, match.end())
    # (generic as "troops": the allegiance adds no identity to merge on)
    return ActorMention(
        span, match.string[begin : span.end], name, "state_force", country, generic=True
    )
