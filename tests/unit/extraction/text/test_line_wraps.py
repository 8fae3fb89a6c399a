"""Hard-wrapped text (plain-text wire copy, e-mail, feeds) reads as the sentences it wraps: a
newline inside a sentence is a space, one for one; blank lines, sentence ends, list items,
datelines and a headline stay breaks (thirty-eighth round, debts58)."""

from __future__ import annotations

import textwrap

import pytest

from newsevents.contracts import EventMessage
from newsevents.extraction.pipeline import examined_text
from newsevents.extraction.text.line_wraps import unwrap_lines
from tests.unit.extraction.events.articles import events_on_a_tuesday

# Short articles of our own writing, one paragraph a line, blank lines between paragraphs.
ARTICLES = [
    (
        "Gunmen killed five farmers in the village of Tsafe in Zamfara state on Monday, "
        "police spokesman John Okafor said in a statement to reporters in Gusau.\n\n"
        "The attackers arrived on motorcycles and opened fire on the farmers as they worked "
        "in their fields, residents said, before fleeing into the nearby forest."
    ),
    (
        "KABUL (Reuters) - A suicide bomber blew himself up outside a government office in "
        "the eastern city of Jalalabad on Monday, killing nine people and wounding 14 others, "
        "a provincial spokesman said.\n\n"
        "No group claimed responsibility for the attack, the latest in a series of bombings "
        "in Nangarhar province in recent weeks."
    ),
    (
        "Thousands of protesters marched through the streets of Nairobi on Monday to demand "
        "the release of an opposition leader arrested last week, and police fired tear gas "
        "to disperse them near Parliament.\n\n"
        "In a separate incident, Al-Shabaab militants attacked a police post in Mandera "
        "county on Monday, killing three officers, the Kenyan interior ministry said."
    ),
]


def _reading(events: list[EventMessage]) -> list[tuple[object, ...]]:
    return sorted(
        (
            e.event_type,
            tuple(sorted((a.role, a.name) for a in e.actors)),
            tuple(p.name for p in e.locations),
            e.acled.fatalities if e.acled is not None else None,
        )
        for e in events
    )


def _wrapped(body: str, width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in body.split("\n\n"))


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("body", ARTICLES)
def test_a_wrapped_article_tells_the_events_of_the_unwrapped_one(body: str, width: int) -> None:
    wrapped = _wrapped(body, width)
    assert "\n" in wrapped.replace("\n\n", "")
    flat = events_on_a_tuesday(body)
    assert flat
    events = events_on_a_tuesday(wrapped)
    assert _reading(events) == _reading(flat)
    for event in events:
        # the evidence is the wrapped body's own words, at the offsets read
        assert event.evidence.text == wrapped[event.evidence.start : event.evidence.end]


def test_a_line_ending_on_a_preposition_goes_on_before_a_capital() -> None:
    body = (
        "Gunmen killed five farmers in the village of Tsafe in\n"
        "Zamfara state on Monday, police spokesman John Okafor said."
    )
    assert unwrap_lines(body) == body.replace("\n", " ")
    read = [
        (
            e.event_type,
            [p.name for p in e.locations],
            e.acled and e.acled.fatalities,
            e.evidence.text,
        )
        for e in events_on_a_tuesday(body)
    ]
    assert read == [("attack_on_civilians", ["Tsafe", "Zamfara"], 5, body)]


def test_the_unwrapped_text_is_the_body_one_for_one() -> None:
    body = "Gunmen killed five\r\nfarmers in Tsafe.\nPolice said"
    read = examined_text(body)
    assert read == "Gunmen killed five  farmers in Tsafe.\nPolice said"
    assert len(read) == len(body)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a blank line is a paragraph break
        ("killed five farmers in\n\nstate", "killed five farmers in\n\nstate"),
        # a line ending a sentence ends it
        ("Five were killed.\nPolice said", "Five were killed.\nPolice said"),
        # a list item opens its own line, in lower case too
        ("The dead:\n- two soldiers\n- a girl", "The dead:\n- two soldiers\n- a girl"),
        ("Killed in\na) Tsafe\nb) Gusau", "Killed in\na) Tsafe\nb) Gusau"),
        # a body of paragraphs one a line keeps its line ends before capitals
        (
            "Militias deploy in Albu Kamal\nThe fighters arrived on Monday, residents of the"
            " town said, and took positions near the bridge over the river",
            "Militias deploy in Albu Kamal\nThe fighters arrived on Monday, residents of the"
            " town said, and took positions near the bridge over the river",
        ),
    ],
)
def test_real_breaks_stay_breaks(text: str, read: str) -> None:
    assert unwrap_lines(text) == read


