"""The twenty-third round's toll wordings read by a reviewer (review43b): the kinsman after
"and" who is the subject of a clause of his own ("and his son was injured") is no second dead;
a killing threatened, tried or nearly done ("threatened to stone to death two suspects") is no
toll; a kinsman's killing a suspect is charged with ("charged with killing his wife") is the
crime charged, not a death of the report."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_the_kinsman_of_a_clause_of_his_own_is_no_second_dead() -> None:
    assert _deaths("Gunmen killed a trader and his son was seriously injured.") == [1.0]
    assert _deaths("Bandits shot dead a herder and his son escaped unhurt.") == [1.0]
    assert _deaths("Raiders killed a farmer and his wife survived the attack.") == [1.0]
    # the kinsman as the second object still counts
    assert _deaths("Gunmen killed a farmer and his wife in their home at Kadu.") == [2.0]


def test_a_killing_threatened_or_tried_is_no_toll() -> None:
    assert _deaths("The mob threatened to stone to death two suspects in Kisii.") == []
    assert _deaths("Villagers nearly burnt alive two suspected thieves in Kisii.") == []
    assert _deaths("The crowd tried to beat two suspects to death before police came.") == []
    # done, in a headline's present or the past, it is one
    assert _deaths("Residents stone to death two suspected thieves in Kisii.") == [2.0]
    assert _deaths("Villagers beat two suspected thieves to death in Kisii.") == [2.0]


def test_the_killing_a_suspect_is_charged_with_is_no_toll() -> None:
    assert _deaths("Police in Nakuru arrested a man charged with killing his wife.") == []
    assert _deaths("Police said he was wanted over killing his father.") == []
    assert _deaths("A man killed his wife in Nakuru on Sunday.") == [1.0]


def test_a_warrant_or_a_contract_executed_is_no_toll() -> None:
    assert _deaths("Detectives execute a search warrant at a house in Nairobi.") == []
    assert _deaths("The agency executes two contracts a year with the ministry.") == []
    assert _deaths("Officers executed a search warrant in Kisumu.") == []
    # people executed are the dead
    assert _deaths("Jihadists execute a village chief in Mopti.") == [1.0]
    assert _deaths("Islamic State executes three men accused of spying.") == [3.0]
