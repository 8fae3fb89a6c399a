"""The loop several merging passes share: walk the drafts in order and fold each into the
nearest earlier kept event a predicate accepts, else keep it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..draft import PAIRWISE_WINDOW, EventDraft

# Whether a later draft (second) tells the same incident as an earlier kept event (first).
Accepts = Callable[[EventDraft, EventDraft], bool]
# How a kept event (first) takes in a later draft (second) that tells it again.
Fold = Callable[[EventDraft, EventDraft], None]


def fold_into_earlier(
    drafts: Iterable[EventDraft], accepts: Accepts, fold: Fold
) -> list[EventDraft]:
    """Each draft, in the order given, folded (``fold(target, draft)``) into the nearest earlier
    kept event among the last PAIRWISE_WINDOW that ``accepts(target, draft)``, else kept; the
    kept events in that order."""
    kept: list[EventDraft] = []
    for draft in drafts:
        recent = reversed(kept[-PAIRWISE_WINDOW:])
        target = next((k for k in recent if accepts(k, draft)), None)
        if target is None:
            kept.append(draft)
        else:
            fold(target, draft)
    return kept
