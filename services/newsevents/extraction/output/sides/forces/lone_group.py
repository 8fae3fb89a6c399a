"""A rebel group's battle told with no other side: the state's forces are actor2.

"The Arakan Army captured the outpost during a two-day offensive", "the Houthis seized Omran
after battles", "Al-Shabaab said it had briefly taken control of the base", "the Arakan Army
has taken over the city": a battle has two armed sides (ACLED's "Battles"), and an insurgent or
rebel group told fighting or taking ground with no opponent named fought the state whose
ground it is, which ACLED codes as that state's military forces ("Military Forces of Myanmar
(2021-)"). The sentence tells the group's act; the side it overran is only its place.

Only an armed clash or ground taken, with actor2 left empty, whose agent is a named armed group
of the dictionary (not a generic one, "militants", "gunmen"; not a militia, whose communities,
clans and gangs fight each other as often as the state) of the event's country or of none
(a transnational group: Islamic State, al-Qaeda), and not a force the same state backs (a
patron that is the government or a force of that country). A side named as the other side's
associate keeps the event as it is; so does a group told abroad ("Hezbollah fighters in Syria"),
and one whose sentence tells another non-state armed side that linking left unnamed ("fighting
broke out between Al-Shabaab and local clan fighters", "seized the town from tribal fighters"):
the state did not fight it.
"""

from __future__ import annotations

import datetime as dt
import re

from ....actors.dictionary import default_matcher
from ....actors.unnamed.state_names import state_force_name
from ....document import NON_STATE_ARMED_KINDS, ActorMention, Document, sentence_at
from ....events.draft import EventDraft
from ...names.regimes import with_period
from ..sides import Sides

_FOUGHT = frozenset({"armed_clash", "territory_taken"})
_STATE_KINDS = frozenset({"government", "state_force"})
# The other side of a fight as its construction tells it: "between A and B", "clashed with B",
# "against B", "seized the town from B" (up to three words of B before its noun).
# "And" only after "between" (review40b: "Al-Shabaab and allied Hizbul Islam militants captured
# the town" names allies, one side), "with" not as company ("along with", "together with").
_OTHER_SIDE = re.compile(
    r"(?:\b(?<!along )(?<!together )with|\bagainst|\bfrom)(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE
)
_AND = re.compile(r"\band(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def state_fought(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Fill in actor2 of a named rebel group's battle told alone: the military forces of the
    event's country (see the module's rules)."""
    group = draft.actor1
    if (
        draft.event_type not in _FOUGHT
        or sides.actor2 is not None
        or sides.associates[1]
        or country_code is None
        or group is None
        or group.generic
        or group.kind != "armed_group"
    ):
        return
    matcher = default_matcher()
    entry = matcher.entry(group.name)
    if entry is None or entry.kind != "armed_group":
        return
    if entry.country_code is not None and entry.country_code != country_code:
        return
    patron = matcher.entry(entry.affiliation) if entry.affiliation else None
    if patron is not None and patron.kind in _STATE_KINDS and patron.country_code == country_code:
        return
    if _other_armed_side(doc, draft, group):
        return
    forces = with_period(state_force_name("Military Forces", country_code), on)
    if forces != sides.actor1:
        sides.actor2 = forces


def _other_armed_side(doc: Document, draft: EventDraft, group: ActorMention) -> bool:
    """Whether the trigger's sentence tells another non-state armed side after the group, as
    the fight's other side ("between Al-Shabaab and local clan fighters"); not the group's own
    fighters ("Al-Shabaab fighters captured the town")."""
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return False
    return any(
        other.kind in NON_STATE_ARMED_KINDS
        and other.span.start > group.span.end + 2
        and other.name != group.name
        and _told_as_other(doc, group, other)
        for other in doc.in_sentence(doc.actors, sentence)
    )


def _told_as_other(doc: Document, group: ActorMention, other: ActorMention) -> bool:
    """Whether the construction before ``other`` makes it the fight's other side: "clashed with
    B", "against B", "from B", and "and B" only after "between" the group."""
    before = doc.text[max(0, other.span.start - 40) : other.span.start]
    if _OTHER_SIDE.search(before):
        return True
    ahead = doc.text[max(0, group.span.start - 30) : group.span.start]
    return _AND.search(before) is not None and _BETWEEN.search(ahead) is not None
