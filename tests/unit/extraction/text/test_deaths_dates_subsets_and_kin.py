"""Death tolls of the forty-first round (toll61), read from the text: each test is a short
sentence of my own in the voice of an agency wire or a monitor's note, asserting the toll read
and, where the event matters, the toll of the article's event."""

from __future__ import annotations

import pytest

from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import event_tolls, events_of


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # the day of the wound told inside the words of the one who died of it
        (
            "A man who was injured in a clash with police on Saturday died at a hospital on "
            "Sunday.",
            1,
        ),
        (
            "A local leader of the party, who was injured in a clash with police on Saturday "
            "night, died at a hospital in the capital on Sunday.",
            1,
        ),
        ("A man was on Sunday shot dead in Kisumu.", 1),
    ],
)
def test_a_date_inside_the_words_of_one_dead_is_no_count_of_them(body: str, deaths: int) -> None:
    assert event_tolls(body) == [deaths]


def test_a_date_that_holds_the_count_still_blocks_it() -> None:
    # "Dec 28 2015" is a date, and "28" no toll: only the two are
    assert event_tolls("Dec 28 2015 Two civilians killed in Homs.") == [2]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        ("12 Sep. 4 killed by armed men in the Tana delta.", 4),
        ("01 Oct. 7 people killed in an attack on a village by a clan militia.", 7),
    ],
)
def test_a_count_after_a_day_told_before_its_month_is_no_day(body: str, deaths: int) -> None:
    assert event_tolls(body) == [deaths]
    # the day is the one told before the month, not the count after it
    assert [e.acled.event_date.day for e in events_of(body) if e.acled][:1] == [
        int(body.split()[0])
    ]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        ("Four people, including two policemen, were shot dead and six others injured.", 4),
        (
            "At least nine suspected Baloch separatist militants, including three commanders, "
            "were killed while five others were arrested.",
            9,
        ),
        (
            "17 suspected militants from different groups including the TTP and foreigners were "
            "killed in air strikes.",
            17,
        ),
    ],
)
def test_a_subset_named_inside_a_longer_subject(body: str, deaths: int) -> None:
    assert _deaths(body) == [float(deaths)]


def test_the_wounded_or_a_time_after_the_count_are_no_subject_of_a_subset() -> None:
    assert _deaths("Four people, including two policemen, were shot and wounded.") == []


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # the crime a suspect is held, charged or punished for is no toll of the act
        ("Residents lynched two robbers who were accused of killing three people.", [2.0]),
        ("Police killed three men suspected of murdering a local chief in Kanyagia.", [3.0]),
        ("2 fighters (who were accused of killing 5 people) were shot dead by police.", [2.0]),
        ("Residents protested the release of three men suspected to have killed a driver.", []),
        ("A woman who was sentenced to death for killing her husband was freed.", []),
    ],
)
def test_the_crime_of_a_suspect_is_no_toll(body: str, deaths: list[float]) -> None:
    assert _deaths(body) == deaths


def test_an_accusation_that_reports_the_act_stays() -> None:
    assert _deaths("Police were accused of killing five protesters in Kisumu.") == [5.0]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        ("The DSP of the central jail, and his brother were shot dead by gunmen.", 2),
        ("A policeman who worked for the bomb squad and his mother were killed.", 2),
        ("1 Taliban commander and his guard were killed by a roadside bomb.", 2),
        (
            "1 civilian, a member of the provincial council, and his 2 bodyguards were killed.",
            3,
        ),
        ("The driver of a truck and his helper were killed as assailants hurled a bomb.", 2),
        ("An alleged commander and his three accomplices were killed in a raid.", 4),
        ("One mother and her child have died after a bomb hit their home.", 2),
        ("A farmer and his 9-year-old daughter died when gunmen opened fire.", 2),
    ],
)
def test_one_and_his_kin_in_the_passive(body: str, deaths: int) -> None:
    assert sum(_deaths(body)) == deaths


def test_kin_wounded_or_dead_in_a_clause_of_their_own_are_no_second_dead() -> None:
    assert _deaths("The police chief and his deputy were wounded in the attack.") == []
    assert _deaths("A man and his son who died in the war were remembered.") == []


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        ("Two police officers from an anti-narcotics unit were killed in a blast.", 2),
        ("Two children from a poor family were killed when their house was set on fire.", 2),
    ],
)
def test_an_article_inside_the_subject_is_no_one_dead(body: str, deaths: int) -> None:
    assert _deaths(body) == [float(deaths)]
    assert event_tolls(body) == [deaths]


