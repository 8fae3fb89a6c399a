"""How likely an event is to be a real occurrence told right: a score a consumer can filter on.

What makes an event likely right is how the article tells it, not its words alone (the clues of
:func:`clues`):
- told in the headline or lead: the article is about it;
- told more than once (headline, lead, body, toll update): the article's main incident;
- the only event the article reports;
- an explicit day ("on Sunday"), not only the publication date;
- a town or a finer place, or a province, rather than no place or only a country;
- a specific act ("air strike", "car bomb") rather than words any violence fits ("attack",
  "killed"), and a named actor rather than "gunmen";
- claimed rather than asserted.

The clues are combined by a logistic model, so that the score reads as a probability:
``1 / (1 + exp(-(bias + sum of the weights of the clues that hold)))``. The weights were fitted
(``tools/fit_confidence.py``) on the parts of our article gold whose texts are public pages
(``web``, ``webtune``, ``web2``; nothing fitted on development data ships), an event counting as
right when it is the hit of a gold occurrence, and checked on the FA-KES parts and on ``web3``,
which the fit never saw (docs/quality.md has the reliability tables).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..document import LOCAL_PRECISIONS, PlaceMention
from ..events.draft import EventDraft
from ..events.merge.occurrences import is_generic

_COARSE_PLACES = frozenset({"region", "admin1"})
# The sentences that count as the lead: a headline and the first sentence of the body.
_LEAD_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Weights:
    """Log-odds of being right: the bias, and what each clue adds when it holds."""

    bias: float = -1.71
    lead: float = 0.58  # told in the headline or the first sentence
    retold: float = 0.43  # told in two sentences or more
    retold_often: float = 0.21  # ... in three or more
    sole: float = 1.55  # the only event of the article
    explicit_day: float = -0.1
    fine_place: float = 0.56
    coarse_place: float = 0.87
    specific_act: float = 0.68
    named_actor: float = 0.75
    claimed: float = -0.46


WEIGHTS = Weights()


def clues(draft: EventDraft, *, sole: bool) -> dict[str, bool]:
    """Which clues hold for an event; ``sole``: it is the only event the article reports."""
    mentions = len(set(draft.sentences))
    first = draft.places[0] if draft.places else None
    # a locality the gazetteer lacks is only as precise as the place around it: a province's
    # or a town's (it has an admin1), else a country's
    place = None if first is None else first.precision if first.resolved else _around(first)
    return {
        "lead": min(draft.sentences) < _LEAD_SENTENCES,
        "retold": mentions >= 2,
        "retold_often": mentions >= 3,
        "sole": sole,
        "explicit_day": draft.date is not None and draft.date.precision != "vague",
        "fine_place": place in LOCAL_PRECISIONS,
        "coarse_place": place in _COARSE_PLACES,
        "specific_act": not is_generic(draft),
        "named_actor": draft.actor1 is not None and not draft.actor1.generic,
        "claimed": draft.modality == "claimed",
    }


def _around(locality: PlaceMention) -> str:
    return "region" if locality.admin1 else "country"


def confidence(draft: EventDraft, *, sole: bool = False, weights: Weights = WEIGHTS) -> float:
    """The event's confidence in [0, 1], two decimals."""
    held = clues(draft, sole=sole)
    logit = weights.bias + sum(getattr(weights, name) for name, holds in held.items() if holds)
    return round(1 / (1 + math.exp(-logit)), 2)
