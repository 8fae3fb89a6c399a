"""Short articles written for the tests of events/story_kind.py (twenty-eighth round, gate48):
reports of political violence, unrest or a security event told in the styles of a wire, a local
paper and an NGO, and articles about something else with an event that stands on its own. Each
is 60 to 150 words, five sentences or more."""
# ruff: noqa: E501

from __future__ import annotations

# Reports of political violence, unrest or a security event, told in the styles of a wire, a
# local paper and an NGO, each with the type of the event it must keep.
VIOLENT: dict[str, tuple[str, str]] = {
    "shelling": (
        "Government forces shelled the rebel-held town of Kafr Nabl on Monday, killing four "
        "civilians, a monitor said.\n\n"
        "The shells hit a market and a school in the town's centre. "
        "Rescue workers pulled two children from the rubble. "
        "The army has stepped up its bombardment of the province this month. "
        "Rebels said they had fired rockets at an army post in reply. "
        "The United Nations called for a ceasefire and for aid to reach the town.",
        "shelling",
    ),
    "protest": (
        "Thousands of protesters marched through the capital on Saturday to demand the "
        "resignation of the prime minister.\n\n"
        "Demonstrators waved flags and chanted slogans outside parliament. "
        "Riot police blocked the road to the presidential palace. "
        "Organisers said the protest was the largest since the election. "
        "The opposition has called for more demonstrations next week. "
        "The government said the rally was peaceful and that no one had been detained.",
        "protest",
    ),
    "riot": (
        "Rioters torched cars and looted shops in the port city of Mombasa on Tuesday after "
        "a disputed election result.\n\n"
        "Police fired tear gas to disperse crowds of youths who threw stones. "
        "Several shops were burned. "
        "A curfew was imposed from dusk. "
        "Local officials said at least twenty people were injured. "
        "The electoral commission has promised a recount of the votes in three disputed districts.",
        "riot",
    ),
    "kidnapping": (
        "Gunmen kidnapped twelve passengers from a bus on the highway near Kaduna on "
        "Thursday, police said.\n\n"
        "The attackers blocked the road and opened fire on the vehicle. "
        "The driver was shot dead. "
        "The gunmen led the passengers into the forest. "
        "Security forces have launched a search for the hostages. "
        "Kidnappings for ransom have become common on the road this year, and many drivers now travel only in convoys.",
        "abduction",
    ),
    "activist arrested": (
        "Security forces arrested a prominent rights activist at her home in Cairo on "
        "Wednesday, her lawyer said.\n\n"
        "Officers seized her phone and laptop during the raid. "
        "She had criticised the government's crackdown on protesters. "
        "Rights groups called her detention an attack on free speech. "
        "The interior ministry did not comment. "
        "Dozens of activists have been detained this year, rights groups say.",
        "arrest",
    ),
    "bombing": (
        "A car bomb exploded outside a police station in the city of Kirkuk on Sunday, "
        "killing three policemen, officials said.\n\n"
        "The blast damaged nearby shops and houses. "
        "Ten people were wounded. "
        "No group claimed the attack. "
        "Militants have carried out several bombings in the province this year. "
        "Security was tightened across the city, and checkpoints were set up on the main roads into the centre.",
        "explosive_attack",
    ),
    "clash": (
        "Soldiers clashed with militants near the village of Gajiram in Borno state on "
        "Friday, the army said.\n\n"
        "Troops killed eight insurgents in the fighting. "
        "Two soldiers were wounded. "
        "The militants fled into the bush, leaving weapons behind. "
        "The army said it was pursuing them. "
        "Boko Haram has stepped up its attacks in the area since the start of the rainy season.",
        "armed_clash",
    ),
    "airstrike": (
        "Warplanes struck a weapons depot near the town of Marib on Tuesday, the coalition "
        "said.\n\n"
        "The air strikes destroyed rockets and ammunition. "
        "Residents said the explosions shook the town for an hour. "
        "Rebels said civilians were among the dead. "
        "The coalition denied it. "
        "Fighting has intensified around Marib this month as rebels try to take the city from government forces.",
        "airstrike",
    ),
    "ngo report": (
        "Armed men attacked the village of Dogon Dawa on 12 March, killing seven farmers, "
        "according to local sources contacted by our organisation.\n\n"
        "The attackers arrived on motorbikes and fired on residents in the fields. "
        "Houses and granaries were burned. "
        "More than 300 people fled to the district town. "
        "Our teams are providing food and shelter to the displaced. "
        "We call on the authorities to protect civilians and to bring the attackers to justice.",
        "attack_on_civilians",
    ),
    "fans fight": (
        "Police arrested 20 fans after fighting broke out before Sunday's derby.\n\n"
        "Rival supporters threw bottles and chairs at each other outside a pub near the "
        "stadium. "
        "Riot police used batons to separate the groups. "
        "Three officers were injured. "
        "The match went ahead and ended in a 1-1 draw. "
        "Both clubs condemned the violence and promised to ban those responsible for life.",
        "arrest",
    ),
    "farmers' protest": (
        "Farmers blocked roads with tractors in the capital on Monday to protest against "
        "falling milk prices.\n\n"
        "Hundreds of farmers drove into the city centre and parked outside the agriculture "
        "ministry. "
        "Traffic was halted for hours. "
        "The farmers say supermarkets pay them less than it costs to produce milk. "
        "The minister agreed to meet their leaders. "
        "Dairy prices have fallen 20 percent this year.",
        "protest",
    ),
    "stadium riot": (
        "Fans clashed with police outside the stadium in Cairo after Sunday's match, "
        "leaving 14 people injured.\n\n"
        "Hundreds of supporters threw stones and bottles at officers. "
        "Police fired tear gas at the crowd. "
        "Several cars were set on fire. "
        "Twenty people were arrested. "
        "The league said it would hold the next match behind closed doors and fine both clubs for the violence.",
        "riot",
    ),
}

