"""A speaker's own men: "the Syrian government said its forces had recaptured Qaryatain",
"Russia's defence ministry said its jets struck", "the SDF said its fighters repelled".

A government, a ministry or an armed group tells its own side's acts, and the doer of the act
is the side's forces, not the body that speaks: the speaker is the source of the report (so
never its side), and "its forces" named no actor, so the act took its agent from elsewhere
(the group it was recaptured from). The possessive after the speaker's verb is a mention of
the speaker's armed side: the state's military forces for a government or a ministry, the
group itself for an armed group.
"""

from __future__ import annotations

import re
from functools import cache

from ...document import ARMED_KINDS, ActorMention, Span
from ...prefilter import first_char_alternation
from ..dictionary import country_codes, default_matcher
from ..unnamed.state_names import state_force_name
from .coalitions import bare_coalition
from .leaders_men import forces_of

# "said its forces", "announced on Sunday that its troops", "says its warplanes".
_OWN_MEN = re.compile(
    r"\b(?:said|says|announced|claimed|confirmed|stated|reported)\s+"
    r"(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?P<own>(?:its|their)\s+(?:own\s+)?"
    r"(?i:forces|troops|army|soldiers|fighters|units|jets|warplanes|war\s*planes|aircraft|"
    r"air\s?force|planes|helicopters|drones|artillery))\b"
)
# Between the speaker and its verb: a title or a spokesman ("the Syrian government's
# spokesman", "the SDF, in a statement,"), no other clause.
_BETWEEN = re.compile(r"^[^.;:!?\"“”]{0,60}$")


@cache
def _ministry_pattern() -> re.Pattern[str]:
    """A country's ministry or military that speaks ("Russia's defence ministry",
    "the Turkish military")."""
    names = country_codes()
    alternation = first_char_alternation(sorted(names, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<country>{alternation})['’]s?\s+(?:(?i:defen[cs]e|foreign|interior)\s+)?"
        r"(?i:ministry|military|army|government)\b"
    )


# A coalition told bare as the speaker ("The coalition said its jets struck"): no mention of its
# own (a bare "coalition" may be a party's), yet its own aircraft are the coalition's.
# (not "the National Coalition", "the ruling coalition": the word right after "the")
_BARE_COALITION = re.compile(r"(?<![\w-])(?i:the)\s+(?i:coalition)\s+$")


def speakers_men(
    text: str, found: list[ActorMention], country: str | None = None
) -> list[ActorMention]:
    """``found`` and a mention of the speaker's armed side for each "its forces" its report
    tells (see the module); the speaker is the last mention before the verb in its clause, or
    a bare "the coalition" right before it (the coalition it means, in ``country``)."""
    added = []
    for match in _OWN_MEN.finditer(text):
        speaker = _speaker(text, found, match.start()) or _coalition_speaker(
            text, found, match.start(), country
        )
        if speaker is None:
            continue
        span = Span(match.start("own"), match.end("own"))
        if any(m.span.overlaps(span) for m in found):
            continue
        added.append(
            ActorMention(span, match.group("own"), speaker.name, speaker.kind, speaker.country_code)
        )
    return found + added if added else found


def _speaker(text: str, found: list[ActorMention], verb: int) -> ActorMention | None:
    """The armed side of the speaker before ``verb``: a government, state force or armed group
    named there, or a country's ministry; None if none."""
    before = [m for m in found if m.span.end <= verb and _BETWEEN.match(text[m.span.end : verb])]
    if before:
        speaker = max(before, key=lambda m: m.span.end)
        if speaker.kind == "government":
            return forces_of(speaker.name)
        if speaker.kind in ARMED_KINDS:
            return speaker
        return None
    ministries = list(_ministry_pattern().finditer(text, max(0, verb - 80), verb))
    ministry = ministries[-1] if ministries else None
    if ministry is None or not _BETWEEN.match(text[ministry.end() : verb]):
        return None
    code = country_codes()[ministry.group("country")]
    name = state_force_name("Military Forces", code)
    return ActorMention(Span(0, 0), name, name, "state_force", code)


def _coalition_speaker(
    text: str, found: list[ActorMention], verb: int, country: str | None
) -> ActorMention | None:
    """The coalition that speaks as "the coalition" right before ``verb``, named as a bare
    coalition mention is (:func:`.coalitions.bare_coalition`); None if no coalition speaks."""
    told = _BARE_COALITION.search(text, max(0, verb - 20), verb)
    if told is None or any(m.span.overlaps(Span(told.start(), verb)) for m in found):
        return None
    entry = bare_coalition(found, told.start(), country, default_matcher())
    return None if entry is None else entry.mention(Span(told.start(), told.end()), told.group())
