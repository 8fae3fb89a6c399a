"""A search tried only where a pattern can match gives the search's own answers, and rules out
the stretches of a text without the pattern's words."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from newsevents.extraction.prefilter import folded
from newsevents.extraction.runs import RunSearch, opening_words, pattern_opening, pattern_stops
from newsevents.extraction.text.deaths.later_died import LATER_DIED
from newsevents.extraction.text.deaths.named import NAMED_DEAD
from newsevents.extraction.text.deaths.one_dead import ONE_DEAD
from newsevents.extraction.text.deaths.wordings import FATALITY_PATTERNS

TOLL = re.compile(r"\b(?P<n>\d+|two|three)\s+(?:[\w-]+\s+){0,3}?(?:were|was)\s+killed\b", re.I)

TEXTS = [
    "Gunmen attacked a village on Monday. Three farmers and their guard were killed, "
    "a local official said; 12 people were killed in a second raid nearby.",
    "Two soldiers were killed. Two soldiers were killed! (Two soldiers were killed)",
    "The army said it killed two militants in Red Rock and three others in Blue Lake, while "
    "a commander was shot dead along with his driver. Killing him, they fled.",
    "A man was found dead in the town of Kara; the body of a woman was found in the river.\n"
    "Driver killed in ambush\nThe toll rose to 17, the ministry said.",
    "Nothing happened here at all, and no one was hurt in the calm town.",
    "Ali Hassan, 41, was shot dead; Tomas Verel and three others were killed. Police shot "
    "two robbers dead and killed a man and his wife; 5 people lost their lives.",
    "",
]


Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _all(search: Callable[[str, int], re.Match[str] | None], text: str) -> Found:
    found = []
    position = 0
    while (match := search(text, position)) is not None:
        found.append((match.span(), match.groups()))
        position = match.start() + 1  # every start, overlapping ones too
    return found


def test_the_same_matches_as_the_search_for_every_toll_wording() -> None:
    for pattern in (TOLL, *FATALITY_PATTERNS, NAMED_DEAD, ONE_DEAD, LATER_DIED):
        runs = RunSearch(pattern)
        for text in TEXTS:
            ranges = runs.ranges(text, folded(text))
            tried = _all(partial(runs.search, ranges=ranges), text)
            assert tried == _all(pattern.search, text), (pattern.pattern[:60], text[:40])


def test_a_match_lies_between_stops_around_its_words() -> None:
    # the wording runs through no full stop, comma-free clause or bracket
    assert set(".;:!?()") <= set(pattern_stops(TOLL))
    assert pattern_opening(TOLL) == r"\b"
    runs = RunSearch(TOLL)
    text = (
        "Markets reopened in the capital on Monday after a week of calm, traders said. "
        "Then two guards were killed at the gate."
    )
    ranges = runs.ranges(text, folded(text))
    assert ranges is not None and len(ranges) == 1
    first, last = ranges[0]
    assert text[first:].startswith(" Then two guards")
    assert last == text.index("killed") or last == text.index("were")
    match = runs.search(text, 0, ranges)
    assert match is not None and match.group("n") == "two"


def test_a_pattern_that_runs_through_anything_is_searched_as_before() -> None:
    anything = re.compile(r"killed.*?(?P<n>\d+)", re.S)
    assert RunSearch(anything).ranges("killed. Then 3.", "killed. then 3.") is None
    # nor a text whose lowered form has another length, nor one folded() rules out
    assert RunSearch(TOLL).ranges("two were killed", None) is None


def test_lookarounds_across_a_stop_and_a_wording_through_full_stops() -> None:
    # a lookbehind and a lookahead read the text beyond the stretch; a wording that holds a
    # full stop is searched with the full stop no stop of it
    behind = re.compile(r"(?<=said\. )(?P<n>\d+|two)\s+(?:were|was)\s+killed\b", re.I)
    ahead = re.compile(r"\b(?P<n>\d+)\s+killed(?=\.\s+The\b)", re.I)
    through = re.compile(r"\b(?P<n>\d+)\s+dead\.\s+(?:\w+\s+){0,3}killed\b", re.I)
    text = (
        "Police said. 3 were killed in the town. Guards said. Two were killed. 5 killed. The "
        "toll rose. 7 dead. Gunmen had killed them; 4 killed. Then 8 dead. They were killed. "
        + "Markets reopened in the capital after a week of calm, traders told reporters. "
        * 3
    )
    assert "." not in pattern_stops(through)
    for pattern in (behind, ahead, through):
        runs = RunSearch(pattern)
        ranges = runs.ranges(text, folded(text))
        assert ranges is not None  # tried by stretches, not searched whole
        tried = _all(partial(runs.search, ranges=ranges), text)
        assert tried == _all(pattern.search, text) != []


def test_a_pattern_of_opening_words_is_tried_where_they_start() -> None:
    # lookbehinds before the words are tried at every character of a whole-text search; the
    # run search tries the starts of "killed", "shot dead", "gunned down" only, in any case
    opening = re.compile(
        r"(?<!\bwere )(?<!\bwas )\b(?:shot dead|gunned down|killed)\s+(?P<n>\d+|two|a)\b", re.I
    )
    assert opening_words(opening) == ("gunned down", "killed", "shot dead")
    assert opening_words(TOLL) is None  # a count opens it: any digit
    text = (
        "Gunmen KILLED two guards at dawn, and police shot dead 3 robbers in the market while "
        "others were killed 4 times over; soldiers Gunned Down a man. "
        + "Markets reopened in the capital after a week of calm, traders told reporters. "
        * 4
    )
    runs = RunSearch(opening)
    ranges = runs.ranges(text, folded(text))
    assert ranges is not None and all(first == last for first, last in ranges)
    tried = _all(partial(runs.search, ranges=ranges), text)
    assert tried == _all(opening.search, text) and len(tried) == 3