# Articles about something else that tell an event standing on its own (story_kind.strong_alone):
# a crowd's protest in a company story, a killing by the police in a court story, a named armed
# group's attack in a match report. Each with the type of the event it must keep.
STRONG_ASIDES: dict[str, tuple[str, str]] = {
    "strike at the plant": (
        "Shares in the carmaker fell 4 percent on Monday after it warned of lower profits.\n\n"
        "The company said sales in Europe had slowed in the first quarter. "
        "Analysts said the results were weaker than expected. "
        "Hundreds of workers protested outside its main factory in Turin on Monday against "
        "plans to cut 2,000 jobs. "
        "The chief executive said the cuts were needed to protect the business. "
        "The company will report its full results next month.",
        "protest",
    ),
    "police shooting": (
        "A judge on Tuesday ordered the release of video footage in the case of a man killed "
        "by police last month.\n\n"
        "Officers shot dead a 34-year-old man in the Crown Heights district of New York on "
        "3 March. "
        "His family's lawyers told the court the video would show he was unarmed. "
        "The city's attorney said the release could harm the investigation. "
        "The judge gave the city ten days to appeal. "
        "A hearing is set for next month.",
        "attack_on_civilians",
    ),
    "bus attack before the match": (
        "The match between the two clubs went ahead on Sunday despite an attack on the "
        "visitors' team bus.\n\n"
        "Al-Shabaab militants fired on the bus near the stadium in Mogadishu, killing its "
        "driver, police said. "
        "The players were unhurt. "
        "The home side won the game 2-0 in front of a small crowd. "
        "The league said the rest of the season's fixtures would go ahead. "
        "Security at the stadium will be increased for the next game.",
        "attack_on_civilians",
    ),
}

# Reports of conflict in another desk's frame whose headline or lead names a side or a weapon of
# the conflict, each with the type of the event it must keep (review48b): a market story led by
# a missile strike, and a sports story led by militants.
LEAD_IN_A_FRAME: dict[str, tuple[str, str]] = {
    "missiles in a sanctions story": (
        "The European Union on Monday agreed new sanctions on Russia after Russian missiles hit "
        "Kharkiv, killing 12 people.\n\n"
        "Ministers said the sanctions would target oil exports and banks. "
        "Oil prices rose 3 percent on the news, and analysts said the economy would shrink. "
        "The package includes a price cap on oil and a ban on imports of steel. "
        "Investors sold shares of European banks with business in the country. "
        "The aid budget for Ukraine will rise to 50 billion euros, the commission said. "
        "Economists said inflation in Europe could rise. "
        "Companies said exports had already fallen.",
        "shelling",
    ),
    "militants at the match": (
        "Militants stormed a stadium in Gao during a league match on Sunday, killing four fans.\n\n"
        "They fired from the stands as the home team's players warmed up before kick-off, the "
        "club said. "
        "The league suspended all matches for the rest of the season. "
        "The coach said his squad was in shock. "
        "Football officials said the stadium would be closed until further notice. "
        "The team had been top of the league table.",
        "attack_on_civilians",
    ),
}
