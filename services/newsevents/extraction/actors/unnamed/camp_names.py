"""The sides of a civil war as the wire and the camps name them without a proper name.

Wire copy names the state's side by its allegiance: "pro-government forces", "pro-regime
troops", "government and allied forces", "regime loyalists", "loyalist forces" (AFP's word for
Syria's army and its militias); the opposition's outlets name its men by the bare regime's
possessive ("the regime's forces", "the regime's helicopters"); and the wire names the
Kurdish-led alliance of north-eastern Syria by its leadership ("Kurdish-led forces"). Read
word by word these were no actor, or an unidentified armed group, and the act went to whoever
else the sentence named. ACLED codes the first two as the state's military ("Military Forces
of Syria"), the last as the SDF.

The bare word as an agent ("the regime shelled the town", "air raids by the regime": the
government, which fights with its forces) was tried and dropped: no rule part moved and the
check part lost one actor1.

Not the armed men told by allegiance ("pro-government militiamen", "pro-regime gunmen"):
ACLED's pro-government militia, read in ``generic.py``. Not "loyalists" alone outside a country
whose war ACLED codes as the state against one body of insurgents (Northern Ireland's
loyalists are paramilitaries).
"""

from __future__ import annotations

import re

from ...document import ActorMention, Span
from ..dictionary import default_matcher
from .country_words import country_word
from .generic_names import INSURGENTS_BY_COUNTRY
from .state_names import state_force_name

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
# The regime's men: "the regime's forces", "the regime's helicopters" (the noun right after
# "regime" is read in ``forces.py``).
_REGIME = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<regime>regime)['’]s?\s+(?:forces|troops|army|soldiers|militias|"
    r"warplanes|jets|aircraft|helicopters|artillery|tanks|snipers)\b"
)
# "Kurdish-led forces": the SDF, in Syria.
_KURDISH_LED = re.compile(
    r"(?<![\w-])[Kk]urdish-led\s+(?:forces|fighters|alliance|coalition|militias?)\b"
)

# "the Israeli occupation arrested", "the Turkish occupation shelled": the occupier's word for
# a state's forces, as the agent of a verb (not "under Israeli occupation", "the occupation of
# the West Bank", "against the occupation": a condition, no side).
_OCCUPATION = re.compile(
    r"(?<![\w-])(?P<demonym>[A-Z][a-z]+)\s+occupation"
    r"(?=\s+(?:(?:has|have|had|also|again|then|later)\s+)?"
    r"(?:[a-z]+ed|shot|struck|hit|fired|threw|stormed|seized|took|set|began)\b)"
)
# Turkish outlets' labels of the Kurdish forces of northern Syria, one group told by two
# acronyms ("YPG/PKK", "PKK/PYD terrorists", "the PYD militias"): in Syria, ACLED's YPG.
_KURDISH_LABEL = re.compile(
    r"(?<![\w-])(?:PKK\s*[/-]\s*(?:PYD|YPG)|(?:PYD|YPG)\s*[/-]\s*(?:PKK|PYD|YPG)|"
    r"PYD(?=\s+(?:militias?|militiamen|fighters|forces|terrorists|gunmen|militants)\b))"
    r"(?![\w/-])"
)

# The state outlets' "Kurdish fighters" of northern Syria, "Kurd fighters", "Kurdish militias"
# (fifty-second round, role72): in Syria, the YPG, as the analysts code them; not "Kurdish
# forces", which the wire writes for the SDF and Iraq's Peshmerga alike), nor another
# country's Kurds ("Iraqi Kurdish fighters", "Iranian Kurd militias").
_KURDISH_MEN = re.compile(
    r"(?<![\w-])(?<!Iraqi )(?<!Iranian )(?<!Turkish )(?<!Turkey's )(?<!Iraq's )(?<!Iran's )"
    r"[Kk]urd(?:ish)?\s+(?:fighters|militias?|militiamen|gunmen)\b"
)


def camp_labels(text: str, found: list[ActorMention], country: str | None) -> list[ActorMention]:
    """``found`` with the occupier's and the Kurdish labels read as the groups they name, in
    place of the dictionary's mentions they overlap ("PKK" of "PKK/PYD": the PKK of Turkey)."""
    labels = []
    for match in _OCCUPATION.finditer(text):
        code = country_word(match.group("demonym"))
        if code is not None:
            forces = state_force_name("Military Forces", code)
            labels.append(_mention(match, forces, code))
    ypg = default_matcher().entry("People's Protection Units")
    if country == "SY" and ypg is not None:
        labels.extend(
            ypg.mention(Span(*m.span()), m.group()) for m in _KURDISH_LABEL.finditer(text)
        )
        labels.extend(ypg.mention(Span(*m.span()), m.group()) for m in _KURDISH_MEN.finditer(text))
    if not labels:
        return found
    kept = [m for m in found if not any(m.span.overlaps(label.span) for label in labels)]
    return sorted(kept + labels, key=lambda m: m.span.start)


def camp_sides(text: str, country: str | None) -> list[ActorMention]:
    """Mentions of the state's forces and of the SDF told by the camps' and the wire's words,
    for an article of ``country``; none when the country is unknown."""
    if country is None:
        return []
    forces = state_force_name("Military Forces", country)
    found = [_mention(m, forces, country) for m in _ALLEGIANCE.finditer(text)]
    if country in INSURGENTS_BY_COUNTRY:
        found.extend(_mention(m, forces, country) for m in _LOYALISTS.finditer(text))
    found.extend(_mention(m, forces, country, m.start("regime")) for m in _REGIME.finditer(text))
    if country == "SY":
        sdf = default_matcher().entry("Syrian Democratic Forces")
        if sdf is not None:
            found.extend(
                sdf.mention(Span(*m.span()), m.group()) for m in _KURDISH_LED.finditer(text)
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
