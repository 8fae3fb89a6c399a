"""When an event happened: the day of the act, not of its report; and acts told as a routine,
a tally or history are background (texts written for these tests; published Tuesday 20
February 2024)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import Pipeline


def _events(body: str, *, include_background: bool = False) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 2, 20, 12, tzinfo=dt.UTC)
    )
    return Pipeline(include_background=include_background).extract(article)


def _dates(events: list[EventMessage]) -> set[tuple[str, dt.date]]:
    return {(e.event_type, e.time.date) for e in events}


def test_a_date_on_the_report_verb_is_the_reports_not_the_acts() -> None:
    """The lead's "said on Tuesday" is the day of the telling; the next sentence dates the
    shelling on Sunday, and the one event of the story takes that day."""
    body = (
        "Ten civilians were killed when Houthi rebels shelled a market in Taiz, a rescuer said "
        "on Tuesday.\n\nThe shelling hit the crowded market on Sunday afternoon."
    )
    events = _events(body)
    assert _dates(events) == {("shelling", dt.date(2024, 2, 18))}


def test_a_report_alone_dates_its_act_on_the_reports_day_vaguely() -> None:
    """ "a rescuer said on Monday" and no other day: the act takes the day of the report, with
    precision ``vague`` (a day another sentence gives replaces it); not the day before, a guess
    the article golds of wire stories did not share ("a monitoring group said on Tuesday",
    "the army announced on Sunday": the act is dated to the report's day)."""
    body = (
        "Ten civilians were killed when Houthi rebels shelled a market in Taiz, a rescuer said "
        "on Monday."
    )
    assert {(e.event_type, e.time.date, e.time.precision) for e in _events(body)} == {
        ("shelling", dt.date(2024, 2, 19), "vague")
    }


def test_a_date_before_the_statement_verb_is_the_reports() -> None:
    """ "The UN chief on Monday condemned airstrikes": Monday is the condemnation's; the
    strikes are Sunday night's."""
    body = (
        "The UN chief on Monday condemned airstrikes by the Saudi-led coalition that hit a "
        "wedding in Hajjah province.\n\nSunday night's airstrikes on the wedding in Hajjah "
        "killed over 20 guests."
    )
    assert _dates(_events(body)) == {("airstrike", dt.date(2024, 2, 18))}


def test_an_agency_weekday_dates_the_act() -> None:
    """ "killed 10 civilians ... Friday": a weekday with no preposition is the act's day."""
    body = (
        "Russian air strikes killed 10 civilians in the town of Saraqib in Idlib province Friday."
    )
    assert _dates(_events(body)) == {("airstrike", dt.date(2024, 2, 16))}


def test_acts_at_a_frequency_are_habitual() -> None:
    """ "on a regular basis", "on a near-daily basis", "almost daily": a routine, not one
    occurrence (nor a mention of the lead's strike)."""
    lead = "An Israeli drone strike killed two Hezbollah fighters in Bint Jbeil on Monday."
    for routine in (
        # ("near-daily" alone is read as "almost daily": "on a regular basis" holds the basis rule)
        "Israeli troops and Hezbollah fighters have clashed on a regular basis at the border.",
        "Israeli troops and Hezbollah fighters have clashed on a near-daily basis at the border.",
        "Hezbollah fighters have fired rockets at Israeli positions almost daily.",
    ):
        body = f"{lead} {routine}"
        assert {e.evidence.text for e in _events(body)} == {lead}
        told = [e for e in _events(body, include_background=True) if e.evidence.text == routine]
        assert told and {e.temporal_status for e in told} == {"background"}


def test_a_tally_of_acts_in_the_perfect_is_habitual() -> None:
    """ "have ambushed several army convoys": many acts over a time, not one occurrence; but
    "has killed several people" is a toll of today's act."""
    lead = "Resistance fighters killed four soldiers in an ambush near Monywa on Monday."
    tally = "The militias have ambushed several army convoys on the roads of Sagaing."
    body = f"{lead} {tally}"
    assert {e.evidence.text for e in _events(body)} == {lead}
    told = [e for e in _events(body, include_background=True) if e.evidence.text == tally]
    assert told and {e.temporal_status for e in told} == {"background"}
    toll = "A car bomb has killed several people at a market in Kirkuk, police said."
    assert {(e.event_type, e.temporal_status) for e in _events(toll)} == {
        ("explosive_attack", "current")
    }


def test_years_ago_in_words_is_an_earlier_incident() -> None:
    """ "Some five years ago, the ADF began raiding villages": history, whatever the
    number is spelled as."""
    lead = "ADF rebels killed 12 villagers with machetes in Beni territory on Monday."
    history = "Some five years ago, the ADF began raiding villages, kidnapping hundreds of people."
    body = f"{lead} {history}"
    assert {e.evidence.text for e in _events(body)} == {lead}
    told = [e for e in _events(body, include_background=True) if e.evidence.text == history]
    assert told and {e.temporal_status for e in told} == {"background"}


def test_an_undated_act_takes_the_day_the_story_told_before_it() -> None:
    """The lead dates the raid on Sunday; the next paragraph tells another act with no day of
    its own: it happened on the story's day (Sunday), not on the day of publication, and the
    borrowed day is marked ``vague``."""
    body = (
        "Gunmen raided the village of Tungar Dutse in Zamfara state on Sunday, killing eight "
        "farmers, residents said.\n\nIn the nearby town of Kaura Namoda, soldiers fired on a "
        "crowd of traders, wounding three of them."
    )
    dated = {(e.event_type, e.time.date, e.time.precision) for e in _events(body)}
    assert ("attack_on_civilians", dt.date(2024, 2, 18), "day") in dated
    assert any(
        d == dt.date(2024, 2, 18) and p == "vague" and t != "attack_on_civilians"
        for t, d, p in dated
    ), dated


def test_a_day_guessed_from_a_report_lends_none() -> None:
    """The lead's day is only the report's ("said on Monday": the report's day, a guess): the
    undated act after it keeps the day of publication."""
    body = (
        "Gunmen raided the village of Tungar Dutse in Zamfara state, killing eight farmers, "
        "residents said on Monday.\n\nIn the nearby town of Kaura Namoda, soldiers fired on a "
        "crowd of traders, wounding three of them."
    )
    dated = {(e.event_type, e.time.date) for e in _events(body)}
    assert ("attack_on_civilians", dt.date(2024, 2, 19)) in dated, dated
    assert any(d == dt.date(2024, 2, 20) for _, d in dated), dated


def test_a_date_restating_the_reports_weekday_is_the_reports() -> None:
    """ "announced Tuesday, February 20" and "said Tuesday (February 20)": the month and day
    restate the telling's weekday; the act, told with no day of its own, takes the report's day
    vaguely (not the restated date, as if it were the act's own day)."""
    for telling in ("announced Tuesday, February 20", "said Tuesday (February 20)"):
        body = (
            "Nine soldiers were killed in an ambush by suspected jihadists near Djibo, "
            f"{telling} the army in a statement."
        )
        assert {(e.time.date, e.time.precision) for e in _events(body)} == {
            (dt.date(2024, 2, 20), "vague")
        }, telling


def test_last_night_counts_from_the_reports_day() -> None:
    """Published on Tuesday, a sentence dated by its report on Monday: its "last night" is
    Sunday night, counted from the telling, not Monday night."""
    body = (
        "Two policemen were killed in an attack on a checkpoint in Bannu district late last "
        "night, officials said on Monday."
    )
    assert {(e.event_type, e.time.date) for e in _events(body)} == {
        ("armed_clash", dt.date(2024, 2, 18))
    }


def test_a_sentence_telling_only_a_day_dates_the_act_after_it() -> None:
    """ "Their second sweep was carried out on February 16." tells no act of its own; the act in
    the next sentence, undated, happened on that day, not on the day of publication."""
    body = (
        "The defence ministry gave an account of two sweeps in Tahoua region on its "
        "website.\n\nTheir second sweep was carried out on February 16. Soldiers killed nine "
        "militants who were moving stolen goats near Tillia."
    )
    dated = {(e.event_type, e.time.date, e.time.precision) for e in _events(body)}
    assert ("armed_clash", dt.date(2024, 2, 16), "vague") in dated, dated


def test_an_old_day_in_a_sentence_without_an_act_lends_none() -> None:
    """A sentence that tells no act names a day weeks before publication (a poll's): the act
    after it keeps the day of publication, not the poll's."""
    body = (
        "The presidential poll was held on January 14.\n\nSoldiers killed nine militants who "
        "were moving stolen goats near Tillia."
    )
    dated = {(e.event_type, e.time.date) for e in _events(body)}
    assert ("armed_clash", dt.date(2024, 2, 20)) in dated, dated


def test_a_dateline_of_a_date_and_an_outlet_dates_the_report_not_the_act() -> None:
    """ "February 20 (Valley Courier) ___ Clashes erupted on Monday ...": the dateline's day is
    the day the report was filed; the act is Monday's."""
    events = _events(
        "February 20 (Valley Courier) ___ Clashes erupted on Monday between herders and farmers"
        " in the village of Kaboro in Zamfara State, killing 9 and wounding dozens."
    )
    assert [(e.event_type, e.acled.event_date) for e in events] == [
        ("armed_clash", dt.date(2024, 2, 19))
    ]
