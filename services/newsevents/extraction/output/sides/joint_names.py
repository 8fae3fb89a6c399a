"""Two groups told as alternative perpetrators are ACLED's joint actor, where it has one.

Where two groups fight in the same areas and the press cannot tell which struck, ACLED codes
one actor for either: "suspected JNIM or ISGS fighters seized a trader", "the bomb was
probably laid by ISGS or JNIM fighters" are "JNIM: Group for Support of Islam and Muslims
and/or Islamic State (Greater Sahara)"; "ISWAP or Boko Haram militants", "Boko Haram/IS
claimed" are "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah
lid-Dawatai wal-Jihad" (ACLED's spelling in the joint name). The two must be told as
alternatives, joined by "or", "and/or" or a slash, in either order; actor1 or actor2 that is
one of them becomes the joint actor (twenty-third round, actors43).

Since Islamic State's West Africa Province split from Boko Haram (August 2016) a report that
names "Boko Haram" alone cannot tell which of the two struck, and ACLED codes the joint actor
for it (2020 week: all 16 notes whose perpetrator is told as "Boko Haram" in Borno, Diffa or
Cameroon's Far North); one that names Shekau's faction (JAS, "Jama'atu Ahlis Sunna") keeps
Boko Haram's own name.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from ...document import Document
from ...events.draft import EventDraft
from ..names.actor_names import acled_name
from .sides import Sides

_BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
_ISWAP_OR_BOKO_HARAM = (
    "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
)
# ACLED's joint actors, by the ACLED names of the two groups.
_JOINT = {
    frozenset({"Islamic State (West Africa)", _BOKO_HARAM}): _ISWAP_OR_BOKO_HARAM,
    frozenset(
        {"JNIM: Group for Support of Islam and Muslims", "Islamic State (Greater Sahara)"}
    ): "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)",
}
_SPLIT = dt.date(2016, 8, 1)
_FACTION_TOLD = re.compile(r"\bJAS\b|Shekau|Jama['’]?atu", re.IGNORECASE)
_EITHER = re.compile(r"^\s*(?:/|\bor\b|\band/or\b)\s*$", re.IGNORECASE)


def joint_sides(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Actor1 and actor2 as ACLED's joint actor when the event's sentences tell the group as
    one of two alternatives (above)."""
    told = [doc.sentences[i] for i in sorted(set(draft.sentences)) if i < len(doc.sentences)]
    named = sorted(
        (a for a in doc.actors if not a.generic and any(s.span.contains(a.span) for s in told)),
        key=lambda a: a.span.start,
    )
    joint: dict[str, str] = {}
    if on >= _SPLIT and not _FACTION_TOLD.search(" ".join(s.text for s in told)):
        joint[_BOKO_HARAM] = _ISWAP_OR_BOKO_HARAM
    for first, second in pairwise(named):
        if not _EITHER.match(doc.text[first.span.end : second.span.start]):
            continue
        names = (acled_name(first, on, country_code), acled_name(second, on, country_code))
        either = _JOINT.get(frozenset(names))
        if either is not None:
            joint.update(dict.fromkeys(names, either))
    if joint:
        sides.actor1 = joint.get(sides.actor1 or "", sides.actor1)
        sides.actor2 = joint.get(sides.actor2 or "", sides.actor2)
