"""Thirty-fifth round, tolls55: the article's dead as a user adding up its events receives them.

Two rules of how a toll is read. (1) One count of the dead told once in the text is the toll of
one published event only, however many events read its sentence (``one_owner``). (2) A count
told as a stretch's running total ("since the start of the offensive", "this month", "the death
toll of the week", "over the past four days", "Since then, ...") is no act's toll, nor an update
of the day's toll, when the article told a count of the dead before it (``period_tallies``); a
report that opens with the stretch's tally reports the stretch and keeps it.
Near misses: a toll update of the day's act ("the toll later rose to 12"), "fighting since
Wednesday", "the deadliest attack since 2019", a truce "in place since March", two acts each
told with its own dead, the dead told since the blast. Each article is written for these tests
(wire, SOHR, SANA, Anadolu, AFP, Kenyan, Nigerian styles), with its commas and without them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import Article, EventMessage
from newsevents.extraction.document import QuantityMention, Sentence, Span
from newsevents.extraction.output.tolls.counted_once.period_tallies import tallies_a_period
from newsevents.extraction.pipeline import Pipeline


def _events(body: str, title: str = "") -> list[EventMessage]:
    article = Article(
        id="t", title=title, body=body, published_at=dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
    )
    return Pipeline().extract(article)


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


def _tolls(events: list[EventMessage]) -> list[tuple[str, str | None, int]]:
    return [
        (e.event_type, e.locations[0].name if e.locations else None, e.acled.fatalities)
        for e in events
    ]


def _total(events: list[EventMessage]) -> int:
    return sum(e.acled.fatalities for e in events)


# --- (1) one count, one event -------------------------------------------------------------


_KILIS = (
    "At least 20 people were killed in the Turkish border town of Kilis when rockets fired from "
    "Syria fell on the town, Anadolu Agency reported. Turkish jets then struck Daesh positions "
    "near the border."
)


@pytest.mark.parametrize("body", _both(_KILIS))
def test_anadolu_rockets_dead_are_not_also_the_jets_answer(body: str) -> None:
    events = _events(body)
    assert _total(events) == 20
    assert ("shelling", "Kilis", 20) in _tolls(events)


_ONE_SENTENCE_TWO_ACTS = (
    "Police shot dead two protesters in Nairobi on Tuesday, witnesses said. The number of "
    "protesters killed by police this week rose to 11, a rights group said."
)


@pytest.mark.parametrize("body", _both(_ONE_SENTENCE_TWO_ACTS))
def test_kenyan_week_tally_is_no_second_repression(body: str) -> None:
    events = _events(body)
    assert _total(events) == 2
    assert [e.acled.fatalities for e in events if e.event_type == "protest_repressed"] == [2]


_SANA_ROUNDUP = (
    "Terrorists fired rocket shells on al-Midan neighborhood in Aleppo city, killing two "
    "civilians, a police source said. Later, terrorists targeted al-Hamadaniyeh neighborhood "
    "with mortar shells, killing three people."
)


@pytest.mark.parametrize("body", _both(_SANA_ROUNDUP))
def test_sana_two_acts_each_keep_their_own_dead(body: str) -> None:
    tolls = _tolls(_events(body))
    assert ("shelling", "al-Midan", 2) in tolls
    assert ("shelling", "al-Hamadaniyeh", 3) in tolls


_ONDO = (
    "Gunmen stormed a church in Ondo state and killed 22 worshippers on Sunday, officials said. "
    "Soldiers later clashed with the gunmen near Owo and killed four of them."
)


@pytest.mark.parametrize("body", _both(_ONDO))
def test_nigerian_attack_and_the_armys_clash_each_keep_their_count(body: str) -> None:
    events = _events(body)
    assert _total(events) == 26
    assert ("armed_clash", "Owo", 4) in _tolls(events)


_FUNERAL = (
    "A suicide bomber killed 12 mourners at a funeral in Afghanistan on Sunday, officials said. "
    "The blast hit the graveyard in the village of Kama in Nangarhar province."
)


@pytest.mark.parametrize("body", _both(_FUNERAL))
def test_wire_lead_at_the_country_and_body_at_the_village_count_once(body: str) -> None:
    events = _events(body)
    assert _total(events) == 12
    assert ("suicide_bombing", "Kama", 12) in _tolls(events)


_BUS = (
    "Al-Shabaab militants ambushed a bus near Mandera on Saturday and killed 28 passengers, then "
    "set the vehicle ablaze, police said."
)


@pytest.mark.parametrize("body", _both(_BUS))
def test_kenyan_ambush_and_burning_count_28_once(body: str) -> None:
    assert _total(_events(body)) == 28


_BANDITS = (
    "Bandits invaded Kadisau village in Faskari on Tuesday and killed 15 people, abducting 20 "
    "others, police said."
)


@pytest.mark.parametrize("body", _both(_BANDITS))
def test_nigerian_raid_dead_are_not_the_abductions(body: str) -> None:
    events = _events(body)
    assert _total(events) == 15
    assert all(e.acled.fatalities == 0 for e in events if e.event_type == "abduction")


_SHELLED_STORMED = (
    "Troops shelled and then stormed the village of Kafr Nabuda in Hama on Friday, killing 11 "
    "rebels, the Observatory said."
)


@pytest.mark.parametrize("body", _both(_SHELLED_STORMED))
def test_sohr_shelling_and_assault_of_one_sentence_count_11_once(body: str) -> None:
    events = _events(body)
    assert _tolls(events) == [("shelling", "Kafr Nabuda", 11), ("armed_clash", "Kafr Nabuda", 0)]


_CLASH_STRIKE = (
    "Government forces clashed with rebels in Daraya on Monday as warplanes struck the town, "
    "killing 15 fighters, the monitor said."
)


@pytest.mark.parametrize("body", _both(_CLASH_STRIKE))
def test_afp_clash_and_strike_keep_two_events_and_one_toll(body: str) -> None:
    events = _events(body)
    assert sorted(e.event_type for e in events) == ["airstrike", "armed_clash"]
    assert _total(events) == 15
    assert [e.acled.fatalities for e in events if e.event_type == "airstrike"] == [15]


_KAGARA = (
    "Gunmen stormed a school in Kagara in Niger State on Wednesday, killing a student and "
    "abducting 27 others, officials said."
)


@pytest.mark.parametrize("body", _both(_KAGARA))
def test_nigerian_school_raid_counts_the_student_once(body: str) -> None:
    # the 27 taken stay in the raid's note: one attack (forty-second round)
    events = _events(body)
    assert [(e.event_type, e.acled.fatalities) for e in events] == [("attack_on_civilians", 1)]


_FENI = (
    "On 4 August 2024, student demonstrators clashed with police and ruling party activists in "
    "Feni town. 5 people were killed when police opened fire on the demonstrators."
)


@pytest.mark.parametrize("body", _both(_FENI))
def test_bangladeshi_note_riot_keeps_its_dead(body: str) -> None:
    assert _tolls(_events(body)) == [("riot", "Feni", 5)]


_KIBERA = (
    "Residents of Kibera in Nairobi protested on Monday over the killing of a trader. Police "
    "shot dead one protester, witnesses said."
)


@pytest.mark.parametrize("body", _both(_KIBERA))
def test_kenyan_protest_and_the_shooting_count_one_dead(body: str) -> None:
    assert _total(_events(body)) == 1


# --- (2) a stretch's running total is no act's toll ---------------------------------------


_WEEK = (
    "Air strikes killed six people in Maarat al-Numan on Saturday, the monitor said. The death "
    "toll of the week rose to 40 in the province, it said."
)


@pytest.mark.parametrize("body", _both(_WEEK))
def test_sohr_toll_of_the_week_is_no_update_of_the_strike(body: str) -> None:
    assert [e.acled.fatalities for e in _events(body)] == [6]


_MONTH = (
    "A roadside bomb killed three soldiers in Kunar on Monday, officials said. This month's toll "
    "for the army in the province rose to 27."
)


@pytest.mark.parametrize("body", _both(_MONTH))
def test_afghan_months_toll_is_no_update_of_the_bombing(body: str) -> None:
    assert [e.acled.fatalities for e in _events(body)] == [3]


_BRINGING = (
    "Gunmen killed five villagers in Kajuru on Sunday, bringing to 43 the number of people "
    "killed in the area this month, police said."
)


@pytest.mark.parametrize("body", _both(_BRINGING))
def test_nigerian_act_keeps_its_five_beside_the_months_tally(body: str) -> None:
    assert [e.acled.fatalities for e in _events(body)] == [5]


_SINCE_THEN = (
    "Boko Haram fighters attacked Gwoza on Monday, killing 10 villagers. Since then, the "
    "militants have killed 30 more people in nearby villages."
)


@pytest.mark.parametrize("body", _both(_SINCE_THEN))
def test_since_then_is_a_stretch_not_more_dead_of_the_attack(body: str) -> None:
    assert _total(_events(body)) == 10


_OFFENSIVE = (
    "The bombardment of Eastern Ghouta has killed 120 civilians since the start of the "
    "offensive, the Observatory said on Wednesday."
)


@pytest.mark.parametrize("body", _both(_OFFENSIVE))
def test_sohr_report_of_the_stretch_alone_keeps_its_tally(body: str) -> None:
    """A report that opens with the stretch's tally reports the stretch (as a monitor codes
    a note of a period): the tally stays its toll."""
    assert _total(_events(body)) == 120


_STRETCH_HEADLINE = (
    "Health officials have reported that 84 people have been killed over a four-day stretch of "
    "intensified shelling in Eastern Ghouta near Damascus, the World Health Organization said."
)


@pytest.mark.parametrize("body", _both(_STRETCH_HEADLINE))
def test_ap_stretch_report_and_its_headline_count_84_once(body: str) -> None:
    events = _events(body, title="84 killed in Syria's Eastern Ghouta, UN says")
    assert _total(events) == 84


_DAY_THEN_STRETCH = (
    "Regime shelling killed five civilians in Douma on Wednesday, the Observatory said. Health "
    "officials have reported that 84 people have been killed over a four-day stretch of "
    "shelling in Eastern Ghouta, the World Health Organization said."
)


@pytest.mark.parametrize("body", _both(_DAY_THEN_STRETCH))
def test_who_stretch_after_the_days_dead_is_no_act_toll(body: str) -> None:
    assert _total(_events(body)) == 5


# --- near misses: the act's own toll stays -------------------------------------------------


_UPDATE = (
    "A car bomb exploded in the city of Homs on Monday, killing eight people, SANA said. The "
    "death toll from the terrorist bombing later rose to 12, the agency said."
)


@pytest.mark.parametrize("body", _both(_UPDATE))
def test_sana_toll_update_of_the_day_replaces_the_first_figure(body: str) -> None:
    assert [e.acled.fatalities for e in _events(body)] == [12]


_SINCE_BLAST = (
    "A bomb ripped through a market in the town of Jamrud on Friday, killing 9 people. Three "
    "more have died since the blast, bringing the toll to 12."
)


@pytest.mark.parametrize("body", _both(_SINCE_BLAST))
def test_dead_since_the_blast_are_the_blasts(body: str) -> None:
    assert _total(_events(body)) == 12


@pytest.mark.parametrize(
    ("sentence", "count", "period"),
    [
        ("Fighting since Wednesday in Tawergha has left 28 dead, a doctor said.", "28 dead", False),
        (
            "A car bomb killed 30 people in Azaz on Sunday, the deadliest attack since 2019.",
            "killed 30",
            False,
        ),
        (
            "Air strikes killed 12 civilians in Saraqib on Tuesday despite a truce in place since "
            "March, the monitor said.",
            "killed 12",
            False,
        ),
        (
            "Rebels killed 12 soldiers in an ambush near Hama, activists said.",
            "killed 12",
            False,
        ),
        (
            "Over the past four days, 80 civilians have been killed in the province.",
            "80 civilians have been killed",
            True,
        ),
        (
            "The strikes have killed 120 people since the start of the offensive.",
            "killed 120",
            True,
        ),
        (
            "The Observatory said 213 civilians have been killed in and around Aleppo since a "
            "truce collapsed.",
            "213 civilians have been killed",
            True,
        ),
        (
            "Gunmen have killed more than 200 people in Zamfara this year.",
            "killed more than 200",
            True,
        ),
        ("The death toll of the week rose to 40.", "death toll of the week rose to 40", True),
        (
            "Since then, clashes in the area have left 14 dead.",
            "14 dead",
            True,
        ),
    ],
)
def test_a_count_is_a_periods_tally(sentence: str, count: str, period: bool) -> None:
    for text in _both(sentence):
        at = text.index(count.replace(",", ""))
        quantity = QuantityMention(
            span=Span(at, at + len(count)), text=count, kind="count", value=1.0, unit="fatalities"
        )
        told = Sentence(index=0, span=Span(0, len(text)), text=text, paragraph=0)
        assert tallies_a_period(quantity, told) is period, text