def test_a_headline_and_a_dateline_stay_lines_of_their_own() -> None:
    body = (
        "Gunmen kill five farmers in northwest Nigeria\n"
        "GUSAU, Nigeria (Reuters) - Gunmen killed five farmers in the village of\n"
        "Tsafe on Monday, police said, the latest attack on farming communities in\n"
        "Zamfara state, where armed gangs have killed hundreds of people this year."
    )
    read = unwrap_lines(body)
    lines = read.split("\n")
    assert lines[0] == "Gunmen kill five farmers in northwest Nigeria"
    assert lines[1].startswith("GUSAU, Nigeria (Reuters) - Gunmen killed five farmers")
    assert lines[1].endswith("where armed gangs have killed hundreds of people this year.")
    assert len(lines) == 2


def test_a_wrapped_line_before_a_capital_joins_it_in_a_wrapped_body() -> None:
    body = (
        "Security forces said they had arrested three suspects after the attack on\n"
        "Monday night in the market of Gusau, the capital of the state, where\n"
        "Police Commissioner Ahmed Bello told reporters the gunmen came from the\n"
        "forest."
    )
    assert "\n" not in unwrap_lines(body)


# review59: short lines that are no wraps keep their breaks.
def test_a_paragraph_one_a_line_opening_in_lower_case_stays_a_paragraph() -> None:
    body = (
        "Gunmen attacked a police post in Mandera county on Monday, killing three officers.\n"
        "al-Shabaab militants also attacked a village in Lamu county, killing five farmers."
    )
    assert unwrap_lines(body) == body
    read = {(e.event_type, tuple(p.name for p in e.locations)) for e in events_on_a_tuesday(body)}
    assert read == {("armed_clash", ("Mandera",)), ("attack_on_civilians", ("Lamu",))}


def test_rows_of_labels_and_a_list_after_a_colon_stay_lines() -> None:
    table = "Casualties in the attack on the market in Kano\nkilled: 5\nwounded: 12\narrested: 3"
    assert unwrap_lines(table) == table
    assert events_on_a_tuesday(table) == []
    listed = "The dead in the attack on Tsafe included:\nfive police officers"
    assert unwrap_lines(listed) == listed


def test_a_wrapped_line_ending_on_an_abbreviation_goes_on() -> None:
    body = textwrap.fill(
        "Gunmen attacked a convoy near the town of Gao on Monday, killing four soldiers, "
        "according to a statement by the U.S. military command in the region, which said "
        "that the attackers fled north.",
        60,
    )
    assert "U.S.\nmilitary" in body
    assert unwrap_lines(body) == body.replace("\n", " ")


def test_a_line_separator_is_read_by_the_lower_case_rule_alone() -> None:
    # one reading for both line ends: a newline by every rule, a line separator (U+2028) by the
    # word in lower case after it only; every other separator is a newline, one for one
    body = "Gunmen killed five farmers in\nZamfara\u2028state on Monday.\u2028Police said"
    read = unwrap_lines(body)
    assert read == "Gunmen killed five farmers in Zamfara state on Monday.\nPolice said"
    assert len(read) == len(body)
    # after a sentence's end a separator before a word in lower case goes on, a newline in a
    # body of short lines does not
    assert unwrap_lines("the U.S.\u2028military said") == "the U.S. military said"
    assert unwrap_lines("the U.S.\nmilitary said") == "the U.S.\nmilitary said"
    assert unwrap_lines("in Zamfara\u2028 state\u2029The army") == "in Zamfara  state\u2029The army"
