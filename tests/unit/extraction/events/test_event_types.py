"""ACLED-style sub-event types, fatalities and the main event of short self-written reports."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.evaluation.primary import fatalities
from newsevents.extraction.ontology import ACLED_SUB_EVENT_TYPES, EVENT_TYPES
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import main_event


def _main(body: str) -> EventMessage:
    return main_event(body, "2022-06-10T12:00:00Z")


def test_every_acled_sub_event_type_is_mapped() -> None:
    mapped = {(t.acled_event_type, t.acled_sub_event_type) for t in EVENT_TYPES}
    wanted = {(e, s) for e, subs in ACLED_SUB_EVENT_TYPES.items() for s in subs}
    assert len(wanted) == 25
    assert wanted <= mapped


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        ("On 2 June 2022, rebels clashed with soldiers near Aleppo.", "Armed clash"),
        ("On 2 June 2022, militants attacked an army checkpoint in Homs.", "Armed clash"),
        ("On 2 June 2022, gunmen shot dead two farmers in Homs.", "Attack"),
        ("On 2 June 2022, artillery shelled the outskirts of Idlib.", "Shelling/artillery/missile attack"),
        ("On 2 June 2022, a drone strike hit a car near Raqqa.", "Air/drone strike"),
        ("On 2 June 2022, a roadside bomb exploded near a convoy in Homs.", "Remote explosive/landmine/IED"),
        ("On 2 June 2022, militants hurled a hand grenade at a police post in Homs.", "Grenade"),
        ("On 2 June 2022, police defused an IED planted near a market in Homs.", "Disrupted weapons use"),
        ("On 2 June 2022, gunmen kidnapped a trader in Homs.", "Abduction/forced disappearance"),
        ("On 2 June 2022, police arrested three men in Homs.", "Arrests"),
        ("On 2 June 2022, teachers protested in Homs demanding higher pay.", "Peaceful protest"),
        ("On 2 June 2022, workers protested in Homs. Police dispersed them with tear gas.", "Protest with intervention"),
        ("On 2 June 2022, protesters pelted stones at police in Homs.", "Violent demonstration"),
        ("On 2 June 2022, villagers lynched a man accused of theft in Homs.", "Mob violence"),
        ("On 2 June 2022, unidentified men set fire to a school in Homs.", "Looting/property destruction"),
        ("On 2 June 2022, the army recaptured the town of Palmyra from militants.", "Government regains territory"),
        ("On 2 June 2022, the two sides signed a ceasefire agreement in Damascus.", "Agreement"),
        # armed targets named with words beyond soldiers and police
        ("On 2 June 2022, militants attacked two check points on the highway near Homs.", "Armed clash"),
        ("On 2 June 2022, gunmen killed a rebel commander in Homs.", "Armed clash"),
        # an unarmed crowd (citizens, inhabitants, labourers) clashing with police is no battle
        ("On 2 June 2022, a group of citizens clashed with police officers at the market in Homs.", "Mob violence"),
        ("On 2 June 2022, angry inhabitants clashed with soldiers near Homs.", "Mob violence"),
        # two-sided fighting beats the killing reported in it
        ("On 2 June 2022, a rebel was killed while two soldiers were injured in an exchange of fire near Homs.", "Armed clash"),
        # wordings without the usual verbs
        ("On 2 June 2022, rebels and soldiers were locked in a fire fight near Homs.", "Armed clash"),
        ("On 2 June 2022, a sniper wounded three children near Homs.", "Attack"),
        ("On 2 June 2022, human remains were discovered in a well near Homs.", "Attack"),
        ("On 2 June 2022, a militia delivered relief supplies to displaced families near Homs.", "Other"),
        ("On 2 June 2022, villagers protested in Homs. Police used a baton charge to scatter them.", "Protest with intervention"),
    ],
)  # fmt: skip
def test_acled_sub_event_types(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # tear gas shells disperse a crowd; they are no artillery
        ("On 2 June 2022, in Kitale, anti-riot officers lobbed several tear gas shells as nurses marched on the county offices.", "Protest with intervention"),
        ("On 2 June 2022, teargas shells were lobbed by police at a stone-pelting crowd of youths outside the county offices in Garissa.", "Violent demonstration"),
        ("On 2 June 2022, in Kitale, police lobbed tear shells and fired rubber bullets at nurses marching on the county offices.", "Protest with intervention"),
        # the weapon named between "fired" and its target
        ("On 2 June 2022, insurgents positioned on a ridge outside Wajir fired two anti-aircraft guns on military positions overnight.", "Shelling/artillery/missile attack"),
        ("On 2 June 2022, overnight, militiamen fired machine guns and rifles at government positions on the edge of Mandera.", "Armed clash"),
        # bombing of militants with no aircraft named is from the air
        ("On 2 June 2022, government forces bombed insurgent hideouts in the forest south of Garissa on Thursday.", "Air/drone strike"),
        # a planted bomb that went off
        ("On 2 June 2022, three soldiers on patrol near Moshi were hurt when a bomb planted by insurgents went off beside the track.", "Remote explosive/landmine/IED"),
        ("On 2 June 2022, an insurgent-planted mine tore through a police pickup on the road to Moshi, injuring four constables.", "Remote explosive/landmine/IED"),
        # wounds and bodies without a verb of attack
        ("On 2 June 2022, in Thika, a stray bullet hit a schoolgirl as she walked home from class.", "Attack"),
        ("On 2 June 2022, assailants armed with knives injured four elderly women in Kitui late on Sunday.", "Attack"),
        ("On 2 June 2022, police in Nyeri said a lifeless teenager was found bound with wire in a maize field.", "Attack"),
        ("On 2 June 2022, attackers seized two herdsmen near a dry riverbed in Kitui and slit their throats.", "Attack"),
        # "by bandits" after "were dumped" is the agent, not a target that would make it a clash
        ("On 2 June 2022, near Malindi, a fisherman's remains were dumped by armed bandits in a thicket.", "Attack"),
        # stoning and hitting take their type from who does it
        ("On 2 June 2022, in Kakamega, an angry crowd stoned a traffic officer at a roadblock.", "Mob violence"),
        ("On 2 June 2022, a crowd at the bus park in Meru hit two teenagers they accused of stealing phones.", "Mob violence"),
        ("On 2 June 2022, officers of the county police hit several young men with truncheons at a Machakos taxi rank.", "Attack"),
        # protests worded by what the crowd did, with what they did it for
        ("On 2 June 2022, tea pickers gathered near the estate office in Badulla to call for better housing.", "Peaceful protest"),
        ("On 2 June 2022, in Matara, several hundred fishermen gathered by the harbour and shouted for an end to fuel rationing.", "Peaceful protest"),
        ("On 2 June 2022, chanting slogans against the new levy, shopkeepers lined the main street of Ratnapura.", "Peaceful protest"),
        ("On 2 June 2022, households across Anuradhapura were banging pans on their doorsteps at dusk over the water cuts.", "Peaceful protest"),
        ("On 2 June 2022, fruit vendors angry about new stall fees blocked the gates of the Kitale municipal market.", "Peaceful protest"),
        ("On 2 June 2022, unpaid health workers in Trincomalee padlocked the gate of the district hospital on Monday.", "Peaceful protest"),
        ("On 2 June 2022, angry over unpaid bonuses, bus conductors spilled into the streets of Kilifi on Friday.", "Peaceful protest"),
        ("On 2 June 2022, outside the municipal depot in Batticaloa, sanitation workers demanded their unpaid salaries.", "Peaceful protest"),
        ("On 2 June 2022, calling for a shorter working week, dockers commemorated May Day with speeches in Trincomalee.", "Peaceful protest"),
        ("On 2 June 2022, rice farmers joined the long march against the fertiliser ban in Polonnaruwa on Saturday.", "Peaceful protest"),
        # barricades and burning tyres set by a crowd make a violent demonstration
        ("On 2 June 2022, in Kakamega, jobless youths barricaded several streets with logs and rocks.", "Violent demonstration"),
        ("On 2 June 2022, residents of a Nyeri suburb burnt old tires across the highway overnight.", "Violent demonstration"),
        ("On 2 June 2022, hundreds of residents put up burning barricades at two junctions in Thika.", "Violent demonstration"),
        ("On 2 June 2022, dozens of villagers burned furniture inside a shuttered cooperative bank in Matara to demonstrate their anger.", "Violent demonstration"),
        # damage without 'destroyed': burned, smashed, torn down, forced open
        ("On 2 June 2022, unknown arsonists burned two wooden stands at the Ratnapura racecourse overnight.", "Looting/property destruction"),
        ("On 2 June 2022, masked men smashed the windows of a mobile-money kiosk in Kitui.", "Looting/property destruction"),
        ("On 2 June 2022, furious villagers in Kitui forced their way into a private clinic where a boy had died.", "Mob violence"),
        ("On 2 June 2022, a crowd of squatters pulled down the perimeter wall of a private ranch near Nanyuki.", "Mob violence"),
        # clans fight with militias: a clash, not a brawl
        ("On 2 June 2022, six herders died in inter-clan fighting over grazing land near Wajir.", "Armed clash"),
        ("On 2 June 2022, near Mandera, clan militias fought each other over access to a borehole.", "Armed clash"),
        # changes to armed groups: defections and drills
        ("On 2 June 2022, four members of a village militia in Nuristan have joined the Taliban, a local official said.", "Change to group/activity"),
        ("On 2 June 2022, fighters of the self-defence group staged combat drills on a football pitch outside Walikale.", "Change to group/activity"),
    ],
)  # fmt: skip
def test_less_usual_wordings(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # "armed individuals" are armed, not individuals: firing on a patrol is a clash
        ("On 2 June 2022, armed individuals opened fire on a border police patrol outside Riberalta on Saturday.", "Armed clash"),
        # a security post is a post of the forces
        ("On 2 June 2022, before dawn, a band of gunmen raided a security post on the outskirts of Oruro.", "Armed clash"),
        # "a group of angry villagers" is a crowd, not the villagers it ends with
        ("On 2 June 2022, a group of angry villagers in Riberalta killed a man they suspected of stealing cattle.", "Mob violence"),
        # off-duty or retired members of the forces are hit as civilians
        ("On 2 June 2022, hitmen on a motorbike gunned down an off-duty traffic policeman as he left a bakery in Oruro.", "Attack"),
        ("On 2 June 2022, in Oruro, two gunmen opened fire on a retired army sergeant at a petrol station.", "Attack"),
        # an officer of a civil service or an aid agency bears no arms: an attack on a civilian
        ("On 2 June 2022, an aid agency programme officer was shot and wounded by gunmen on the road out of Lodwar.", "Attack"),
        ("On 2 June 2022, masked gunmen shot dead a presiding officer as he carried ballot boxes in Oruro.", "Attack"),
        # an officer told alone is a member of the forces
        ("On 2 June 2022, masked gunmen shot dead an officer as he left the station in Oruro.", "Armed clash"),
        # gunfire is no mob's weapon, even when the wounded are "people"
        ("On 2 June 2022, four people were hurt during a shooting by masked gunmen at a bar in Riberalta.", "Attack"),
        # a beating by police, guards or soldiers is their attack on the one beaten
        ("On 2 June 2022, municipal guards in Oruro beat up a shoeshine boy who refused to leave the plaza.", "Attack"),
        ("On 2 June 2022, soldiers at a checkpoint outside Riberalta beat up a taxi driver, witnesses said.", "Attack"),
        # "injured in a mob's attack" or "by a mob": the mob is the agent
        ("On 2 June 2022, near Riberalta, a park warden suffered head wounds in an attack by an angry mob on Sunday.", "Mob violence"),
        # unorganised sides clashing are a brawl: two groups, party members, foreigners
        ("On 2 June 2022, two groups of boatmen clashed over mooring spaces on the river near Lodwar.", "Mob violence"),
        ("On 2 June 2022, card-carrying members of two rival parties clashed at a polling station in Kabale.", "Mob violence"),
        ("On 2 June 2022, stranded foreign nationals fought with immigration officers at the Namanga crossing.", "Mob violence"),
        # ... and so is a clash fought with clubs and spears, whoever fights it
        ("On 2 June 2022, the Lion Society and the Eagle Circle fought each other with clubs and spears at a fair in Lodwar.", "Mob violence"),
        # two groups of armed men clashing stay a clash
        ("On 2 June 2022, two groups of heavily armed cattle rustlers clashed in the hills above Lodwar.", "Armed clash"),
    ],
)  # fmt: skip
def test_who_acts_and_who_is_hit(body: str, sub_event_type: str) -> None:
    """Generic violence words take their sub-event type from their agent and target."""
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, hundreds of mourners gathered in Nyeri for the funeral of a schoolteacher.",
        "On 2 June 2022, a powerful cyclone hit the coastal villages of Batticaloa overnight.",
        "On 2 June 2022, farmers in Kitui, hit hard by two failed harvests, lined up for relief maize.",
    ],
)
def test_gathering_or_hitting_alone_is_no_event(body: str) -> None:
    """The protest and assault wordings need their object: a bare 'gathered' or 'hit' is none."""
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    assert [e.event_type for e in extract_events(article)] == []


@pytest.mark.parametrize(
    ("body", "event_types"),
    [
        # "hit <a person>" needs a violent agent; "stoned" a person or the forces as its object
        ("On 2 June 2022, the storm hit two men fishing off the coast of Kilifi.", []),
        ("On 2 June 2022, the car hit three boys crossing the road in Thika.", []),
        ("On 2 June 2022, police in Meru said the suspects were stoned on drugs.", []),
        ("On 2 June 2022, residents of Meru stoned a snake in the village.", []),
        # found wrapped or bound is a killing only with a body or a death
        ("On 2 June 2022, a parcel found tightly wrapped in brown paper at the airport in Kilifi was handed to customs.", []),
        ("On 2 June 2022, the missing toddler was found safely wrapped in a quilt at a neighbour's house in Thika.", []),
        # streets, slogans, marches and Labour Day need a grievance to be a protest
        ("On 2 June 2022, fans poured onto the streets of Matara to celebrate the cricket victory.", []),
        ("On 2 June 2022, thousands took to the streets of Abakaliki to welcome the champions home.", []),
        ("On 2 June 2022, workers in Badulla commemorated Labour Day with a picnic.", []),
        ("On 2 June 2022, tourists joined the annual Easter march in Kandy.", []),
        ("On 2 June 2022, fans chanted slogans at the football match in Matara.", []),
        ("On 2 June 2022, in a letter to the minister, retirees in Badulla demanded the payment of overdue pensions.", []),
        # barricades and burned tyres need a crowd or a grievance
        ("On 2 June 2022, the mayor barricaded the main road in Nyeri for the marathon.", []),
        ("On 2 June 2022, engineers built barricades against the flood in Garissa.", []),
        ("On 2 June 2022, police barricaded the roads around the parliament in Nyeri.", []),
        ("On 2 June 2022, firefighters burned tyres in a training exercise in Garissa.", []),
        # fighting to be ended or stopped did not happen
        ("On 2 June 2022, the two clans signed a peace deal in Wajir ending inter-clan fighting.", ["agreement"]),
        ("On 2 June 2022, a clan elder in Wajir called for an end to clan violence.", []),
    ],
)  # fmt: skip
def test_wordings_without_their_event(body: str, event_types: list[str]) -> None:
    """The wide protest, riot and assault wordings need their agent, object or grievance."""
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    assert [e.event_type for e in extract_events(article)] == event_types


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, rebels attacked soldiers guarding the former presidential palace in Oruro.",
        "On 2 June 2022, gunmen attacked a police patrol near the former market in Oruro.",
        "On 2 June 2022, gunmen ambushed soldiers of the former 5th Brigade near Oruro.",
        "On 2 June 2022, rebels attacked an army base formerly used by police near Oruro.",
    ],
)
def test_former_names_the_member_not_what_is_near(body: str) -> None:
    """ "former" makes the forces hit civilians only when it qualifies the member himself."""
    assert _main(body).codes.acled_sub_event_type == "Armed clash"


def test_gun_inside_a_word_is_no_firearm() -> None:
    """ "begun" holds no gun: a fight with machetes and no gunfire stays a brawl."""
    event = _main(
        "On 2 June 2022, clashes with sticks and machetes broke out near Eldoret after the harvest had begun."
    )
    assert event.codes.acled_sub_event_type == "Mob violence"


def test_grievance_of_a_protest_is_not_an_event() -> None:
    """ "protested against the arrest of" is a protest, not an arrest."""
    event = _main("On 2 June 2022, journalists protested in Homs against the arrest of an editor.")
    assert event.event_type == "protest"


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        ("On 2 June 2022, rebels clashed with soldiers near Aleppo. 3 fatalities.", 3),
        ("On 2 June 2022, militants attacked soldiers in Homs, killing two soldiers.", 2),
        ("On 2 June 2022, gunmen attacked a village in Homs. A man was found dead.", 1),
        ("On 2 June 2022, rebels clashed with soldiers in Homs; five were injured.", 0),
    ],
)
def test_fatalities(body: str, deaths: int) -> None:
    assert fatalities(_main(body)) == deaths


def test_lead_date_and_place() -> None:
    event = _main("On 2 June 2022, rebels clashed with soldiers in Aleppo (Aleppo). 1 fatality.")
    assert event.time.date.isoformat() == "2022-06-02" and event.time.precision == "day"
    assert event.locations[0].name == "Aleppo" and event.locations[0].country_code == "SY"
    assert any(q.unit == "fatalities" and q.value == 1 for q in event.quantities)


def test_a_charge_is_not_an_event_but_an_allegation_against_the_subject_is() -> None:
    """ "on suspicion of murder" names a charge; "police are accused of assaulting" an act."""
    event = _main(
        "On 2 June 2022, people protested in Homs against the arrest of a teacher on suspicion of murder."
    )
    assert event.event_type == "protest"
    event = _main("On 2 June 2022, police in Homs are accused of assaulting a taxi driver.")
    assert event.event_type == "attack_on_civilians"


@pytest.mark.parametrize(
    ("body", "types"),
    [
        ("Police arrested three men for the kidnapping of a trader in Kano.", ["arrest"]),
        ("Detectives in Eldoret reopened a murder case on Monday.", []),
        ("Police in Kisumu are hunting a man wanted for two murders.", []),
    ],
)
def test_the_crime_of_an_arrest_or_a_case_is_no_event(body: str, types: list[str]) -> None:
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    assert [e.event_type for e in extract_events(article)] == types


@pytest.mark.parametrize(
    "body",
    [
        "Rebels freed 14 hostages they had held since March in a forest near Beni.",
        "Authorities in Tororo released 200 inmates from an overcrowded jail to curb a cholera outbreak.",
    ],
)
def test_prisoners_and_hostages_freed_are_a_release(body: str) -> None:
    event = _main(body)
    assert (event.event_type, event.codes.acled_sub_event_type) == ("release", "Other")
    assert (event.codes.plover, event.codes.plover_mode) == ("CONCEDE", "release")


def test_a_statement_released_is_no_release() -> None:
    article = ArticleMessage(
        id="t", body="The army released a statement on Monday.", published_at="2022-06-10T12:00:00Z"
    )
    assert extract_events(article) == []


@pytest.mark.parametrize(
    ("victim", "sub_event_type"),
    [("a suspected drug dealer", "Armed clash"), ("a shopkeeper", "Attack")],
)
def test_gang_violence_against_a_trafficker_is_a_clash_of_armed_groups(
    victim: str, sub_event_type: str
) -> None:
    """Monitors code a gang's killing of a trafficker as armed groups fighting, not as an
    attack on a civilian."""
    body = f"Gunmen on motorbikes shot dead {victim} outside a bar in Navojoa on Friday."
    assert _main(body).codes.acled_sub_event_type == sub_event_type
