"""The pass that folds each retelling into the incident it tells (:func:`fold_retold`): an act
told as the setting of another is folded first (:mod:`.setting`), then a second act of an
incident's sentence (:mod:`.same_sentence`), then an act named back by a definite noun
(:mod:`.named_back`). The kept event is the first told; it takes the other's best fields
(:func:`keep_best`).
"""

from __future__ import annotations

from .....document import ActorMention, Document, PlaceMention
from .....ontology import is_violent
from ....draft import PAIRWISE_WINDOW, EventDraft
from ....generic_violence import is_generic
from ...folding import keep_own, take_fields
from ..identity.replies import tells_a_reply
from .kinds import BY_SIDES
from .named_back import claimant, finer, named_back
from .same_sentence import retells, taken_without_harm, told_as_means
from .setting import fold_setting


def fold_retold(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each event whose sentence an earlier event already tells, of a kind that incident can
    be told in, or that names the act just told by a definite noun, folded into it; else
    kept."""
    kept: list[EventDraft] = []
    for draft in drafts:
        # the other side's strikes "to repel the assault" retell no act but another reply
        reply = tells_a_reply(doc, draft)
        recent = [k for k in kept[-PAIRWISE_WINDOW:] if tells_a_reply(doc, k) == reply]
        if fold_setting(doc, kept, recent, draft):
            continue
        incident = next((k for k in reversed(recent) if retells(doc, k, draft)), None)
        if incident is not None:
            if told_as_means(doc, incident, draft):  # the weapon adds no place and no author
                keep_best(doc, incident, draft, agent=False, places=[])
            else:
                keep_best(doc, incident, draft)
            continue
        incident = named_back(doc, recent, draft)
        if incident is None:
            kept.append(draft)
        else:
            keep_best(
                doc, incident, draft, agent=claimant(doc, draft), places=finer(doc, incident, draft)
            )
    return kept


def keep_best(
    doc: Document,
    incident: EventDraft,
    draft: EventDraft,
    *,
    agent: bool = True,
    places: list[PlaceMention] | None = None,
) -> None:
    """``draft`` is ``incident`` told again: the incident keeps its type unless it was told in
    generic words and the other names how it was done (an air strike over "killed"); it takes
    the finer places (of ``places`` when given, else of ``draft``), a named actor over a generic
    one, every toll and sentence."""
    specific = is_violent(draft.event_type) and draft.event_type not in BY_SIDES
    armed = incident.event_type == "mob_violence" and draft.event_type == "armed_clash"
    if (
        armed
        or (is_generic(incident) and specific and not is_generic(draft))
        or taken_without_harm(doc, incident, draft)
    ):
        incident.named_as(draft)
    take_fields(incident, draft, places=places, actors=_named_over_generic if agent else keep_own)


def _named_over_generic(kept: ActorMention | None, new: ActorMention | None) -> ActorMention | None:
    """A named actor over a generic one ("Boko Haram" over "gunmen"), else the first told."""
    if kept is None or (kept.generic and new is not None and not new.generic):
        return new or kept
    return kept
