"""Tolls of the thirty-ninth round at the event: the wordings of the dead the text stage now
reads (text/deaths) reach the event told with them, once."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, fatalities


@pytest.mark.parametrize(
    ("body", "event_type", "toll"),
    [
        # an aside in brackets after the count
        (
            "At least 20 (some reports say 30) have been killed in clashes between two clans"
            " near Wajir.",
            "armed_clash",
            20,
        ),
        # a group's name in capitals inside the subject
        (
            "Two suspected Kuki Valley Front members were killed in an encounter with police"
            " near Imphal.",
            "armed_clash",
            2,
        ),
        # a time between the auxiliary and its verb
        (
            "Two men were on Tuesday evening shot dead by suspected raiders in Kasses village.",
            "attack_on_civilians",
            2,
        ),
        # the dead told as a group already named
        (
            "Gunmen stopped the bus near Mandera and killed all 12 passengers.",
            "attack_on_civilians",
            12,
        ),
        # the participle of a shooting of one
        (
            "Gunmen stormed the house of a journalist in Kitale before shooting him dead.",
            "attack_on_civilians",
            1,
        ),
        # both of two told before
        (
            "A mob beat two suspected thieves in Mombasa. Both died on the way to hospital.",
            "mob_violence",
            2,
        ),
        # a body found, and a body found after the toll of the same dead (counted once)
        (
            "The local councillor was abducted by gunmen in Kabarnet. His body was found five"
            " days later.",
            "attack_on_civilians",
            1,
        ),
        (
            "A man was shot dead by gunmen in Alpha on Monday. His body was found in a ditch.",
            "attack_on_civilians",
            1,
        ),
        # the present of notes with the group of the dead
        (
            "Three members of the same family are killed in an attack in Salima village.",
            "attack_on_civilians",
            3,
        ),
        # a "who" clause of another verb
        (
            "A chief who went missing on Tuesday was found dead in a bush at Olmoran, police said.",
            "attack_on_civilians",
            1,
        ),
        # "he died" in the clause after the act
        (
            "A man was attacked by a mob at a market near Maua. The police intervened, but he"
            " died shortly afterwards.",
            "mob_violence",
            1,
        ),
        # a note's label of its total
        ("Post-election riots broke out in Kuresoi. FATALITIES: 15", "riot", 15),
        # animals killed are no dead
        (
            "Militants attacked Nacoba village, burned down 20 huts and killed 15 livestock"
            " before being repelled by soldiers.",
            "armed_clash",
            0,
        ),
    ],
)
def test_the_toll_reaches_its_event(body: str, event_type: str, toll: int) -> None:
    events = events_of(body)
    assert [e.event_type for e in events] == [event_type]
    assert fatalities(events[0]) == toll
