"""The shared fold-into-earlier walk: each draft joins the NEAREST earlier kept event the test
accepts, never one already folded, never one beyond the pairwise window."""

from __future__ import annotations

from newsevents.extraction.document import Span, Trigger
from newsevents.extraction.events.draft import PAIRWISE_WINDOW, EventDraft
from newsevents.extraction.events.merge.folding import fold_into_earlier


def _draft(n: int, kind: str) -> EventDraft:
    trigger = Trigger(Span(n * 100, n * 100 + 6), kind, "armed_clash")
    return EventDraft(
        event_type="armed_clash",
        trigger=trigger,
        sentence_span=Span(n * 100, n * 100 + 90),
        actor1=None,
        actor2=None,
        places=[],
        date=None,
        quantities=[],
        source=None,
        modality="asserted",
        sentences=[n],
    )


def _same_word(earlier: EventDraft, later: EventDraft) -> bool:
    return earlier.trigger.text == later.trigger.text


def _take(target: EventDraft, draft: EventDraft) -> None:
    target.add_sentences(draft)


def test_a_draft_joins_the_nearest_earlier_event_the_test_accepts() -> None:
    drafts = [_draft(0, "clash"), _draft(1, "raid"), _draft(2, "clash"), _draft(3, "clash")]
    kept = fold_into_earlier(drafts, _same_word, _take)
    assert [k.trigger.text for k in kept] == ["clash", "raid"]
    assert kept[0].sentences == [0, 2, 3]
    assert kept[1].sentences == [1]


def test_an_event_beyond_the_window_is_not_compared() -> None:
    drafts = [_draft(0, "clash")]
    drafts += [_draft(n, f"raid{n}") for n in range(1, PAIRWISE_WINDOW + 1)]
    drafts.append(_draft(PAIRWISE_WINDOW + 1, "clash"))
    kept = fold_into_earlier(drafts, _same_word, _take)
    assert len(kept) == len(drafts)  # the first clash is 65 kept events back
    assert kept[0].sentences == [0]
