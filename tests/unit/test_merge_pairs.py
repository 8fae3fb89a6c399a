"""The pair clues of tools/merge_pairs.py (read by tools/fit_merge.py): what two events of one
article share, read from how the article tells them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from newsevents.contracts import Article
from newsevents.extraction.pipeline import Pipeline

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "merge_pairs.py"


def _merge_pairs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("merge_pairs", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["merge_pairs"] = module
    spec.loader.exec_module(module)
    return module


def _clues(body: str) -> tuple[list[tuple[str, str]], set[str]]:
    tool = _merge_pairs()
    article = Article.model_validate(
        {"id": "pairs", "body": body, "published_at": "2024-03-06T12:00:00Z"}
    )
    reading = Pipeline().read(article)
    events = sorted(reading.drafts, key=lambda d: (min(d.sentences), d.trigger.span.start))
    told = [(d.event_type, d.places[0].name if d.places else "") for d in events]
    held = tool.pair_clues(tool.Article.of(reading.doc, events), events[0], events[1])
    return told, {name for name, holds in held.items() if holds}


def test_a_separate_attack_elsewhere_on_another_day_is_told_apart() -> None:
    told, held = _clues(
        "Gunmen killed five villagers in Kaduna on Monday. Police said the gunmen fled on "
        "motorbikes. In a separate attack, an air strike hit a market in Zaria on Tuesday, "
        "killing two people."
    )
    assert told == [("attack_on_civilians", "Kaduna"), ("airstrike", "Zaria")]
    assert {"told_as_new", "place_apart", "day_apart", "tolls_differ", "lead_one"} <= held
    assert {"both_lead", "same_place", "same_toll", "same_day", "same_sentence"}.isdisjoint(held)
    assert {"short_article", "several_places", "several_days", "later_own_place"} <= held
