"""Money with ISO 4217 codes and the USD figure the text gives; counts of people and things."""

from __future__ import annotations

from newsevents.extraction.text.dates import find_dates
from newsevents.extraction.text.numbers import number_value
from newsevents.extraction.text.quantities import find_quantities
from tests.unit.helpers import document


def _quantities(text: str) -> list[tuple[str, float, str, float | None, bool, bool]]:
    doc = document(text)
    find_dates(doc)
    find_quantities(doc)
    return [
        (q.kind, q.value, q.unit, q.usd_value, q.upper_bound, q.approximate) for q in doc.quantities
    ]


def test_local_currency_with_usd_in_brackets() -> None:
    """One amount, its currency and the text's own USD figure."""
    got = _quantities("They pay fighters up to 200,000 Syrian pounds ($390) per month.")
    assert got == [("money", 200000.0, "SYP", 390.0, True, False)]


def test_dollar_amounts_with_multipliers() -> None:
    """ "$2.5 million" is 2,500,000 USD."""
    assert _quantities("The fund gave $2.5 million to the town.") == [
        ("money", 2500000.0, "USD", None, False, False)
    ]


def test_counts_and_vague_counts() -> None:
    """Digits, number words and "dozens" (approximate)."""
    got = _quantities(
        "Police arrested 14 protesters and dozens of students; two new detachments formed."
    )
    assert ("count", 14.0, "protesters", None, False, False) in got
    assert ("count", 12.0, "students", None, False, True) in got
    assert ("count", 2.0, "detachments", None, False, False) in got


def test_day_of_month_is_not_a_count() -> None:
    """ "February 9 shows" is a date, not nine shows."""
    assert _quantities("A video posted on February 9 shows fighters.") == []


def _deaths(text: str) -> list[float]:
    return [value for _, value, unit, *_ in _quantities(text) if unit == "fatalities"]


def test_death_wordings_beyond_killed_n() -> None:
    """Self-written tolls: coded totals, "the death of", pronouns, named victims, "to death"."""
    assert _deaths("Shops were looted. Unknown fatalities coded as 10.") == [10.0]
    assert _deaths("Police fired on the crowd, leading to the death of one protester.") == [1.0]
    assert _deaths("A guard fired back, killing him.") == [1.0]
    assert _deaths("Gunmen killed the village head of Alpha on Monday.") == [1.0]
    assert _deaths("A mob beat a young thief to death.") == [1.0]
    assert _deaths("Rebels tortured two farmers to death.") == [2.0]
    assert _deaths("1 guard was shot and killed at the gate.") == [1.0]
    assert _deaths("A herder was fatally stabbed by cattle thieves.") == [1.0]
    assert _deaths("Two guards were strangled to death in their cell.") == [2.0]
    assert _deaths("In the raid four rebels and two policemen were killled.") == [6.0]  # typo
    assert _deaths("Seven soldiers and allied fighters were reportedly killed.") == [7.0]
    assert _deaths("40 ISWAP/BH fighters were killed.") == [40.0]


def test_two_tolls_of_one_clause_add_up_and_injuries_do_not_count() -> None:
    assert _deaths("Five rebels and one soldier were killed in the fight.") == [6.0]
    assert _deaths("Two soldiers were killed and three were wounded.") == [2.0]
    assert _deaths("Gunmen killed the leader and his driver.") == []


def test_tolls_told_as_lives_lost_with_a_loose_bound_or_a_part_of_a_group() -> None:
    """ "losing their lives", "as many as", "two of its members", a long "death toll ... rose
    to" are tolls; a share ("50 percent of") is none."""
    assert _deaths("A bombing in the market left six people losing their lives.") == [6.0]
    assert _deaths("Twelve civilians lost their lives in the shelling.") == [12.0]
    assert _deaths("The strikes hit a wedding, killing as many as 135 people.") == [135.0]
    assert _deaths("The militia announced the death of three of its fighters in a raid.") == [3.0]
    assert _deaths("The army said it killed 12 of them in the clashes.") == [12.0]
    body = "The death toll from the twin car bombs near the school in the city of Homs rose to 32."
    assert _deaths(body) == [32.0]
    assert _deaths("The campaign killed 50 percent of the herd.") == []


