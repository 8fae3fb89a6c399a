"""How likely an event is to be a real occurrence told right: a score a consumer can filter on.

Each clue adds its weight (the table below) to a base; the sum is capped. The weights were set by
measurement on the tune part of our article gold (`evaluate articles`, its reliability table) so
that events scored 0.8 or more are right at least 80 % of the time, and checked on the holdout
part. What makes an event likely right is how the article tells it, not its words alone:
- told in the headline or lead: the article is about it;
- told more than once (headline, lead, body, toll update): the article's main incident;
- an explicit day ("on Sunday"), not only the publication date;
- a town or a finer place, rather than a province or only a country;
- a specific act ("air strike", "car bomb") rather than words any violence fits ("attack",
  "killed"), and a named actor rather than "gunmen";
- claimed rather than asserted lowers it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from ..events.draft import EventDraft
from ..events.merge.occurrences import is_generic

_FINE_PLACES = frozenset({"point", "neighbourhood", "town"})
_COARSE_PLACES = frozenset({"region", "admin1"})


@dataclass(frozen=True, slots=True)
class Weights:
    base: float = 0.25
    lead: float = 0.15  # told in the headline or the first sentences
    retold: float = 0.10  # told in two sentences or more
    retold_often: float = 0.05  # ... in three or more
    explicit_day: float = 0.10
    fine_place: float = 0.10
    coarse_place: float = 0.05
    specific_act: float = 0.10
    named_actor: float = 0.05
    claimed: float = -0.10
    cap: float = 0.95


WEIGHTS = Weights()
# The sentences that count as the lead: a headline and the first sentence of the body.
_LEAD_SENTENCES = 2


def confidence(doc: Document, draft: EventDraft, weights: Weights = WEIGHTS) -> float:
    """The event's confidence in [0, 1], two decimals."""
    mentions = len(set(draft.sentences))
    first = draft.places[0] if draft.places else None
    # a locality the gazetteer lacks is only as precise as the place around it
    place = None if first is None else first.precision if first.resolved else "region"
    clues = (
        (min(draft.sentences) < _LEAD_SENTENCES, weights.lead),
        (mentions >= 2, weights.retold),
        (mentions >= 3, weights.retold_often),
        (draft.date is not None and draft.date.precision != "vague", weights.explicit_day),
        (place in _FINE_PLACES, weights.fine_place),
        (place in _COARSE_PLACES, weights.coarse_place),
        (not is_generic(draft), weights.specific_act),
        (draft.actor1 is not None and not draft.actor1.generic, weights.named_actor),
        (draft.modality == "claimed", weights.claimed),
    )
    score = weights.base + sum(weight for holds, weight in clues if holds)
    return round(max(0.0, min(score, weights.cap)), 2)
