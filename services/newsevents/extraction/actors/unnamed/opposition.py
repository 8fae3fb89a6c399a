"""The armed opposition told by the word "opposition": "opposition fighters", "opposition
forces", "an opposition assault", "the opposition seized the camp"; and by its own word,
"revolutionaries".

Wire copy on Syria's war names the anti-government side by the word the state outlets avoid:
"opposition groups fired shells", "killing one opposition fighter", "a new offensive on
opposition forces", "fighting between the opposition and the regime". ACLED codes that
side as one actor where it has one for the country's unnamed insurgents ("Opposition Rebels
(Syria)"); elsewhere "the opposition" is a party or a camp, never read here. Who speaks is no
side: "opposition activists said", "the opposition said", "Syrian opposition: 1,300 killed",
nor is where it holds ("opposition-held", "opposition districts").
"""

from __future__ import annotations

import re

from ...document import ActorMention, Span
from .generic_names import INSURGENTS_BY_COUNTRY

# The men and the units of the side, which the mention spans ("opposition fighters"), and what
# they do, which it does not ("an opposition assault": the trigger's words stay the trigger's).
_MEN = (
    r"fighters?|forces|groups?|factions?|rebels|militants|gunmen|brigades|battalions|"
    r"militias?|troops|units"
)
_ACTS = (
    r"assaults?|attacks?|offensives?|shelling|shells|rockets|mortars?|counter-?attacks?|"
    r"counter-?offensives?"
)
# What may follow the bare noun ("the opposition seized", "between the opposition and the
# regime"): a word of the clause, a verb of taking or fighting, or the sentence's punctuation
# (not a colon: "Syrian opposition: 1,300 killed" is a headline's speaker; nor "to", "for" or
# "over": "opposition to the truce", "opposition over the plan" is a stance, no side).
_AFTER_BARE = (
    r"(?=\s*[,.;)]|\s*$|\s+(?:and|or|in|on|at|near|from|with|against|after|before|"
    r"during|as|but|while|which|who|that|has|had|have|was|were|is|are|also|then|"
    r"took|hit|shot|fought|struck|blew|overran|won|regained|retook|recaptured|seized|captured|"
    r"launched|attacked|shelled|fired|killed|advanced|stormed|repelled|ambushed|targeted|"
    r"pushed|broke|lost|withdrew|retreated|counterattacked|controls?|holds?|held)\b)"
)
_OPPOSITION = re.compile(
    r"(?<![\w-])(?P<article>(?:[Tt]he|[Aa]n?)\s+)?(?:(?:armed|moderate)\s+)?[Oo]pposition"
    rf"(?:\s+(?P<noun>{_MEN})(?![\w-])|(?=\s+(?P<act>{_ACTS})(?![\w-]))|(?![\w-]){_AFTER_BARE})"
)
# The opposition's own word for its fighters, in its outlets and statements: "revolutionaries
# repelled an advance", "the revolutionary factions shelled regime positions" (the wire's
# "rebels"). Not a capitalised name's word ("Revolutionary Guard", "Syrian Revolutionaries
# Front": the dictionary's, read before these).
_REVOLUTIONARIES = re.compile(
    r"(?<![\w-])(?:[Rr]evolutionaries|revolutionary\s+(?:fighters|forces|factions|brigades|"
    r"battalions|groups|militants))\b(?![\w-])"
)
# Who tells the news about the side, before the bare noun: "according to the opposition".
_TOLD_BY = re.compile(r"(?:according\s+to|sources\s+(?:in|of|from)|by)\s+$", re.IGNORECASE)


def armed_opposition(text: str, country: str | None) -> list[ActorMention]:
    """Mentions of the country's armed opposition ("Opposition Rebels (Syria)") where ACLED
    codes one actor for it; none elsewhere."""
    name = INSURGENTS_BY_COUNTRY.get(country or "")
    if name is None:
        return []
    found = []
    for match in _OPPOSITION.finditer(text):
        bare = match.group("noun") is None and match.group("act") is None
        if bare and _TOLD_BY.search(text, max(0, match.start() - 20), match.start()):
            continue
        start = match.end("article") if match.group("article") else match.start()
        span = Span(start, match.end())
        found.append(
            ActorMention(span, text[start : span.end], name, "armed_group", country, generic=True)
        )
    for match in _REVOLUTIONARIES.finditer(text):
        span = Span(match.start(), match.end())
        found.append(ActorMention(span, match.group(), name, "armed_group", country, generic=True))
    return found
