"""Hostile text: no wording makes extraction grow faster than the text (issue 17).

Work is counted, not timed: the number of Python function calls ``extract_events`` makes
(``cProfile`` counts each call, regular expression searches included) is the same on any
machine, busy or not. A text four times longer may cost at most ``_GROWTH`` times the calls:
linear work gives about four, quadratic work sixteen. Backtracking inside one regular
expression call is not a call; the shapes that used to backtrack ("AlBuKamal" without spaces)
are checked by process time with a generous bound instead.
"""

from __future__ import annotations

import cProfile
import pstats
import time
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.extraction.text.sentences import MAX_SENTENCE

from ..helpers import document

_GROWTH = 6.0  # calls on 4x the text, at most (linear: ~4)
_SMALL = 3000  # bytes

_NAMES = ["Ahmed Bello", "Musa Okafor", "Aisha Nasser", "Yusuf Haddad", "Mariam Karimi"]

# Units repeated to build a hostile text, one per shape of the issue and a few more.
SHAPES: dict[str, tuple[str, str]] = {
    "capitalised names": ("Deir Ezzor Albu Kamal Militia Forces Raqqa Islamic", " "),
    "one trigger repeated": ("killed", " "),
    "name without spaces": ("AlBuKamal", ""),
    "article chain": ("al-", ""),
    "one country repeated": ("Syria", ", "),
    "numbers": ("1984 7 305 42", " "),
    "quotes": ("\" “ ' ”", " "),
    "casualty list": (", ".join(_NAMES), ", "),
    "casualty lines": ("\n".join(_NAMES), "\n"),
    "table": ("Ahmed Bello\t34\tGao\tkilled\t3 March", "\n"),
    "dates": ("on 3 March 2020, on 14 May 2021,", " "),
    "triggers and actors": (
        "militants attacked soldiers and police killed protesters while rebels shelled troops",
        ", ",
    ),
    "sentences of one toll": ("Gunmen killed at least 5 people in Kano.", " "),
    "speakers": ("Ahmed Bello said", ", "),
    "units": ("the 47th Brigade and the Al-Sheikh Regiment", ", "),
}


def _hostile(shape: str, size: int) -> str:
    unit, glue = SHAPES[shape]
    text = glue.join([unit] * (size // (len(unit) + len(glue)) + 1))
    return text[:size].strip() or "x"


def _article(text: str) -> ArticleMessage:
    return ArticleMessage.model_validate(
        {"id": "hostile", "body": text, "published_at": "2024-05-01T12:00:00Z"}
    )


def _calls(text: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    extract_events(_article(text))
    profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def _seconds(run: Callable[[], object]) -> float:
    """The least process time of three runs: other processes on the machine do not count."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


@settings(
    max_examples=len(SHAPES),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.sampled_from(sorted(SHAPES)))
def test_work_grows_linearly_with_hostile_text(shape: str) -> None:
    extract_events(_article("Troops arrived in Damascus."))  # loads the gazetteer first
    small, large = _calls(_hostile(shape, _SMALL)), _calls(_hostile(shape, 4 * _SMALL))
    assert large <= _GROWTH * small, (shape, small, large)


def test_a_name_repeated_without_spaces_is_read_in_linear_time() -> None:
    """ "AlBuKamalAlBuKamal...": tried from every capital, the name patterns read the word back
    letter by letter; 4x the text in at most 8x the time (quadratic: 16x)."""
    extract_events(_article("Troops arrived in Damascus."))
    small = _article(_hostile("name without spaces", 4000))
    large = _article(_hostile("name without spaces", 16000))
    assert _seconds(lambda: extract_events(large)) <= 8 * _seconds(lambda: extract_events(small))


def test_names_joined_by_apostrophes_are_read_in_linear_time() -> None:
    """ "Deir'Ezzor'Deir'Ezzor'...": one word with no end, a capital after each apostrophe; the
    name patterns used to read the rest of the word from each capital. 4x the text in at most
    8x the time (quadratic: 16x)."""
    extract_events(_article("Troops arrived in Damascus."))
    small = _article("Deir'Ezzor'" * 800)
    large = _article("Deir'Ezzor'" * 3200)
    assert _seconds(lambda: extract_events(large)) <= 8 * _seconds(lambda: extract_events(small))


def test_a_long_run_of_blank_lines_is_read_in_linear_time() -> None:
    """ "a" + 16,000 newlines + "b": a pattern that begins with a run of spaces ("Assad
    regimes warplanes", review53) was tried from each newline and read the run to its end
    each time; 4x the text in at most 8x the time (quadratic: 16x)."""
    extract_events(_article("Troops arrived in Damascus."))
    small = _article("a" + "\n" * 4000 + "b")
    large = _article("a" + "\n" * 16000 + "b")
    assert _seconds(lambda: extract_events(large)) <= 8 * _seconds(lambda: extract_events(small))


def test_a_lead_retold_in_every_sentence_is_placed_in_linear_work() -> None:
    """ "Gunmen killed at least 5 people in Kano." for pages: the lead is one story told in
    every sentence, at a city named like its province; the province test read every place
    against every sentence of the lead (review53). Calls made inside
    ``events/geography/city_province.py`` on 4x the text: at most ``_GROWTH`` times."""

    def calls(text: str) -> int:
        profile = cProfile.Profile()
        profile.enable()
        extract_events(_article(text))
        profile.disable()
        stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
        return sum(
            counts[1]
            for (path, _, _), (*counts, _callers) in stats.items()
            if path.endswith("city_province.py")
        )

    extract_events(_article("Troops arrived in Damascus."))
    small = calls(_hostile("sentences of one toll", 6000))
    large = calls(_hostile("sentences of one toll", 24000))
    assert small > 0
    assert large <= _GROWTH * small, (small, large)


def test_a_sentence_without_full_stops_is_cut_after_commas() -> None:
    names = ", ".join(_NAMES * 40)  # about 2,000 characters, one paragraph, no full stop
    sentences = document(names).sentences
    assert len(sentences) >= 4
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(s.text.endswith(",") for s in sentences[:-1])
    assert "".join(s.text + " " for s in sentences).strip() == names


_NEWS = "Gunmen killed three traders at a market in Kano on Tuesday."


def _embedded(shape: str) -> list[EventMessage]:
    """The events of one news sentence between two 50 KB blocks of a hostile shape."""
    block = _hostile(shape, 50_000)
    return extract_events(_article(f"{block}\n\n{_NEWS}\n\n{block}"))


def _the_news(events: list[EventMessage]) -> list[EventMessage]:
    return [e for e in events if any(place.name == "Kano" for place in e.locations)]


def _is_the_attack(events: list[EventMessage]) -> bool:
    """One attack on civilians in Kano, by gunmen, three killed."""
    return (
        [e.event_type for e in events] == ["attack_on_civilians"]
        and events[0].acled.fatalities == 3
        and events[0].actors[0].text == "Gunmen"
    )


def test_news_between_capitalised_names_is_still_read() -> None:
    assert _is_the_attack(_the_news(_embedded("capitalised names")))


def test_news_between_repeated_triggers_is_still_read() -> None:
    assert _is_the_attack(_the_news(_embedded("one trigger repeated")))


def test_news_after_a_casualty_table_is_still_read() -> None:
    assert _is_the_attack(_the_news(_embedded("table")))
