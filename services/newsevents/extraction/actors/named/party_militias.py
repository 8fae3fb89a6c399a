"""A party's armed men: "BNP militants hurled a petrol bomb", "Awami League militiamen attacked
the rally" (thirty-first round).

ACLED codes the violence of a party's armed followers as the party's militia, not the party
(which campaigns, strikes and protests): "BNP: Bangladesh Nationalist Party Militia". The
militia is the dictionary's one whose patron the party is, where its name is not the party's
own with "Militia" after it ("Bangladesh Awami League Militia" for "AL: Bangladesh Awami
League"), else the party's ACLED name and "Militia". Only "militants" and "militia" make a
militia: a party's activists, supporters, men or cadres are told in riots and protests as
often, where ACLED codes rioters or protesters. Read in South Asia's parties only, where
ACLED's coders name party militias so; elsewhere a party's "militants" are as often an armed
wing with a name of its own (Fatah's, the Sadrists', the KNU's), which the dictionary holds.
"""

from __future__ import annotations

import re

from ...document import ActorMention, Span
from ...prefilter import identity_cache
from ..dictionary import ActorEntry, ActorMatcher

_SOUTH_ASIA = frozenset({"BD", "IN", "NP", "PK", "LK"})
_ARMED_AFTER = re.compile(r"\s+(?:militants?|militiamen|milit(?:i)?as?)\b", re.IGNORECASE)


def party_militias(text: str, found: list[ActorMention], matcher: ActorMatcher) -> None:
    """Each party mention followed by "militants" or "militia" becomes its militia's, spanning
    both words."""
    for index, mention in enumerate(found):
        if mention.kind != "political_party" or mention.country_code not in _SOUTH_ASIA:
            continue
        armed = _ARMED_AFTER.match(text, mention.span.end)
        entry = matcher.entry(mention.name)
        if armed is None or entry is None:
            continue
        name = (
            _militia_of(matcher.entries).get(entry.name) or f"{entry.acled or entry.name} Militia"
        )
        span = Span(mention.span.start, armed.end())
        found[index] = ActorMention(
            span,
            text[span.start : span.end],
            name,
            "militia",
            mention.country_code,
            entry.name,
            generic=True,
        )


@identity_cache  # the matcher's entries, built once: not hashed entry by entry
def _militia_of(entries: tuple[ActorEntry, ...]) -> dict[str, str]:
    """Party -> the dictionary's militia named for it ("... Militia") whose patron it is."""
    militias: dict[str, str] = {}
    for entry in entries:
        if entry.kind == "militia" and entry.affiliation and entry.name.endswith(" Militia"):
            militias.setdefault(entry.affiliation, entry.name)
    return militias