def test_a_toll_put_at_a_number_and_a_titled_person_killed() -> None:
    assert _deaths("The mayor put the death toll at five and the injured at 19.") == [5.0]
    assert _deaths("A bomb went off in the mosque, killing the imam during prayers.") == [1.0]


def test_a_subset_named_inside_a_toll_counts_no_one_new() -> None:
    """ "N victims including X and Y were killed": the toll is N; the women and children it
    names are among them, not a toll of their own."""
    body = "Seven villagers including a man and three children were killed in the shelling."
    assert _deaths(body) == [7.0]
    assert _deaths("At least 17 villagers, including four children, were killed.") == [17.0]
    body = "Earlier four people among them a child were killed and 19 others were hurt."
    assert _deaths(body) == [4.0]
    # A subset of the wounded is no death.
    assert _deaths("Ten soldiers including two officers were wounded in the ambush.") == []


def test_killed_and_injured_joined_by_an_ampersand_is_no_death_count() -> None:
    assert _deaths("Aleppo Massacre Continues 88 Killed & Injured") == []
    assert _deaths("Six soldiers were killed & wounded in the blast.") == []


def test_what_follows_a_passive_killed_is_no_object() -> None:
    """ "four persons were killed a child among them": the child is one of the four, not a
    fifth death; the active "killed two soldiers" keeps its object."""
    body = "Earlier four persons were killed a child among them and six others got hurt."
    assert _deaths(body) == [4.0]
    assert _deaths("Seven villagers were killed among them 3 children and a man.") == [7.0]
    assert _deaths("Gunmen killed two soldiers at the checkpoint.") == [2.0]


def test_two_tolls_left_dead_add_up() -> None:
    body = "Fighting since Thursday has left 14 rebels and 9 extremists dead, he said."
    assert _deaths(body) == [23.0]


def test_a_subject_told_with_more_words_before_its_verb() -> None:
    """The victims' head noun followed by a phrase set off by commas or by the group they
    belonged to, then the verb: the count before them is the toll."""
    assert _deaths("On Monday 1 civilian, a village elder, was killed by gunmen in Kano.") == [1.0]
    body = "Three farmers, who were said to be brothers of the chief, were killed in the raid."
    assert _deaths(body) == [3.0]
    assert _deaths("At least 38 people, among them women and children, died in the raid.") == [38.0]
    body = "In the east, five members of the Northern Defence Front were killed in a clash."
    assert _deaths(body) == [5.0]
    body = "Three fighters in a militia from Karu, in the west, were killed in clashes."
    assert _deaths(body) == [3.0]
    # Another count or the wounded inside is no such phrase.
    assert _deaths("Two soldiers, three civilians, were wounded in the blast.") == []
    assert _deaths("Four guards of the mayor of Karu were wounded.") == []


def test_death_verbs_gunned_down_martyred_and_die() -> None:
    assert _deaths("Fifteen security guards were gunned down by bandits.") == [15.0]
    assert _deaths("Police gunned down 2 suspected gang members in Kano.") == [2.0]
    assert _deaths("Four guards were martyred while another five were hurt.") == [4.0]
    assert _deaths("2 die in clashes between farmers and herders in Jos.") == [2.0]
    # A fear of deaths is none.
    assert _deaths("Officials fear 100 people could die of hunger.") == []


def test_killing_another_and_killed_along_with() -> None:
    """ "killing another two people" is two; a passive toll "along with" another group adds
    them; the wounded joined so do not."""
    body = "Gunmen fired on residents fleeing to a camp, killing another two people."
    assert _deaths(body) == [2.0]
    body = "At least 21 fighters from the Beta movement were killed along with five jihadists."
    assert _deaths(body) == [26.0]
    assert _deaths("Seven soldiers were killed along with 3 others injured.") == [7.0]


