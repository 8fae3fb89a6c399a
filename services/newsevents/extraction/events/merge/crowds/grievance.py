"""A crowd's act and the death it answers are two events (review51, thirtieth round).

"Motorbike taxi drivers blocked the road and burned tyres after one of them was killed by a
police officer": the roadblock is a violent demonstration and the killing that set it off is
an act of its own, earlier, by other hands (ACLED codes both). Since the riot gate reads such a
clause as the crowd's grievance (:data:`...detect.refusals.gates.crowds.ANSWERED_DEATH`), the
riot is a violent act, and the merging passes took the generic "killed" of its own sentence for
the riot told again: the killing was lost. :func:`answers_a_death` keeps them apart.
"""

from __future__ import annotations

from ....document import Document
from ...crowds import CROWD_TYPES
from ...detect.refusals.gates.crowds import ANSWERED_DEATH
from ...draft import EventDraft


def answers_a_death(doc: Document, crowd: EventDraft, act: EventDraft) -> bool:
    """Whether ``crowd`` is a demonstration or riot and ``act`` (not one) is told in its
    sentence as what the crowd answered ("after one of them was killed", "following the
    killing of a trader"): its trigger inside such a clause."""
    if crowd.event_type not in CROWD_TYPES or act.event_type in CROWD_TYPES:
        return False
    index = act.sentences[0]
    if index != crowd.sentences[0]:
        return False
    sentence = doc.sentences[index]
    offset = sentence.span.start
    start = act.trigger.span.start - offset
    # (the trigger may run past the clause's last word: "was shot dead")
    return any(m.start() <= start < m.end() for m in ANSWERED_DEATH.finditer(sentence.text))
