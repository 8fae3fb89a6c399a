"""Agents carried across the sentences of one story (twenty-second round): the one group the
news tells acting, a parent named beside its branch counted once; an accused group is not told
acting; a quoted speaker read as the bomber gives way to the group the act's sentences name
(``named_attackers``); an agentless act takes the state's forces its kind's other acts name
(``sibling_agent``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.events.link.linking import link_drafts
from newsevents.extraction.events.merge.parties.attackers.named_attackers import (
    name_generic_attackers,
)
from newsevents.extraction.events.merge.parties.attackers.sibling_agent import carry_sibling_agents
from newsevents.extraction.pipeline import Pipeline, extract_events

_ON = dt.datetime(2024, 6, 4, 12, tzinfo=dt.UTC)


def _sides(body: str, title: str = "") -> list[tuple[str, str | None]]:
    events = extract_events(ArticleMessage(id="t", title=title, body=body, published_at=_ON))
    return [(e.event_type, e.acled.actor1 if e.acled else None) for e in events]


def test_a_branch_told_beside_its_parent_is_the_militants() -> None:
    body = (
        "According to AFP, fighters belonging to the Islamic State group killed five soldiers"
        " during a raid on a military base in northeastern Nigeria. According to two officers,"
        " gunmen from Islamic State West Africa Province (ISWAP) launched a pre-dawn attack on"
        " Sunday at the Wajiroko camp in Damboa, using trucks and motorcycles. The militants"
        " reportedly set fire to the base and army vehicles. Since 2009, northern Nigeria has"
        " been ravaged by jihadist groups such as Boko Haram."
    )
    sides = dict(_sides(body))
    assert sides["property_destroyed"] == "Islamic State (West Africa)"


def test_a_group_someone_accuses_is_not_the_attacker() -> None:
    body = (
        "Seven people were killed and 16 wounded on Thursday when armed men attacked a village"
        " in South Darfur, a group representing displaced people said. The group accused"
        " members of Arab militias known as Janjaweed of attacking the Habouba village."
    )
    assert _sides(body) == [("attack_on_civilians", "Unidentified Armed Group (Sudan)")]


def _carried(body: str) -> list[tuple[str, str | None]]:
    doc = Pipeline().annotate(
        ArticleMessage(id="t", body=body, published_at="2023-06-01T12:00:00Z")
    )
    drafts = [d for d in link_drafts(doc) if d.temporal_status == "current"]
    return [
        (d.event_type, d.actor1.name if d.actor1 else None)
        for d in carry_sibling_agents(doc, drafts)
    ]


def test_an_agentless_shelling_takes_the_forces_of_the_others() -> None:
    assert _carried(
        "The town of Tyotkino came under shelling on Thursday night, the governor said."
        " Ukrainian forces also shelled the village of Glotovo with artillery."
    ) == [("shelling", "Military Forces of Ukraine"), ("shelling", "Military Forces of Ukraine")]


def test_two_forces_shelling_leave_the_agentless_one_alone() -> None:
    assert _carried(
        "The town of Tyotkino came under shelling on Thursday night, the governor said."
        " Ukrainian forces also shelled the village of Glotovo with artillery. Russian troops"
        " shelled Ukrainian positions near Sumy on Friday."
    )[0] == ("shelling", None)


def test_a_generic_agent_is_not_replaced_by_the_forces() -> None:
    assert _carried(
        "The town of Tyotkino came under shelling by militants on Thursday night. Ukrainian"
        " forces also shelled the village of Glotovo with artillery."
    )[0] == ("shelling", "Unidentified Armed Group (Ukraine)")


def test_a_quoted_speaker_read_as_the_bomber_gives_way_to_the_group_named() -> None:
    doc = Pipeline().annotate(
        ArticleMessage(
            id="t",
            body=(
                "Lieutenant General Saad Harbiyeh said two soldiers were wounded in the Dibis"
                " district on Monday. Harbiyeh indicated that terrorist group ISIS had"
                " detonated a bomb, which they had earlier placed on the road, while the army"
                " vehicle was passing through."
            ),
            published_at="2023-06-01T12:00:00Z",
        )
    )
    drafts = [d for d in link_drafts(doc) if d.temporal_status == "current"]
    agents = {d.event_type: d.actor1 for d in name_generic_attackers(doc, drafts)}
    bomber = agents["explosive_attack"]
    assert bomber is not None and bomber.name == "Islamic State"


def test_an_accusation_of_another_side_does_not_hide_the_group_told_acting() -> None:
    # review43: the accusation is of the army, in its own clause; al-Shabaab is told acting.
    body = (
        "Militants attacked a military base in Bulo Burde on Monday, killing four soldiers.\n\n"
        "Residents, who accuse the army of neglect, said al-Shabaab fighters stormed the base"
        " at dawn."
    )
    sides = dict(_sides(body))
    assert sides["armed_clash"] == "Al Shabaab"


def test_a_named_group_of_another_act_is_not_carried_to_an_agentless_one() -> None:
    # review43: sibling_agent carries a state's forces only (186c21b0) had no test; a group
    # read from another act of the kind came in from its context as often as not
    assert _carried(
        "The town of Tyotkino came under shelling on Thursday night, the governor said."
        " Hezbollah fighters also shelled the village of Glotovo with rockets."
    )[0] == ("shelling", None)


@pytest.mark.xfail(
    strict=True,
    reason="held back (docs/rounds/42.md): dropping an agent carried from a habitual or standing"
    " act cost the tuned parts more right agents than it gained",
)
def test_the_group_of_similar_past_attacks_is_not_the_news_bomber() -> None:
    """A group named as the author of past attacks lends no agent to the news told after it
    (forty-second round)."""
    body = (
        "A suicide bomber blew himself up in a crowded market in Baghdad's Sadr City on"
        " Thursday, killing at least 25 people, Iraqi officials said. No group immediately"
        " claimed responsibility, but the Islamic State group has carried out similar attacks"
        " in the past. The attack was the deadliest in the capital in three years."
    )
    assert _sides(body) == [("suicide_bombing", "Unidentified Armed Group (Iraq)")]
