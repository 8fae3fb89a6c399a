"""Check a file of article texts against the gold it is meant for, article by article.

The gold parts hold no text: each line carries the SHA-1 of the body it was annotated on, and
``gold/NAME.sources.tsv`` the page it was transcribed from. Whoever transcribes the texts again
(title, dateline and body paragraphs separated by one blank line; captions, related links and
credit lines left out; a stored copy that ends early stops at its last whole paragraph) checks
the result here before ``evaluate articles`` refuses it at the first difference:

    PYTHONPATH=services .venv/bin/python tools/check_texts.py gold/web9.events.jsonl \\
        /work/gold-work/web9/texts.jsonl

One line per gold article (``ok``, ``missing`` or ``differs`` with the body's length and the
furthest gold offset, which a body must reach), then a count; the exit status is 1 unless every
article is ``ok``. A development tool: the texts never enter the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

from newsevents.evaluation.article_gold import GoldArticle, load_gold, read_texts


def furthest_offset(article: GoldArticle) -> int:
    """The end of the last evidence span the gold puts in the body."""
    ends = [end for occurrence in article.occurrences for _, end in occurrence.spans]
    return max([0, *ends, *(end for _, end in article.background)])


def verdict(article: GoldArticle, texts: dict[str, tuple[str, str, dt.date | None]]) -> str:
    """``ok``, ``missing`` or ``differs (...)`` for one gold article."""
    if article.article not in texts:
        return "missing"
    body = texts[article.article][1]
    if hashlib.sha1(body.encode("utf-8")).hexdigest() == article.body_sha1:
        return "ok"
    return f"differs (body {len(body)} characters, gold spans reach {furthest_offset(article)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold/NAME.events.jsonl")
    parser.add_argument("texts", type=Path, help="JSON lines: id, title, body, published_at")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    texts = read_texts(args.texts) if args.texts.exists() else {}
    right = 0
    for article in gold:
        said = verdict(article, texts)
        right += said == "ok"
        sys.stdout.write(f"{article.article}\t{said}\n")
    sys.stdout.write(f"{right} of {len(gold)} ok\n")
    return 0 if right == len(gold) else 1


if __name__ == "__main__":
    raise SystemExit(main())