def test_killing_two_groups_of_their_own_kind_adds_them_up() -> None:
    """After "killing", a second group adds to a first of its own kind ("police officers"),
    not to people who can be anyone (the children are among the 12 people)."""
    body = "Gunmen ambushed a convoy, killing eight police officers and five investigators."
    assert _deaths(body) == [13.0]
    assert _deaths("The raid killed 12 people and 3 children in the market.") == [12.0]


def test_an_acled_note_s_split_fatalities_are_its_share() -> None:
    """ "Fatalities are split across 3 events (5)": this note's event was coded with 5."""
    body = (
        "On 4 March, 14 militants were killed in clashes in three districts of Kunar."
        " Fatalities are split across 3 events (5)."
    )
    assert _deaths(body) == [14.0, 5.0]


def test_a_quantifier_opened_by_a_is_no_toll_of_one() -> None:
    """ "a number of militants were killed" names no figure: the clause's toll is the six."""
    body = "The raid went on for hours, killing six soldiers; a number of militants were killed."
    assert _deaths(body) == [6.0]
    assert _deaths("A handful of fighters were killed in the raid.") == []
    assert _deaths("A fighter was killed in the raid.") == [1.0]
    assert _deaths("An unspecified number of villagers were killed in the raid.") == []
    assert _deaths("A large number of fighters died in the raid.") == []


def test_a_count_of_days_or_an_hour_before_a_toll_is_no_toll() -> None:
    """ "Two days later 3 people died" is three dead, not two; a dateline's hour is none."""
    assert _deaths("Two days later 3 people died in hospital.") == [3.0]
    assert _deaths("Three weeks on, four soldiers were killed.") == [4.0]
    assert _deaths("07-08-2013 0147 PM Two soldiers were killed in Adra.") == [2.0]


def test_verbs_of_killing_massacred_slaughtered_and_the_present_kill() -> None:
    """A massacre is a killing; notes and headlines tell a killing in the present."""
    assert _deaths("Raiders stormed the village and massacred at least 15 farmers.") == [15.0]
    assert _deaths("Eight herders were slaughtered near the well.") == [8.0]
    assert _deaths("Bandits kill three traders on the highway") == [3.0]
    assert _deaths("The gang threatened to kill two traders.") == []
    assert _deaths("Police will not kill two suspects.") == []


def test_two_tolls_of_a_headline_clause_without_their_auxiliary() -> None:
    """ "Seven rebels and two police officers killed" (a note's or headline's passive) is 9;
    "two gunmen and three guards killed a man" is active: one death."""
    assert _deaths("Seven rebels and two police officers killed in the raid") == [9.0]
    assert _deaths("Two gunmen and a police officer killed in a shoot-out") == [3.0]
    assert _deaths("Two gunmen and three guards killed a man at the gate.") == [1.0]


def test_a_compound_number_word_is_one_count() -> None:
    """ "twenty-eight" is 28, not the "eight" after its hyphen."""
    assert _deaths("In Hama twenty-eight fighters of the brigade were killed in a blast.") == [28.0]
    assert _deaths("Gunmen killed forty-one villagers.") == [41.0]


def test_deaths_told_with_their_victims_noun_or_one_death() -> None:
    """ "seven soldier deaths", "One death reported" (a note's line)."""
    assert _deaths("The mine caused seven soldier deaths.") == [7.0]
    assert _deaths("Two clans clashed over land. One death reported.") == [1.0]
    assert _deaths("He faces one death sentence.") == []


def test_one_killed_in_the_historic_present_or_told_with_a_place() -> None:
    """Notes tell in the present ("an officer is shot and killed"); a place may follow the
    victim before the verb ("A man in Alpha, in Beta East, was shot dead")."""
    assert _deaths("An off-duty officer is shot and killed by two gunmen.") == [1.0]
    assert _deaths("A man in Alpha, in Beta East, was shot dead by raiders.") == [1.0]


