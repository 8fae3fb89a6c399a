"""Background told as a habit, a recurrence, a purpose or a speaker's ignorance (seventeenth
round; texts written for these tests, published Tuesday 20 February 2024, the lead's air
strike on Monday): none of them is published as news, and the same acts told on a day of
their own stay news."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday, told_in

NEWS = (
    "Syrian warplanes struck the town of Saraqib in Idlib province on Monday, killing five "
    "civilians."
)


def _kept(sentence: str) -> list[tuple[str, str, str]]:
    """Type, temporal status and modality of the events told in ``sentence`` after the lead,
    background and non-asserted ones kept."""
    events = events_on_a_tuesday(f"{NEWS} {sentence}", include_background=True)
    return [(e.event_type, e.temporal_status, e.modality) for e in told_in(events, sentence)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The town of Ariha has been subjected to daily attacks by government forces.", None),
        ("Fighting has raged around the town of Kafr Nabl for at least three weeks.", None),
        (
            "Recent months have seen the army retake dozens of villages in the south of Idlib.",
            "territory_regained",
        ),
        ("The rebels have continued to shell government-held villages in Hama.", "shelling"),
        ("Checkpoints in the town of Ariha are usually attacked by rebels at night.", None),
        ("Residents said it was the fourth time gunmen had attacked the market in Ariha.", None),
        (
            "Government forces have killed and injured thousands of people in Ariha by "
            "shelling its markets.",
            "shelling",
        ),
        ("The drone operations from the base have mainly targeted the rebels in Ariha.", None),
        ("The market of Ariha had been quiet since Friday, when rebels shelled it.", "shelling"),
    ],
)
def test_an_act_told_as_a_habit_or_a_recurrence_is_background(
    sentence: str, kind: str | None
) -> None:
    published = events_on_a_tuesday(f"{NEWS} {sentence}")
    assert [e.event_type for e in published] == ["airstrike"]
    kept = _kept(sentence)
    assert kept, "the act is read, and kept apart from the news"
    assert {status for _type, status, _modality in kept} == {"background"}
    if kind is not None:
        assert kind in {event_type for event_type, _status, _modality in kept}


@pytest.mark.parametrize(
    ("sentence", "kind", "modality"),
    [
        (
            "The army sent reinforcements to Ariha in a bid to recapture the town of Kafr Nabl.",
            "territory_regained",
            "planned",
        ),
        (
            "The army launched an offensive on Ariha aimed at halting rocket fire on the city.",
            "shelling",
            "planned",
        ),
        (
            "Rebels in Hama are preparing attacks on army positions near Ariha.",
            "armed_clash",
            "planned",
        ),
        ("The governor said he was unaware of any arrests in Ariha.", "arrest", "denied"),
    ],
)
def test_an_act_told_as_a_purpose_or_unknown_is_not_asserted(
    sentence: str, kind: str, modality: str
) -> None:
    published = events_on_a_tuesday(f"{NEWS} {sentence}")
    assert kind not in {e.event_type for e in told_in(published, sentence)}
    assert (kind, modality) in {(t, m) for t, _status, m in _kept(sentence)}


def test_what_is_done_in_a_bid_to_do_more_is_news() -> None:
    sentence = "The army sent reinforcements to Ariha in a bid to recapture the town of Kafr Nabl."
    published = told_in(events_on_a_tuesday(f"{NEWS} {sentence}"), sentence)
    assert [e.event_type for e in published] == ["deployment"]
    assert "Ariha" in {loc.name for e in published for loc in e.locations}


@pytest.mark.parametrize(
    "sentence",
    [
        "Government forces continued to shell Ariha on Monday, killing two soldiers.",
        "On Monday, rebels shelled the town of Ariha, killing two soldiers.",
    ],
)
def test_the_same_acts_on_a_day_of_their_own_are_news(sentence: str) -> None:
    published = told_in(events_on_a_tuesday(f"{NEWS} {sentence}"), sentence)
    assert [e.event_type for e in published] == ["shelling"]
    assert {(e.time.date.isoformat(), e.time.precision) for e in published} == {
        ("2024-02-19", "day")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Government forces also kept up their constant shelling of the town of Ariha, "
        "residents said.",
        "Rebels kept up their relentless shelling of the town of Ariha in Hama province.",
    ],
)
def test_a_campaign_told_by_its_intensity_is_news(sentence: str) -> None:
    """Not a frequency: "constant" and "relentless" tell how hard, and the campaign may be the
    news itself."""
    published = told_in(events_on_a_tuesday(f"{NEWS} {sentence}"), sentence)
    assert [e.event_type for e in published] == ["shelling"]
    assert "Ariha" in {loc.name for e in published for loc in e.locations}


def test_an_act_named_further_inside_a_purpose_happened() -> None:
    """The purpose reaches the act right after it ("the rescue"), not the pupils' abduction."""
    sentence = "Police deployed a team to Ariha to ensure the rescue of the abducted pupils."
    published = told_in(events_on_a_tuesday(f"{NEWS} {sentence}"), sentence)
    assert "abduction" in {e.event_type for e in published}
    assert {e.modality for e in published if e.event_type == "abduction"} == {"asserted"}
