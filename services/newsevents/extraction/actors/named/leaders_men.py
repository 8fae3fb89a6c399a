"""A leader's or a government's men: "Assad forces", "Assad's militias", "Putin's warplanes",
"the Syrian regime's forces", "Haftar's fighters".

Outlets that take a side name the other side's army after its head: the Syrian opposition
writes "Assad forces", "Assad's militias", "Assad's air force" for the regime's army, Kurdish
and Syrian outlets "Erdogan's army", Ukrainian ones "Putin's troops"; and a regime's
possessive before its men ("the regime's forces", "the Syrian regime's helicopters") is told the
same way. The dictionary reads the leader or the government alone, so the act went to
"Government of Syria", a body that does not fight, where ACLED codes the state's military
("Military Forces of Syria"); a leader of an armed group ("Haftar", "Hemedti") is that group.
Only before the nouns of armed men and of the weapons they wield: "Assad's government",
"Assad's speech", "Erdogan's party" stay the leader or the body.
"""

from __future__ import annotations

import re
from functools import cache

from ...document import ARMED_KINDS, ActorMention, Span
from ...prefilter import first_char_alternation
from ..dictionary import default_matcher
from ..unnamed.state_names import military_of_government

# The leader's men and their arms, after the name or its possessive ("Assad forces",
# "Assad's troops", "Putin's air force", "the regime's helicopters").
_MEN = re.compile(
    r"(?:['’]s?)?\s+(?:(?i:regime|government)(?:['’]s)?\s+)?(?P<noun>(?i:"
    r"forces|troops|army|military|soldiers|militias?|militiamen|fighters|gunmen|snipers?|"
    r"air\s?force|warplanes|war\s?planes|jets|aircraft|helicopters|drones|artillery|tanks|"
    r"air\s?strikes|air\s+raids|bombardment|shelling|barrel\s+bombs))\b"
)
# The government's own possessive is needed ("the regime's forces"): "Syrian government
# forces" is read as the state's forces already, "government troops" by the generic nouns.
_POSSESSIVE = re.compile(r"['’]s?\s")


def leaders_men(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """``found`` with each leader or government told before its men replaced by a mention of
    those men, spanning the name and the noun: the state's military forces for a head of a
    government or a government, the armed group for its leader."""
    matcher = default_matcher()
    out = []
    for mention in found:
        men = _MEN.match(text, mention.span.end)
        forces = None
        if men is not None and mention.kind == "person" and mention.affiliation:
            forces = forces_of(mention.affiliation)
        elif (
            men is not None
            and mention.kind == "government"
            and _POSSESSIVE.match(text, mention.span.end)
        ):
            forces = forces_of(mention.name)
        if men is None or forces is None:
            out.append(mention)
            continue
        span = Span(mention.span.start, men.end())
        entry = matcher.entry(forces.name)
        affiliation = entry.affiliation if entry is not None else None
        out.append(
            ActorMention(
                span,
                text[span.start : span.end],
                forces.name,
                forces.kind,
                forces.country_code,
                affiliation,
                # (as generic as "regime forces": a leader's name adds no identity to merge on;
                # but forces the dictionary names by their patron, "the GNA's forces", are that
                # named force, whose ACLED name tells the patron, as "GNA forces" is: review50)
                generic=forces.kind == "state_force" and affiliation is None,
            )
        )
    return out + _stripped_possessives(text, out)


# Copy that lost its apostrophes ("Assads forces", "Assad regimes warplanes"): the dictionary
# reads no name glued to its "s", so a head of government's men are found here, from the names
# of the people the dictionary ties to a government.
@cache
def _stripped_heads() -> re.Pattern[str] | None:
    """A head of government's name ending where its lost possessive begins."""
    matcher = default_matcher()
    heads = {
        alias
        for entry in matcher.entries
        if entry.kind == "person"
        and entry.affiliation
        and (government := matcher.entry(entry.affiliation)) is not None
        and government.kind == "government"
        for alias in entry.aliases
        if len(alias) > 3 and not alias.endswith("s")
    }
    if not heads:
        return None
    alternation = first_char_alternation(sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<head>{alternation})$")


# The men after the lost possessive, found first (rarer than the names' letters): "s forces",
# " regimes warplanes". The space before "regimes" follows a letter (the name's last): a run of
# blank lines is then tried once, not from each of its characters (quadratic on long runs).
_STRIPPED_MEN = re.compile(
    r"(?:(?<=[a-z])s|(?<=[A-Za-z])\s+(?i:regime|government)s)\s+(?:(?i:regime|government)\s+)?"
    r"(?P<noun>(?i:forces|troops|army|military|soldiers|militias?|air\s?force|warplanes|"
    r"war\s?planes|jets|aircraft|helicopters|artillery|air\s?strikes|air\s+raids|"
    r"bombardment|shelling|barrel\s+bombs))\b"
)


def _stripped_possessives(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """The men of a head of government named by a possessive without its apostrophe."""
    heads = _stripped_heads()
    if heads is None:
        return []
    added = []
    for men in _STRIPPED_MEN.finditer(text):
        head = heads.search(text, max(0, men.start() - 40), men.start())
        if head is None:
            continue
        span = Span(head.start(), men.end())
        entry = default_matcher().lookup(head.group("head"))
        forces = forces_of(entry.affiliation) if entry and entry.affiliation else None
        if forces is None or any(m.span.overlaps(span) for m in found):
            continue
        surface = text[span.start : span.end]
        added.append(
            ActorMention(span, surface, forces.name, forces.kind, forces.country_code, generic=True)
        )
    return added


def forces_of(name: str) -> ActorMention | None:
    """The armed side a leader's or a government's men are (spanning nothing), or None."""
    entry = default_matcher().entry(name)
    if entry is None:
        return None
    if entry.kind == "government" and entry.country_code:
        forces = military_of_government(entry.name, entry.country_code)
        return ActorMention(Span(0, 0), forces, forces, "state_force", entry.country_code)
    if entry.kind in ARMED_KINDS:
        return ActorMention(Span(0, 0), entry.name, entry.name, entry.kind, entry.country_code)
    return None
