"""Air strikes as the news agencies tell them from Syria, Iraq, Yemen, Libya, Gaza, Afghanistan
and Somalia (thirty-ninth round, air59): every article here is one to two sentences of our own,
and its events are asserted by type, actor1 and place (ACLED's location), as a set (each struck
town its own event). The first list failed at the round's start (no event, another type, or one
event for strikes told at two towns); the second already worked and must go on working; the
third is the same words in other senses (labour strikes, deals struck, sorties of an exercise,
raids on the ground), which must make no air strike; the last, strict xfails, are wrong still
(places the gazetteer reads elsewhere or not at all, owners the actors stage does not name)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday

_RUSSIA = "Military Forces of Russia (2000-)"
_SYRIA = "Military Forces of Syria (2000-2024)"
_SAUDI = "Military Forces of Saudi Arabia"
_ISRAEL = "Military Forces of Israel (2022-)"
_COALITION = "International Coalition Forces"
_US = "Military Forces of the United States (2021-2025)"
_TURKEY = "Military Forces of Turkey (2002-)"
_IRAQ = "Military Forces of Iraq (2022-)"

Told = list[tuple[str, str | None, str | None]]


def _told(body: str) -> Told:
    return sorted(
        ((e.event_type, e.acled.actor1, e.acled.location) for e in events_on_a_tuesday(body)),
        key=str,
    )


# Wordings the round's start read as no event, as another type, or as one event.
_FIXED: list[tuple[str, Told]] = [
    (
        # sorties flown over a province, striking a town
        "Russian jets flew dozens of sorties over southern Idlib on Monday, striking the town "
        "of Khan Shaykhun, the Observatory said.",
        [("airstrike", _RUSSIA, "Khan Shaykhun")],
    ),
    (
        # a coalition that says it struck
        "The U.S.-led coalition said it struck Islamic State targets near Raqqa on Monday.",
        [("airstrike", _COALITION, "Ar Raqqah")],
    ),
    (
        # a strike on a place where people are, with its harm
        "A strike on a market in the town of Atareb in Aleppo province killed 11 people on "
        "Monday, the Observatory said.",
        [("airstrike", None, "Al Atarib")],
    ),
    (
        # a coalition as the doer of pounded
        "The Saudi-led coalition pounded Houthi positions in the city of Saada on Monday, "
        "Houthi-run al-Masirah TV said.",
        [("airstrike", _SAUDI, "Sa'dah")],
    ),
    (
        # unowned strikes hitting named towns, with their harm
        "Strikes hit Ariha, Maarat al-Numan and Khan Shaykhun on Monday, killing 14 "
        "civilians, the Observatory said.",
        [
            ("airstrike", None, "Khan Shaykhun"),
            ("airstrike", None, "Ariha"),
            ("airstrike", None, "Maarat al-Numan"),
        ],
    ),
    (
        # raids right after an air strike
        "Coalition air strikes killed 15 people in Sanaa on Monday, residents said.\nOther "
        "raids hit the city of Saada, killing four, the Houthi-run health ministry said.",
        [("airstrike", _SAUDI, "Sanaa"), ("airstrike", _SAUDI, "Sa'dah")],
    ),
    (
        "Strikes hit Saraqib and Binnish in Idlib province on Monday, killing 14 civilians, "
        "the Observatory said.",
        [("airstrike", None, "Saraqib"), ("airstrike", None, "Binnish")],
    ),
    (
        "A strike on a market in the town of Saraqib in Idlib province killed 11 people on "
        "Monday, the Observatory said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "A strike on a school in the city of Saada killed 11 children on Monday, Houthi "
        "officials said.",
        [("airstrike", None, "Sa'dah")],
    ),
    (
        # a state's military that says it struck
        "The Israeli military said it struck Hamas targets in the town of Beit Lahiya on Monday.",
        [("airstrike", _ISRAEL, "Bayt Lahya")],
    ),
    (
        # a village told hit in the passive right after the strike
        "Warplanes pounded Saraqib in Idlib province on Monday, killing six people, the "
        "Observatory said.\nThe village of Kafr Amim was also hit, it said.",
        [("airstrike", None, "Saraqib"), ("airstrike", None, "Kafr Amim")],
    ),
    (
        "Saudi-led coalition air strikes killed 12 people in the city of Saada on Monday, "
        "residents said.\nRaids also targeted the district of Haydan, killing three, the "
        "Houthi-run health ministry said.",
        [("airstrike", _SAUDI, "Sa'dah"), ("airstrike", _SAUDI, "Haydan")],
    ),
    (
        # a strike of its own clause at another town
        "Israeli air strikes killed 14 people in the Gaza Strip on Monday, health officials "
        "said.\nSix were killed when a strike hit a house in Khan Younis, and four died in a "
        "strike on a car in Rafah, they said.",
        [("airstrike", _ISRAEL, "Khan Yunis"), ("airstrike", _ISRAEL, "Rafah")],
    ),
    (
        # other raids after an air strike, Yemen named
        "Saudi-led coalition air strikes killed 15 people in Sanaa, Yemen, on Monday, "
        "residents said.\nOther raids hit the city of Saada, killing four, the Houthi-run "
        "health ministry said.",
        [("airstrike", _SAUDI, "Sanaa"), ("airstrike", _SAUDI, "Sa'dah")],
    ),
    (
        # another raid after an air strike
        "Saudi-led coalition warplanes struck a market in the town of Zabid in Yemen on "
        "Monday, killing 10, medics said.\nAnother raid hit a house in the village of "
        "al-Jarrahi, killing a woman and her two children.",
        [("airstrike", _SAUDI, "Zabid"), ("airstrike", _SAUDI, "Al Jarrahi")],
    ),
    # (review60) a boat struck off a coast, positions down a coast: no idiom of "struck"
    (
        "The Saudi-led coalition said it struck a boat off the coast of Hodeidah on Monday, "
        "killing four Houthi fighters.",
        [("airstrike", _SAUDI, "Al Hudaydah")],
    ),
    (
        "The coalition struck Houthi positions down the coast from Hodeidah on Monday, "
        "residents said.",
        [("airstrike", None, "Al Hudaydah")],
    ),
]

# Wordings that already worked.
_KEPT: list[tuple[str, Told]] = [
    (
        "Syrian government warplanes carried out more than 20 raids on the town of Saraqib in "
        "Idlib province on Monday, the Syrian Observatory for Human Rights said.",
        [("airstrike", _SYRIA, "Saraqib")],
    ),
    (
        "Helicopters dropped barrel bombs on the town of Daraya on Monday, killing five "
        "people, activists said.",
        [("airstrike", None, "Darayya")],
    ),
    (
        "Barrel bombs hit the town of Kafr Nabl in Idlib province on Monday, the Observatory said.",
        [("airstrike", None, "Kafranbel")],
    ),
    (
        "Warplanes believed to be Russian struck the town of Ariha in Idlib province on "
        "Monday, killing six civilians, the Observatory said.",
        [("airstrike", _RUSSIA, "Ariha")],
    ),
    (
        "Warplanes believed to be Russian pounded rebel positions near the town of Kafr Zita "
        "in Hama province on Monday, a monitor said.",
        [("airstrike", _RUSSIA, "Kafr Zayta")],
    ),
    (
        "Air strikes hit the town of Douma in Eastern Ghouta on Monday, killing 12 people, "
        "the Observatory said.",
        [("airstrike", None, "Duma")],
    ),
    (
        "Jets struck rebel positions near the town of Latamneh in northern Hama on Monday, "
        "the monitor said.",
        [("airstrike", None, "Latamneh")],
    ),
    (
        "Syrian and Russian warplanes pounded the town of Jisr al-Shughur in Idlib province "
        "on Monday, the Observatory said.",
        [("airstrike", _SYRIA, "Jisr ash Shughur")],
    ),
    (
        "Warplanes struck Saraqib, Binnish and Taftanaz in Idlib province on Monday, killing "
        "nine people, the Observatory said.",
        [
            ("airstrike", None, "Saraqib"),
            ("airstrike", None, "Binnish"),
            ("airstrike", None, "Taftanaz"),
        ],
    ),
    (
        "Saudi-led coalition warplanes struck a wedding party in the village of al-Raqah in "
        "Hajjah province on Monday, killing 20 people, residents said.",
        [("airstrike", _SAUDI, "al-Raqah")],
    ),
    (
        "Saudi-led coalition air strikes hit the Yemeni capital Sanaa on Monday, residents said.",
        [("airstrike", _SAUDI, "Sanaa")],
    ),
    (
        "Coalition jets carried out bombing runs on Houthi positions in the port city of "
        "Hodeidah on Monday, residents said.",
        [("airstrike", _SAUDI, "Al Hudaydah")],
    ),
    (
        "Israeli aircraft struck targets in the northern Gaza Strip on Monday, the Israeli "
        "military said.",
        [("airstrike", _ISRAEL, "Gaza Strip")],
    ),
    (
        "Israeli warplanes bombed a house in the town of Beit Lahiya in the northern Gaza "
        "Strip on Monday, killing four people, health officials said.",
        [("airstrike", _ISRAEL, "Bayt Lahya")],
    ),
    (
        "An Israeli air strike on a house in Rafah killed six people on Monday, Palestinian "
        "medics said.",
        [("airstrike", _ISRAEL, "Rafah")],
    ),
    (
        "Israeli jets struck Hamas positions in Khan Younis on Monday, the army said.",
        [("airstrike", _ISRAEL, "Khan Yunis")],
    ),
    (
        "U.S. drones struck al Shabaab militants near the town of Jilib in southern Somalia "
        "on Monday, the U.S. military said.",
        [("airstrike", _US, "Jilib")],
    ),
    (
        "A U.S. air strike killed 12 al Shabaab fighters near the town of Kunyo Barow on "
        "Monday, the U.S. Africa Command said.",
        [("airstrike", _US, "Kunyo Barow")],
    ),
    (
        "Afghan air force planes bombed Taliban positions in the district of Nad Ali in "
        "Helmand province on Monday, officials said.",
        [("airstrike", "Military Forces of Afghanistan (2021-)", "Hukumat-e Nad Ali")],
    ),
    (
        "An air strike by U.S. forces killed 15 Taliban fighters in the Chahar Dara district "
        "of Kunduz province on Monday, officials said.",
        [("airstrike", _US, "Chahar Dara")],
    ),
    (
        "NATO air strikes killed eight civilians in the village of Sangin in Helmand province "
        "on Monday, local officials said.",
        [("airstrike", "NATO", "Sangin")],
    ),
    (
        "Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains on Monday, the "
        "Iraqi military said.",
        [("airstrike", _IRAQ, "Hamrin Mountains")],
    ),
    (
        "Iraqi aircraft bombed Islamic State positions near the town of Rawa on Monday, the "
        "joint operations command said.",
        [("airstrike", _IRAQ, "Rawah")],
    ),
    (
        "Coalition aircraft struck an Islamic State weapons depot in Mosul on Monday, the "
        "coalition said.",
        [("airstrike", _COALITION, "Mosul")],
    ),
    (
        "Turkish warplanes struck Kurdish militant targets in northern Iraq on Monday, the "
        "Turkish military said.",
        [("airstrike", _TURKEY, None)],
    ),
    (
        "Turkish jets pounded positions of the YPG near the town of Afrin on Monday, the "
        "Observatory said.",
        [("airstrike", _TURKEY, "Afrin")],
    ),
    (
        "Warplanes loyal to Khalifa Haftar bombed the town of Gharyan, south of Tripoli, on "
        "Monday, officials said.",
        [("airstrike", "Military Forces of Libya (2014-) Haftar Faction", "Gharyan")],
    ),
    (
        "Forces loyal to Haftar carried out air strikes on Tripoli's Mitiga airport on "
        "Monday, the airport said.",
        [("airstrike", "Military Forces of Libya (2014-) Haftar Faction", "Tripoli")],
    ),
    (
        "An air strike hit a migrant detention centre in Tajoura, east of Tripoli, on Monday, "
        "killing 40 people, officials said.",
        [("airstrike", None, "Tajura'")],
    ),
    (
        "The Syrian army's helicopters dropped barrel bombs on rebel-held areas of Deraa on "
        "Monday, the Observatory said.",
        [("airstrike", _SYRIA, "Dara")],
    ),
    (
        "Air raids killed seven civilians in the village of Kafr Rouma in Idlib province on "
        "Monday, the Observatory said.",
        [("airstrike", None, "Kafr Rouma")],
    ),
    (
        "Regime helicopters dropped barrel bombs on the village of Hass in southern Idlib on "
        "Monday, the Observatory said.",
        [("airstrike", _SYRIA, "Hass")],
    ),
    (
        "The village of Tal Mardikh in Idlib province was hit by air strikes on Monday, the "
        "Observatory said.",
        [("airstrike", None, "Tal Mardikh")],
    ),
    (
        "Air strikes on the outskirts of Douma killed 8 people on Monday, rescuers said.",
        [("airstrike", None, "Duma")],
    ),
    (
        "Warplanes struck the villages of Kafr Sajna, Hish and Maar Shurin on Monday, the "
        "Observatory said.",
        [
            ("airstrike", None, "Hish"),
            ("airstrike", None, "Kafr Sajna"),
            ("airstrike", None, "Maar Shurin"),
        ],
    ),
    (
        "Russian warplanes carried out strikes on Kafr Nabl, Hass and Maar Shamsheh in "
        "southern Idlib on Monday, the Observatory said.",
        [
            ("airstrike", _RUSSIA, "Kafranbel"),
            ("airstrike", _RUSSIA, "Hass"),
            ("airstrike", _RUSSIA, "Maar Shamsheh"),
        ],
    ),
    (
        "Regime aircraft also hit the towns of Saraqib and Sarmin on Monday, the monitor said.",
        [("airstrike", _SYRIA, "Saraqib"), ("airstrike", _SYRIA, "Sarmin")],
    ),
    (
        "Syrian jets bombed Kafr Batna and Saqba in Eastern Ghouta on Monday, the Observatory "
        "said.",
        [("airstrike", _SYRIA, "Kafr Batna"), ("airstrike", _SYRIA, "Saqba")],
    ),
    (
        "Warplanes struck the town of Saraqib on Monday, killing four people, the Observatory "
        "said.\nStrikes also hit the nearby town of Binnish, killing two children, it said.",
        [("airstrike", None, "Saraqib"), ("airstrike", None, "Binnish")],
    ),
    (
        "Russian jets pounded the town of Khan Shaykhun in southern Idlib on Monday, killing "
        "six civilians, the Observatory said.\nIn Maarat al-Numan, a strike on a market killed "
        "three people, it said.",
        [("airstrike", _RUSSIA, "Khan Shaykhun"), ("airstrike", _RUSSIA, "Maarrat an Numan")],
    ),
    (
        "Israeli air strikes killed 10 people in Gaza on Monday, health officials said.\nA "
        "strike on a house in Khan Younis killed a family of five, and another in Rafah "
        "killed two, medics said.",
        [("airstrike", _ISRAEL, "Gaza"), ("airstrike", _ISRAEL, "Khan Yunis")],
    ),
    (
        "Warplanes struck the town of Saraqib on Monday, killing four people, the Observatory "
        "said.\nThe strikes on Saraqib hit a market and a school, it said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "Saudi-led coalition air strikes killed 12 people at a market in the town of Zabid in "
        "Hodeidah province on Monday, residents said.\nThe raid on the market in Zabid also "
        "wounded 20, medics said.",
        [("airstrike", _SAUDI, "Zabid")],
    ),
    (
        "Government forces dropped barrel bombs on the town of Daraya near Damascus on Monday.",
        [("airstrike", _SYRIA, "Darayya")],
    ),
    (
        "Regime aircraft dropped explosive barrels on Aleppo's al-Shaar district on Monday, "
        "killing five people, the Observatory said.",
        [("airstrike", _SYRIA, "al-Shaar")],
    ),
    (
        # (its owner named since air62: a state's bombing is its forces')
        "Russian bombing runs over Idlib killed 11 civilians on Monday, the Observatory said.",
        [("airstrike", _RUSSIA, "Idleb")],
    ),
    (
        "Five people were killed on Monday when warplanes struck a bakery in the town of "
        "Saraqib, the Observatory said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "A hospital in the town of Kafr Nabl was put out of service after it was hit by air "
        "strikes on Monday, a medical charity said.",
        [("airstrike", None, "Kafranbel")],
    ),
    (
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, said warplanes "
        "had carried out at least 30 raids on the town of Khan Shaykhun on Monday.",
        [("airstrike", None, "Khan Shaykhun")],
    ),
    (
        "Warplanes targeted a convoy of fighters near the town of Sirte on Monday, killing "
        "10, a military source said.",
        [("airstrike", None, "Sirte")],
    ),
    (
        "Suspected U.S. drone strikes killed four al Qaeda militants in the district of "
        "Bayhan on Monday, local officials said.",
        [("airstrike", _US, "Bayhan")],
    ),
    (
        "Somali and U.S. forces carried out an air strike on an al Shabaab base near the town "
        "of Barawe on Monday, officials said.",
        [("airstrike", _US, None)],
    ),
    (
        "Afghan and U.S. aircraft carried out bombing raids on Taliban hideouts in the "
        "Baghlan-e Markazi district on Monday, officials said.",
        [("airstrike", _US, "Markazi")],
    ),
    (
        "The Taliban said a U.S. air strike hit a wedding party in the Shindand district of "
        "Herat province on Monday, killing 18 civilians.",
        [("airstrike", _US, "Shindand")],
    ),
    (
        "Warplanes on Monday struck the village of Umm Jurn in rural Idlib, killing three "
        "civilians, the Observatory said.",
        [("airstrike", None, "Umm Jurn")],
    ),
    (
        "Syrian government forces pounded the village of Tal Mannas in Idlib province with "
        "air strikes on Monday, the Observatory said.",
        [("airstrike", _SYRIA, "Tal Mannas")],
    ),
    (
        "Russian and Syrian warplanes launched dozens of strikes on the village of Kansafra "
        "and the town of Ariha on Monday, the Observatory said.",
        [("airstrike", _SYRIA, "Ariha"), ("airstrike", _SYRIA, "Kansafra")],
    ),
    (
        "Rebel-held areas of Eastern Ghouta came under heavy air strikes on Monday, the "
        "Observatory said.",
        [("airstrike", None, "Eastern Ghouta")],
    ),
    (
        "The town of Saraqib came under air attack on Monday, killing seven people, activists "
        "said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "Warplanes hit targets in the towns of Ariha and Saraqib on Monday, the Observatory said.",
        [("airstrike", None, "Saraqib"), ("airstrike", None, "Ariha")],
    ),
    (
        "At least 12 civilians were killed in raids by regime aircraft on the town of Kafr "
        "Batna on Monday, the Observatory said.",
        [("airstrike", _SYRIA, "Kafr Batna")],
    ),
    (
        "Syrian warplanes struck the village of Jarjanaz near the town of Maarat al-Numan on "
        "Monday, killing five, the Observatory said.",
        [("airstrike", _SYRIA, "Jarjanaz")],
    ),
    (
        "Air strikes struck the village of Abdita on the outskirts of Kafr Nabl on Monday, "
        "the monitor said.",
        [("airstrike", None, "Abdita")],
    ),
    (
        "An air strike hit a field hospital in the town of Kafr Nabl in Idlib province on "
        "Monday, killing three people, a medical charity said.",
        [("airstrike", None, "Kafranbel")],
    ),
    (
        "One civilian was killed on Monday by a regime barrel bomb dropped on the village of "
        "Hass in Idlib province, activists said.",
        [("airstrike", _SYRIA, "Hass")],
    ),
    (
        "The Observatory said Monday's air strikes hit the Fardos neighbourhood of Aleppo.",
        [("airstrike", None, "Fardos")],
    ),
    (
        "Aerial bombardments on Monday were focused on Ariha and areas of Kafr Nabl in Idlib "
        "province, activists said.",
        [("airstrike", None, "Ariha"), ("airstrike", None, "Kafranbel")],
    ),
    (
        "Aerial bombardment focused on the town of Saraqib in Idlib province on Monday, "
        "activists said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "Air strikes on Monday killed at least 15 people in the town of Saraqib in Idlib "
        "province, the Observatory said.\nAn airstrike hit a field hospital in the town of "
        "Kafr Nabl in Idlib province, killing three people, a medical charity said.",
        [("airstrike", None, "Saraqib"), ("airstrike", None, "Kafranbel")],
    ),
    (
        "Strikes hit the town of Saraqib on Monday, killing 14 civilians, the Observatory said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "Air strikes hit Saraqib and Binnish in Idlib province on Monday, killing 14 "
        "civilians, the Observatory said.",
        [("airstrike", None, "Saraqib"), ("airstrike", None, "Binnish")],
    ),
    (
        "The U.S. military said it carried out an air strike against al Shabaab near the town "
        "of Jilib on Monday, killing five militants.",
        [("airstrike", _US, "Jilib")],
    ),
    (
        "Russian air strikes killed nine civilians in the town of Saraqib in Idlib province "
        "on Monday, the Observatory said.\nAir strikes also hit the village of Kafr Amim, "
        "killing two, it said.",
        [("airstrike", _RUSSIA, "Saraqib"), ("airstrike", _RUSSIA, "Kafr Amim")],
    ),
    (
        "Syrian warplanes struck the town of Khan Shaykhun in Idlib province on Monday, "
        "killing five civilians, the Observatory said.\nA separate air strike on the village "
        "of Hish killed three members of one family, it said.",
        [("airstrike", _SYRIA, "Khan Shaykhun"), ("airstrike", _SYRIA, "Hish")],
    ),
    (
        "Syrian warplanes struck the town of Khan Shaykhun in Idlib province on Monday, "
        "killing five civilians, the Observatory said.\nIn the nearby village of Hish, a "
        "strike killed three members of one family.",
        [("airstrike", _SYRIA, "Khan Shaykhun"), ("airstrike", _SYRIA, "Hish")],
    ),
    (
        "Air strikes killed at least 20 people across Idlib province on Monday, the "
        "Observatory said.\nEight were killed in the town of Saraqib and five in the village "
        "of Kafr Amim, it said.",
        [
            ("airstrike", None, "Idlib"),
            ("airstrike", None, "Saraqib"),
            ("airstrike", None, "Kafr Amim"),
        ],
    ),
    (
        "Israeli warplanes struck a house in Khan Younis on Monday, killing five people, "
        "medics said.\nAnother air strike hit a car in Rafah, killing two.",
        [("airstrike", _ISRAEL, "Khan Yunis"), ("airstrike", _ISRAEL, "Rafah")],
    ),
    (
        "U.S. drone strikes killed 12 al Shabaab fighters near the town of Jilib on Monday, "
        "the U.S. military said.\nA second strike near the town of Kunyo Barow killed four "
        "more, it said.",
        [("airstrike", _US, "Jilib"), ("airstrike", _US, "Kunyo Barow")],
    ),
    (
        "Regime helicopters dropped barrel bombs on the town of Daraya on Monday, killing "
        "seven people, activists said.\nBarrel bombs were also dropped on the nearby town of "
        "Muadamiyat al-Sham, they said.",
        [("airstrike", _SYRIA, "Darayya"), ("airstrike", _SYRIA, "Muadamiyat al-Sham")],
    ),
    (
        "Russian warplanes struck the town of Ariha in Idlib province on Monday, killing "
        "eight, the Observatory said.\nElsewhere, air strikes on the village of Kansafra "
        "killed three.",
        [("airstrike", _RUSSIA, "Ariha"), ("airstrike", _RUSSIA, "Kansafra")],
    ),
    (
        "Warplanes struck the village of Kafr Amim in Idlib province on Monday, killing six, "
        "the Observatory said.\nThe dead in Kafr Amim included three children, it said.",
        [("airstrike", None, "Kafr Amim")],
    ),
    (
        "Russian air strikes killed nine civilians in the town of Saraqib in Idlib province "
        "on Monday, the Observatory said.\nThe strikes hit a market and a bakery in the town, "
        "it said.",
        [("airstrike", _RUSSIA, "Saraqib")],
    ),
    (
        "Air strikes killed 11 people in the town of Saraqib in Idlib province on Monday, the "
        "Observatory said.\nAmong the dead in Saraqib were four children, the monitor said, "
        "adding that the raids had destroyed a school.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "Saudi-led coalition warplanes targeted a police station in the town of Zabid in "
        "Yemen's Hodeidah province on Monday, killing seven people, medics said.",
        [("airstrike", _SAUDI, "Zabid")],
    ),
    (
        "Israeli air strikes killed 14 people in the Gaza Strip on Monday, health officials "
        "said.\nSix of them were killed when a strike hit a house in Khan Younis, medics said.",
        [("airstrike", _ISRAEL, "Khan Yunis")],
    ),
    (
        "Air strikes killed 11 people in Saraqib and Binnish in Idlib province on Monday, the "
        "Observatory said.\nSix were killed in Saraqib, where a strike hit a market, it said.",
        [("airstrike", None, "Saraqib"), ("airstrike", None, "Binnish")],
    ),
    (
        "Warplanes struck Saraqib in Idlib province on Monday, killing six people, the "
        "Observatory said.\nThe town was also hit by rocket fire later in the day, activists "
        "said.",
        [
            ("airstrike", None, "Saraqib"),
            ("shelling", "Unidentified Armed Group (Syria)", "Saraqib"),
        ],
    ),
]

# The same words in other senses: no air strike.
_OTHER_SENSES: list[tuple[str, Told]] = [
    (
        "Transport strikes hit Paris on Monday, disrupting trains, unions said.",
        [],
    ),
    (
        "Strikes hit France on Monday as workers protested pension reforms.",
        [("protest", "Protesters (France)", None)],
    ),
    (
        "A strike on a school day closed classes in Nairobi on Monday, teachers said.",
        [],
    ),
    (
        "The government said it struck a deal with the rebels on Monday.",
        [],
    ),
    (
        "The coalition said it had struck an agreement with the opposition on Monday.",
        [("agreement", None, None)],
    ),
    (
        "The ruling coalition struck back at critics on Monday.",
        [],
    ),
    (
        "The army said it struck rebel positions with artillery near the town of Saraqib on "
        "Monday.",
        [("shelling", _SYRIA, "Saraqib")],
    ),
    (
        "The rebels said it struck a checkpoint near Saraqib on Monday.",
        [],
    ),
    (
        "Israeli air strikes killed 10 people in Gaza on Monday, medics said.\nRaids in the "
        "West Bank city of Jenin killed two Palestinians, the health ministry said.",
        [("airstrike", _ISRAEL, "Gaza"), ("attack_on_civilians", _ISRAEL, "Janin")],
    ),
    (
        "Warplanes struck the town of Saraqib in Idlib province on Monday, the Observatory "
        "said.\nPolice raids on homes in Damascus led to 20 arrests, activists said.",
        [
            ("airstrike", None, "Saraqib"),
            ("attack_on_civilians", "Police Forces of Syria (2000-2024)", "Damascus"),
            ("arrest", "Police Forces of Syria (2000-2024)", "Damascus"),
        ],
    ),
    (
        "Russian jets flew more than 40 sorties over the past 24 hours, the ministry said.",
        [],
    ),
    (
        "The coalition would strike Islamic State targets near Raqqa if needed, a spokesman said.",
        [],
    ),
    (
        "The Saudi-led coalition said it had not struck the market in Saada.",
        [],
    ),
    (
        "Pilots flew sorties over the Mediterranean during the exercise on Monday.",
        [],
    ),
    (
        "The military said it hit its recruitment target for the year on Monday.",
        [("recruitment", "Military Forces", None)],
    ),
    (
        "Workers' strikes hit Lagos, Abuja and Kano on Monday, the union said.",
        [],
    ),
    # (review60) a blow, a contract, an alliance, a truce struck; a ruling struck down
    (
        "The military said it struck a heavy blow against smuggling networks on Monday.",
        [],
    ),
    (
        "The defence ministry said it struck a contract with an arms maker on Monday.",
        [],
    ),
    (
        "The Saudi-led coalition struck an alliance with southern separatists on Monday.",
        [],
    ),
    (
        "The coalition struck a partnership with aid agencies in Aden on Monday.",
        [],
    ),
    (
        "The coalition said it had struck a truce with the tribes in Marib on Monday.",
        [("agreement", "Tribal Militia (Yemen)", "Ma'rib")],
    ),
    (
        "The military said it struck down a smuggling ring's appeal on Monday.",
        [],
    ),
]

# Still wrong: what the round leaves (the reason in each id).
_LEFT: list[tuple[str, Told, str]] = [
    (
        "Strikes hit a market in the town of Maarat al-Numan on Monday, killing 15 civilians, "
        "rescuers said.",
        [("airstrike", None, "Maarrat an Numan")],
        "place",
    ),
    (
        "Russian warplanes also hit the town of Maarat al-Numan on Monday, the monitor said.",
        [("airstrike", _RUSSIA, "Maarrat an Numan")],
        "place",
    ),
    (
        "Seven civilians were killed in air raids on the village of Kafr Rouma on Monday, the "
        "Observatory said.",
        [("airstrike", None, "Kafr Rouma")],
        "place",
    ),
    (
        "Russian air strikes targeted the village of Kafr Sajna on Monday, killing three "
        "civilians, the monitor said.",
        [("airstrike", _RUSSIA, "Kafr Sajna")],
        "place",
    ),
    (
        "Government bombing killed 10 people on the outskirts of the town of Ariha on Monday, "
        "the Observatory said.",
        [("airstrike", _SYRIA, "Ariha")],
        "type",
    ),
    (
        "Warplanes struck near the town of Maarat al-Numan on Monday, killing a family of "
        "five, the Observatory said.",
        [("airstrike", None, "Maarrat an Numan")],
        "place",
    ),
    (
        "Air strikes killed 12 people in the town of Ariha on Monday, the Observatory "
        "said.\nAnother strike hit the village of Kafr Rouma, killing a woman and her son.",
        [("airstrike", None, "Ariha"), ("airstrike", None, "Kafr Rouma")],
        "place",
    ),
    (
        "Russian air strikes killed nine civilians in the town of Ariha on Monday, the "
        "Observatory said.\nThe raids on Ariha destroyed a bakery, residents said.",
        [("airstrike", _RUSSIA, "Ariha")],
        "place",
    ),
    (
        "Syrian warplanes made several sorties over the town of Latamneh on Monday, the "
        "monitor said.",
        [("airstrike", _SYRIA, "Latamneh")],
        "place",
    ),
    (
        "The Observatory said Russian planes had pounded the town of Kafr Nabl since dawn on "
        "Monday.",
        [("airstrike", _RUSSIA, "Kafranbel")],
        "place",
    ),
    (
        "The air strikes in the village of Hass killed at least 22 people on Monday, most of "
        "them children, the Observatory said.",
        [("airstrike", None, "Hass")],
        "place",
    ),
    (
        "A drone strike killed three suspected al Qaeda militants in a car in Shabwa province "
        "on Monday, tribal sources said.",
        [("airstrike", None, "Shabwah")],
        "actor",
    ),
    (
        "Coalition aircraft destroyed an Islamic State car bomb near the town of Tal Afar on "
        "Monday, the coalition said.",
        [("airstrike", _COALITION, "Tal Afar")],
        "type",
    ),
    (
        "Russian warplanes carried out a bombing raid on a field hospital in the town of Kafr "
        "Nabl on Monday, the Observatory said.",
        [("airstrike", _RUSSIA, "Kafranbel")],
        "place",
    ),
    (
        "The Russian defence ministry said it had bombed militant positions near the town of "
        "Saraqib in Idlib province on Monday.",
        [("airstrike", _RUSSIA, "Saraqib")],
        "actor",
    ),
    (
        "The Saudi-led coalition said it had targeted Houthi missile launchers in the port "
        "city of Hodeidah on Monday.",
        [("airstrike", _SAUDI, "Al Hudaydah")],
        "type",
    ),
    (
        "Kenyan jets bombed al Shabaab camps near the town of Baardheere in Somalia on "
        "Monday, the Kenyan military said.",
        [("airstrike", "Military Forces of Kenya (2022-)", "Baardheere")],
        "place",
    ),
]


@pytest.mark.parametrize(("body", "told"), _FIXED)
def test_air_strikes_the_start_missed(body: str, told: Told) -> None:
    assert _told(body) == sorted(told, key=str)


@pytest.mark.parametrize(("body", "told"), _KEPT)
def test_air_strikes_that_worked_still_work(body: str, told: Told) -> None:
    assert _told(body) == sorted(told, key=str)


@pytest.mark.parametrize(("body", "told"), _OTHER_SENSES)
def test_the_same_words_in_other_senses_are_no_air_strike(body: str, told: Told) -> None:
    # (an article whose lead is an air strike keeps it; the other sense makes none of its own)
    assert _told(body) == sorted(told, key=str)


@pytest.mark.parametrize(
    ("body", "told"),
    [pytest.param(body, told, id=f"{why}-{n}") for n, (body, told, why) in enumerate(_LEFT)],
)
@pytest.mark.xfail(strict=True, reason="places, owners and types the round leaves (see ids)")
def test_air_strikes_still_wrong(body: str, told: Told) -> None:
    assert _told(body) == sorted(told, key=str)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Warplanes struck the town of Saraqib on Monday. Tax raids on shops in Aleppo "
            "angered traders, who went on strike in protest.",
            "Aleppo",
        ),
        (
            "Warplanes struck the town of Saraqib on Monday. Customs raids on warehouses in "
            "the port of Latakia seized smuggled fuel, officials said.",
            "Latakia",
        ),
        (
            "Warplanes struck the town of Saraqib on Monday. Raids on offices of a charity in "
            "Hama angered aid workers, a spokesman said.",
            "Hama",
        ),
    ],
)
def test_raids_of_a_search_after_a_strike_are_no_air_strikes(body: str, place: str) -> None:
    # (review60) a raid told by what it searches for or what it enters is a ground raid
    told = _told(body)
    assert ("airstrike", None, "Saraqib") in told
    assert not [t for t in told if t[0] == "airstrike" and t[2] == place]
