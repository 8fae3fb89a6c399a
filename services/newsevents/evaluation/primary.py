"""The one event that best stands for a short report (an ACLED note, a news brief).

Rule: the report's main event is its most severe one, as conflict monitors code a report with
several actions by its gravest (an attack that ends in looting is an attack). Severity tiers:
1. remote violence, sexual violence, lethal force against protesters;
2. armed clashes, attacks, abductions, riots, mob violence, territorial battles, dispersals;
3. protests, arrests, looting and destruction, disrupted weapons use, agreements, defections;
4. everything else (deployments, presence, funding ...).
Only the lead counts: the first sentence that reports an event of tiers 1-3 (later sentences give
background). In it, the most severe event wins; within a tier two-sided fighting ("exchange of
fire", "repulsed") beats an attack on civilians, an act beats a bare casualty word ("killed",
"injured"), then the earlier event, then the more confident.
"""

from __future__ import annotations

import re

from ..contracts import EventMessage
from ..extraction.ontology import severity
from ..extraction.vocabulary import CASUALTY_WORDS

# Words that report a consequence (someone died, was hurt) rather than the act itself, and here
# also the toll told as "killing"/"kills" or in the passive ("were shot").
_CASUALTY = re.compile(rf"^(?:{'|'.join(CASUALTY_WORDS)}|killing|kills|was|were)", re.IGNORECASE)


# Two-sided fighting: both sides are armed, so the report is a clash even when it also says
# who was "attacked" or "killed" in it.
_TWO_SIDED = re.compile(
    r"exchang|firefight|gun ?battle|gun ?fight|shoot-?out|shot back|fired back|return(?:ed|ing) "
    r"fire|clash|repell|repuls|encounter|fought|fighting|battl",
    re.IGNORECASE,
)


def primary_event(events: list[EventMessage]) -> EventMessage | None:
    """The most severe event of the lead: the first sentence that reports one of tiers 1-3."""
    if not events:
        return None
    serious = [e for e in events if severity(e.event_type) <= 3]
    candidates = serious or events
    lead = min(e.evidence.start for e in candidates)
    in_lead = [e for e in candidates if e.evidence.start <= lead]
    fighting = any(
        e.event_type == "armed_clash" and _TWO_SIDED.search(e.evidence.trigger) for e in in_lead
    )
    return min(
        in_lead,
        key=lambda e: (
            severity(e.event_type),
            fighting and e.event_type == "attack_on_civilians",
            _CASUALTY.match(e.evidence.trigger) is not None,
            e.evidence.trigger_start,
            -e.confidence,
        ),
    )


def fatalities(event: EventMessage) -> int:
    """Deaths the event reports: its published ``acled.fatalities``, where
    ``extraction/output/acled.py`` applies the one rule (a stated total wins, else the tolls add
    up)."""
    return event.acled.fatalities