def test_an_article_of_a_subject_in_the_passive_is_still_one() -> None:
    assert _deaths("The man was seized by a mob and killed.") == [1.0]
    assert _deaths("In a village near Kisumu, a man was shot dead.") == [1.0]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        ("Youth stone suspected thief to death", [1.0]),
        ("Police arrest and beat man to death in a cell", [1.0]),
        ("Mob kills suspected robber", [1.0]),
        ("Residents lynch robber", [1.0]),
        # threatened, not done
        ("Villagers threatened to beat man to death.", []),
    ],
)
def test_one_told_without_an_article_in_notes_and_headlines(body: str, deaths: list[float]) -> None:
    assert _deaths(body) == deaths


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        (
            "Residents staged a protest demanding the arrest of those who killed two children "
            "on Sunday.",
            0,
        ),
        ("Hundreds rioted in the city against the twin attacks on churches that left 17 dead.", 0),
        ("Locals held a sit-in in protest against the blast that killed two persons.", 0),
        ("Members staged a march in remembrance of the deaths of 44 farm workers.", 0),
        # a strike, raid or shelling a crowd answers (review62)
        ("Thousands protested in Sanaa against the air strikes that killed 40 at a wedding.", 0),
        ("Hundreds marched in Ghazni against the night raid that killed 12 civilians.", 0),
        ("Residents rallied in Idlib to condemn the shelling that killed 9 children.", 0),
        # the crowd's own dead stay its toll
        ("Police shot dead two protesters at a rally against the attacks on churches.", 2),
    ],
)
def test_the_dead_a_crowd_answers_are_not_its_toll(body: str, deaths: int) -> None:
    assert event_tolls(body)[:1] == [deaths]


def test_the_month_of_a_date_with_a_slash_is_no_count() -> None:
    body = "Police on 11/04 shot dead two suspects in an incident that left an officer injured."
    assert _deaths(body) == [2.0]


def test_an_age_told_in_years_abbreviated_is_one_person() -> None:
    assert _deaths("5 yr old child was shot dead during a raid on a farm.") == [1.0]


def test_an_accusation_that_names_the_killers_reports_the_act() -> None:
    body = "A rights group accused the army of shooting dead two civilians on a road."
    assert _deaths(body) == [2.0]


def test_one_told_back_by_the_age_alone_is_no_second_dead() -> None:
    body = (
        "A boy who suffered burns in an arson attack on a bus on Tuesday died in hospital on "
        "Thursday. The 11-year-old succumbed to his burn injuries in the burn unit."
    )
    assert _deaths(body) == [1.0]
    assert event_tolls(body)[:1] == [1]
    # told first by the age, it is the toll
    assert _deaths("The 11-year-old was shot dead in Kibera.") == [1.0]


def test_a_force_accused_of_a_killing_in_a_headline_reports_the_act() -> None:
    assert _deaths("Kenyan police accused of killing 5 protesters in Kisumu") == [5.0]


# review62: the forty-first round's wordings on wire copy of other countries


@pytest.mark.parametrize(
    "body",
    [
        # "the" is one only when the kin are his or hers: a family, a group with their kin
        "The family and their driver were killed in an air strike in Saada.",
        "The gunmen and their driver were killed by soldiers in Borno state.",
        "The militants and their guards were killed in a drone strike in Shabwa.",
    ],
)
def test_the_of_a_group_and_their_kin_is_no_one_dead(body: str) -> None:
    assert 2.0 not in _deaths(body)


def test_the_one_and_his_kin_stay_two() -> None:
    assert _deaths("The journalist and his driver were killed in an air strike.") == [2.0]


def test_the_crime_of_a_suspect_told_in_the_subject_is_no_toll() -> None:
    # the crime's victims are no subject of "were lynched": the suspects are the dead
    assert _deaths("Two men suspected of killing a trader were lynched by a mob in Kisii.") == [2.0]
    # (a subject with a "who" clause is not read; its crime's count is no toll either)
    for body in (
        "Two men who were accused of killing five people were lynched by a mob in Garissa.",
        "Four suspects arrested for murdering a chief were shot dead while trying to escape.",
    ):
        assert not {1.0, 5.0} & set(_deaths(body))


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the wounded who later died, counted (lead, after review62): the count heads them
        ("Three policemen injured in a blast on Sunday died in hospital on Monday.", [3.0]),
        ("Three policemen were injured in a blast on Sunday and later died in hospital.", [3.0]),
        (
            "Two civilians who were wounded in an air strike on the town died of their wounds.",
            [2.0],
        ),
        ("Three policemen, injured in the blast, died in hospital.", [3.0]),
        ("A man injured in a blast on Sunday died.", [1.0]),
        # what must not move: the wounded apart from the dead, one of them, one told alone
        ("Five soldiers were wounded in the attack and two civilians died.", [2.0]),
        ("Four people injured in the attack were taken to hospital where one died.", [1.0]),
        ("Meanwhile in a nearby village a man died.", [1.0]),
        ("Six people were injured in the blast on Sunday.", []),
    ],
)
def test_the_wounded_who_later_died_are_counted(text: str, deaths: list[float]) -> None:
    assert _deaths(text) == deaths


def test_the_wounded_who_later_died_are_the_event_toll() -> None:
    body = (
        "A bomb exploded near a police station in Kismayo on Sunday. Three policemen injured in "
        "the blast later died in hospital, police said."
    )
    assert event_tolls(body) == [3]
