"""Death tolls of the thirty-ninth round, read from the text: asides in brackets, a group's name
in capitals inside a counted subject, a time between the auxiliary and its verb, the dead told as
a group already named ("killing its four occupants"), "both", a body found, the present of notes,
a "who" clause of another verb, "he died" in the clause after the act, "lost his life", "he was
killed", one told without an article ("Party activist was gunned down"), a note's "FATALITIES:"
label; and animals, which are no dead."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_an_aside_in_brackets_is_no_word_of_the_subject() -> None:
    assert _deaths("At least 20 (some reports say 30) have been killed near Wajir.") == [20.0]
    assert _deaths("Three herders (out of a group of seven) were killed near Kapedo.") == [3.0]
    body = "Five civilians (two men, two women and a child) were killed when the bus hit a mine."
    assert _deaths(body) == [5.0]
    body = "Two Delta Front [Northern Delta Liberation Front] cadres were killed near Oru."
    assert _deaths(body) == [2.0]
    # a bracket that tells deaths, or a figure alone, is read as before
    body = "Fatalities coded as 3 (a monitor reported 6 fatalities)."
    assert sorted(_deaths(body)) == [3.0, 6.0]
    assert _deaths("Fatalities split across 3 events (5).") == [5.0]


def test_a_group_name_in_capitals_counts_no_word_of_the_subject() -> None:
    body = "Two suspected Kuki Valley Front members were killed in an encounter near Imphal."
    assert _deaths(body) == [2.0]
    body = "At least eight suspected TTP and LeI militants were killed in air strikes in Tirah."
    assert _deaths(body) == [8.0]
    assert _deaths("Five members of the Blue Hand (Red Command) died in a shootout.") == [5.0]
    # names after a preposition are a place's: the count before them is the subject's
    assert _deaths("Five women in a village in Alpha's Beta block were lynched.") == [5.0]
    # nor through a relative clause
    body = "Two gunmen attacked the Alpha Mosque where worshippers were killed."
    assert _deaths(body) == []


def test_a_time_between_the_auxiliary_and_its_verb() -> None:
    assert _deaths("Two men were on Tuesday evening shot dead by raiders in Kasses.") == [2.0]
    body = "Three policemen were in the early hours of Sunday killed by gunmen near Mandera."
    assert _deaths(body) == [3.0]
    # what follows the auxiliary is no time: no toll
    assert _deaths("Two men were in a car when gunmen fired at it.") == []


def test_the_dead_told_as_a_group_already_named() -> None:
    assert _deaths("Gunmen set a house on fire in Wote, killing its four occupants.") == [4.0]
    assert _deaths("Gunmen stopped the bus near Mandera and killed all 12 passengers.") == [12.0]
    assert _deaths("The army stormed the camp and killed all three militants.") == [3.0]
    # "the two" is most often a retelling of the dead told before
    assert _deaths("Police shot three men suspected of having killed the two officers.") == []


def test_the_present_and_participle_of_a_killing_of_one() -> None:
    assert _deaths("Suspected gunmen attacked a policeman and kill him in a forest.") == [1.0]
    assert _deaths("Gunmen stormed the house of a journalist before shooting him dead.") == [1.0]
    assert _deaths("Police shoot two robbers dead in Nairobi.") == [2.0]
    # a killing threatened is none
    assert _deaths("The gang vowed to kill him if he spoke to the police.") == []


def test_both_of_two_told_before() -> None:
    assert _deaths("Both men were killed in the attack on the market.") == [2.0]
    assert _deaths("A mob beat two suspected thieves. Both died on the way to hospital.") == [2.0]
    # "both ... and ..." is a pair of groups, no count
    assert _deaths("Both soldiers and civilians were killed in the shelling.") == []


def test_a_body_found_is_one_dead_unless_a_toll_is_told_before_it() -> None:
    body = "The councillor was abducted by gunmen. His body was found five days later."
    assert _deaths(body) == [1.0]
    assert _deaths("The student's body was later found in a forest near Alpha.") == [1.0]
    body = "An official, Jane Ode, was killed and her body was dumped in the bushes."
    assert _deaths(body) == [1.0]
    body = "A municipal employee was shot and killed. His body was found near the road."
    assert _deaths(body) == [1.0]


def test_the_present_of_notes_with_the_group_of_the_dead() -> None:
    body = "Three members of the same family are killed in an attack in Salima village."
    assert _deaths(body) == [3.0]


def test_one_dead_with_a_who_clause_of_another_verb() -> None:
    body = "A chief who went missing on Tuesday was found dead in a bush, police said."
    assert _deaths(body) == [1.0]
    # a "who" clause that tells a death retells another
    assert _deaths("A soldier who was killed last year was buried in Alpha.") == []


def test_one_who_died_in_the_clause_after_the_act() -> None:
    body = "A man was attacked by a mob. The police intervened, but he died shortly afterwards."
    assert _deaths(body) == [1.0]
    assert _deaths("The baby later died in hospital after police fired tear gas.") == [1.0]
    # not a death a speaker denies or reports as a cause
    assert _deaths("Police said he died of natural causes.") == []


def test_a_note_label_of_its_total() -> None:
    assert _deaths("Post-election riots broke out in Kuresoi. FATALITIES: 15") == [15.0]
    assert _deaths("Overnight clashes. FATALITIES: 2 - ACTORS NOT SPECIFIED") == [2.0]


def test_animals_are_no_dead() -> None:
    body = "Militants burned down 20 huts and killed 15 livestock before being repelled."
    assert _deaths(body) == []
    assert _deaths("Bandits raided the village and 200 goats were killed in the fire.") == []
    assert _deaths("Raiders killed 40 head of cattle near Kapedo.") == []
    assert _deaths("Gunmen killed two herders and stole 300 cattle near Kapedo.") == [2.0]
    # people named by their animals are people
    assert _deaths("Locals assaulted and killed 3 suspected cattle thieves in Alpha.") == [3.0]
    assert _deaths("Residents lynch a suspected cattle rustler in Alpha.") == [1.0]
    assert _deaths("Raiders ambush police officers and kill 42 during cattle raid") == [42.0]
    # a count after a bare verb of death is no object when the wounded follow it
    assert _deaths("A mob attacked a youth in Alpha village. 1 killed 3 injured.") == [1.0]


def test_one_who_lost_his_life_and_one_told_by_a_pronoun() -> None:
    body = "A party supporter lost his life in Alpha after being beaten by rival men."
    assert _deaths(body) == [1.0]
    assert _deaths("The driver nearly lost his life when gunmen fired at the car.") == []
    body = "A former councillor was shot in a ride-by attack. He was killed on the spot."
    assert _deaths(body) == [1.0]
    # told back after the toll of the same dead: one
    assert _deaths("A guard was shot dead at the gate. He was killed by a sniper.") == [1.0]


def test_one_dead_told_without_an_article_opening_a_sentence() -> None:
    assert _deaths("Party activist was gunned down in Alpha Town on Monday.") == [1.0]
    body = "Sub-inspector of the city police was shot dead by unknown assailants."
    assert _deaths(body) == [1.0]
    body = "Senior rebel leader, Omar Saleh Haddad, was shot dead in Alpha."
    assert _deaths(body) == [1.0]
    # not a negation, an adverbial or a claim's clause
    assert _deaths("Nobody was killed in the attack on the post.") == []
    assert _deaths("Last year his father was killed.") == []
    assert _deaths("Protesters claimed that she was killed by her husband.") == []


def test_an_aside_that_adds_others_to_the_dead_is_part_of_the_toll() -> None:
    # (review60) "and", "plus", "as well as" in the brackets add to the count: not skipped
    body = "Two soldiers (and three civilians) were killed in the ambush near Mandera."
    assert _deaths(body) == [5.0]
    assert _deaths("Two soldiers (plus a civilian) were killed in the ambush.") == [3.0]
    body = "Four policemen [as well as two passers-by] were killed in the blast."
    assert _deaths(body) == [6.0]
    # an aside of the same dead, of the hurt or of animals still tells no one more
    assert _deaths("Five people (among them two children) were killed.") == [5.0]
    assert _deaths("Five people (and many more injured) were killed.") == [5.0]
    assert _deaths("Four herders (and 40 goats) were killed in the raid.") == [4.0]