def test_a_group_s_acronym_in_brackets_and_a_relative_who_in_a_subject() -> None:
    """ "(AF)" after a group's name is no word of the subject; a relative "who" ends it: the
    two shot dead are among the three killed, not more of the dead."""
    assert _deaths("Two militants of Alpha Front (AF) outfit were killed by police.") == [2.0]
    assert _deaths("Two Beta Defence Forces (BDF) soldiers have been killed in a shootout.") == [
        2.0
    ]
    body = (
        "4 people died, including 2 members of the Gamma party who are said to have been shot dead."
    )
    assert _deaths(body) == [4.0]


def test_victims_told_with_the_group_they_belong_to_or_named_between_dashes() -> None:
    """ "six militants belonging to the Delta Army were killed"; names set off by dashes."""
    body = "At least six militants belonging to the Delta Army were killed in a raid."
    assert _deaths(body) == [6.0]
    body = "Three traders - Alan, Ben and Carl - were shot dead and 11 others hurt."
    assert _deaths(body) == [3.0]


def test_figures_with_thousands_separators_are_one_number() -> None:
    """ "6,200" is 6,200 (it read 6 after "killed", 200 before "people"), in tolls and counts."""
    assert _deaths("Rebels have killed more than 6,200 people in Alpha.") == [6200.0]
    assert _deaths("Over 1,200 people have been killed in Beta.") == [1200.0]
    assert ("count", 2500.0, "protesters", None, False, False) in _quantities(
        "Police detained 2,500 protesters in Gamma."
    )


def test_a_vague_count_of_dead_is_no_toll_but_a_count_of_people() -> None:
    """ "Dozens of people were killed" names no figure of the dead (ACLED would code 12; FA-KES's
    coders and the article gold do not): a vague count of people, approximate."""
    assert _deaths("At least a dozen traders were killed by bandits in Alpha.") == []
    assert _deaths("Scores of villagers were killed in Gamma.") == []
    assert ("count", 12.0, "villagers", None, False, True) in _quantities(
        "Dozens of villagers were killed in Alpha."
    )


def test_a_tally_that_grew_is_a_toll_whatever_its_words() -> None:
    """ "the number of people killed ... climbed to six", "put the death toll from ... at 14": a
    date inside the tally's words does not stop it."""
    assert _deaths("The number of people killed in a raid on Friday in Alpha climbed to six.") == [
        6.0
    ]
    assert _deaths("The number of gunmen killed has risen to five.") == [5.0]
    assert _deaths("Officials put the death toll from Friday's raid on a post in Beta at 14.") == [
        14.0
    ]


def test_one_victim_named_by_name_and_a_toll_broken_down_between_dashes() -> None:
    """A person's names (two capitalised words at least) killed is one; a count before a pair
    of dashes is the total of the dead the dashes break down."""
    assert _deaths("Tomas Verel, 41, was shot dead in Alpha on Monday.") == [1.0]
    assert _deaths("Councillor Jane Marlow was killed by gunmen in Beta.") == [1.0]
    assert _deaths(
        "Five people -- a guard and four gunmen -- were killed in a clash in Gamma."
    ) == [5.0]


def test_a_count_is_a_whole_word_and_a_compound_number_word_is_whole() -> None:
    """ "Forty-two soldiers" is 42 (not the "two" after the hyphen); no count hides inside a
    word: "freight trucks" holds no "eight", "often rockets" no "ten"."""
    assert _quantities("Forty-two soldiers were deployed to Alpha.") == [
        ("count", 42.0, "soldiers", None, False, False)
    ]
    assert _quantities("Gunmen burned freight trucks in Beta.") == []
    assert _quantities("Militants fire often rockets at Gamma, residents say.") == []


def test_a_compound_number_word_is_tens_and_a_unit() -> None:
    assert number_value("twenty-eight") == 28.0
    assert number_value("Eighty-One") == 81.0
    assert number_value("thirty-odd") == 30.0
    assert number_value("forty-ten") is None
    assert number_value("one-two") is None
