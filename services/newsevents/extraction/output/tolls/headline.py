"""The headline's toll for the lead's act when the body tells the act without its dead.

A headline often carries the only figure of the dead ("Sinai checkpoint attack: five dead",
"Gunmen kill 32, burn houses in attack in Ethiopia", "Sinaloa shootout leaves 12 dead") while
the body tells the act ("gunmen attacked two checkpoints") and its dead in words no toll reads,
or not at all. The headline retells the lead's act, so its toll goes to the first violent event
of the article (the lead's), when

- the headline tells one toll (one count of the dead: "Israeli forces kill Hamas man, Israeli
  policeman killed" tells two acts), of one act: not of several ("in two separate attacks",
  "in attacks on Aleppo and Homs") nor of a period ("since March", "in the 30-month war");
- the first violent event of the article carries no toll of its own (a lead that tells its
  dead keeps them: the body's figure is the act's);
- the article's events do not already carry as many dead as the headline tells: the body told
  them at another event, and giving them again would count the same dead twice;
- the headline's dead are of the day's act: not of a past one ("a year after 12 were
  killed", "in 2019 raid", "last month") nor a charge ("accused of killing 5");
- a crowd's act (a riot, a dispersal) takes the toll only if the headline tells a crowd: a
  headline "Gunman kills 4 in Kenya shooting" over a lead that opens with a dispersal elsewhere
  gives its dead to the shooting told after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....contracts import EventMessage, Quantity
from ...ontology import is_violent
from ...text.deaths import find_deaths
from ...text.periods import counts_a_period
from ...text.several_acts import HEADLINE_SUMS_ACTS
from .roundups import SEVERAL

# A headline whose dead are of a past act or a charge, not the lead's: "A year after 12 were
# killed in Garissa, survivors protest", "Families of 12 killed in 2019 raid", "where 60 were
# killed last month", "Trial opens for men accused of killing 5" (but "police accused of killing
# 5 protesters" reports the act, and police "baton-charged" a crowd).
_PAST_OR_CHARGE = re.compile(
    r"\b(?:(?:years?|months?|weeks?|days?)\s+(?:after|since|ago|on)|anniversary|"
    r"last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month)|(?:19|20)\d\d|"
    r"charged\s+(?:with|over|for)|convicted|sentenced|jailed|trial|verdict|acquitted)\b",
    re.IGNORECASE,
)
# A crowd's acts, and a headline's words that tell a crowd ("Three dead after protest", "police
# kill two rioters"): without such words the headline's dead are no crowd act's.
_CROWD_ACTS = frozenset({"riot", "protest_dispersed"})
_CROWD = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|riot\w*|rally|rallies|march\w*|crowds?|mobs?|unrest|"
    r"strikers?|teargas|tear gas|disperse\w*|clash\w*)\b",
    re.IGNORECASE,
)


def headline_toll(events: Sequence[EventMessage], title: str) -> list[EventMessage]:
    """The events, the first violent one given the headline's toll when its body tells none
    (see the module)."""
    value = _headline_dead(title)
    if value is None:
        return list(events)
    violent = [e for e in events if is_violent(e.event_type)]
    if not _CROWD.search(title) and any(e.event_type not in _CROWD_ACTS for e in violent):
        # a headline of no crowd tells no dispersal's dead: "Gunman kills 4 in Kenya shooting"
        # over a lead that opens with a dispersal in another town (the shooting told after it)
        violent = [e for e in violent if e.event_type not in _CROWD_ACTS]
    if not violent or violent[0].acled.fatalities:
        return list(events)
    if sum(e.acled.fatalities or 0 for e in events) >= value:
        return list(events)  # the body told the headline's dead already
    lead = violent[0]
    deaths = find_deaths(title, [])
    quantity = Quantity(text=deaths[0].text, kind="count", value=value, unit="fatalities")
    acled = lead.acled.model_copy(update={"fatalities": int(value)})
    given = lead.model_copy(
        update={
            "acled": acled,
            "quantities": [*lead.quantities, quantity],
            "summary": f"{lead.summary} ({quantity.text})",
        }
    )
    return [given if e is lead else e for e in events]


def _headline_dead(title: str) -> float | None:
    """The dead the headline tells of one act, if it tells one toll of one act."""
    if not title.strip():
        return None
    if HEADLINE_SUMS_ACTS.search(title) or SEVERAL.search(title) or counts_a_period(title):
        return None
    if _PAST_OR_CHARGE.search(title):
        return None
    deaths = find_deaths(title, [])
    if len(deaths) != 1 or deaths[0].value < 1:
        return None
    return deaths[0].value
