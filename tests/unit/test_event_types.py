"""ACLED-style sub-event types, fatalities and the main event of short self-written reports."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.ontology import ACLED_SUB_EVENT_TYPES, EVENT_TYPES
from newsevents.extraction.pipeline import extract_events
from newsevents.extraction.primary import fatalities, primary_event


def _main(body: str) -> EventMessage:
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event


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
        ("On 2 June 2022, police fired tear gas shells to disperse students marching in Kano.", "Protest with intervention"),
        ("On 2 June 2022, police fired teargas shells at stone-pelting youths in Kano.", "Violent demonstration"),
        # the weapon named between "fired" and its target
        ("On 2 June 2022, rebels fired anti-aircraft guns at the positions of the army near Idlib.", "Shelling/artillery/missile attack"),
        ("On 2 June 2022, rebels fired sniper rifles at army positions near Latakia.", "Armed clash"),
        # bombing of militants with no aircraft named is from the air
        ("On 2 June 2022, the army bombed rebel hideouts in the hills near Idlib.", "Air/drone strike"),
        # a planted bomb that went off
        ("On 2 June 2022, a bomb planted by militants wounded three soldiers near Tartus.", "Remote explosive/landmine/IED"),
        ("On 2 June 2022, two policemen suffered injuries from a militant-planted mine near Tartus.", "Remote explosive/landmine/IED"),
        # wounds and bodies without a verb of attack
        ("On 2 June 2022, a bullet struck and injured a shopkeeper in Bukavu.", "Attack"),
        ("On 2 June 2022, unidentified attackers wounded two unarmed young men near Bukavu.", "Attack"),
        ("On 2 June 2022, a woman was found wrapped in a sheet beside a road in Kisumu.", "Attack"),
        ("On 2 June 2022, two men with their throats slit were found near Kisumu.", "Attack"),
        # "by gunmen" after "were left" is the agent, not a target that would make it a clash
        ("On 2 June 2022, the remains of two traders were left by gunmen beside a road near Bukavu.", "Attack"),
        # stoning and hitting take their type from who does it
        ("On 2 June 2022, residents stoned two policemen in Kisumu.", "Mob violence"),
        ("On 2 June 2022, a crowd of traders hit a man suspected of theft at the market in Mombasa.", "Mob violence"),
        ("On 2 June 2022, police officers hit two women with batons at a market in Mombasa.", "Attack"),
        # protests worded by what the crowd did
        ("On 2 June 2022, a group of farmers gathered in the main square of Kandy, to call for lower fertiliser prices.", "Peaceful protest"),
        ("On 2 June 2022, opposition supporters gathered and chanted in Galle.", "Peaceful protest"),
        ("On 2 June 2022, students shouted anti-government slogans outside the university in Kandy.", "Peaceful protest"),
        ("On 2 June 2022, residents of Galle banged pots and pans against the new tax.", "Peaceful protest"),
        ("On 2 June 2022, a group of vendors blocked the entrance to the municipal market in Mombasa.", "Peaceful protest"),
        ("On 2 June 2022, teachers padlocked the offices of the education department in Kisumu.", "Peaceful protest"),
        ("On 2 June 2022, hundreds of dock workers poured onto the streets of Mombasa to ask for overtime pay.", "Peaceful protest"),
        ("On 2 June 2022, bus drivers in Kandy demanded the payment of their overdue wages.", "Peaceful protest"),
        ("On 2 June 2022, trade unions commemorated Labour Day in Galle with calls for higher wages.", "Peaceful protest"),
        ("On 2 June 2022, a group of fishermen joined the annual anti-dam march in Kandy.", "Peaceful protest"),
        # barricades and burning tyres make a crowd's action a violent demonstration
        ("On 2 June 2022, youths barricaded the main road in Kisumu.", "Violent demonstration"),
        ("On 2 June 2022, residents burned tyres on the highway outside Kisumu.", "Violent demonstration"),
        ("On 2 June 2022, traders erected barricades across the streets of Mombasa.", "Violent demonstration"),
        ("On 2 June 2022, people burned objects outside a closed bank in Galle to demonstrate against its closure.", "Violent demonstration"),
        # damage without 'destroyed': burned, smashed, torn down, forced open
        ("On 2 June 2022, unidentified men burned the main stand of the stadium in Galle.", "Looting/property destruction"),
        ("On 2 June 2022, activists smashed the glass doors of a bank in Galle.", "Looting/property destruction"),
        ("On 2 June 2022, a crowd of relatives forced the entrance of a clinic in Mombasa.", "Mob violence"),
        ("On 2 June 2022, residents tore down the fence of a police post in Kisumu.", "Mob violence"),
        # clans fight with militias: a clash, not a brawl
        ("On 2 June 2022, clan-based clashes left four people dead near Marsabit.", "Armed clash"),
        ("On 2 June 2022, militiamen from two rival clans clashed near Marsabit.", "Armed clash"),
        # changes to armed groups: defections and drills
        ("On 2 June 2022, twelve policemen joined the Taliban in Kunar province.", "Change to group/activity"),
        ("On 2 June 2022, the militia conducted military exercises in a stadium in Bukavu.", "Change to group/activity"),
    ],
)  # fmt: skip
def test_less_usual_wordings(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # "armed individuals" are armed, not individuals: firing on a patrol is a clash
        ("On 2 June 2022, a customs patrol was shot at by armed individuals near Tarija.", "Armed clash"),
        # a security post is a post of the forces
        ("On 2 June 2022, gunmen attacked a security post near Tarija.", "Armed clash"),
        # "a group of local people" is a crowd, not the people it ends with
        ("On 2 June 2022, a group of local people killed a suspected cattle thief in Sucre.", "Mob violence"),
        # off-duty or retired members of the forces are hit as civilians
        ("On 2 June 2022, gunmen shot dead an off-duty police officer outside his home in Tarija.", "Attack"),
        ("On 2 June 2022, gunmen shot and wounded a retired soldier in Tarija.", "Attack"),
        # gunfire is no mob's weapon, even when the wounded are "people"
        ("On 2 June 2022, three people were wounded in a drive-by shooting by two gunmen in Sucre.", "Attack"),
        # a beating by police or guards is their attack on the one beaten
        ("On 2 June 2022, police officers beat up a street vendor in Sucre.", "Attack"),
        ("On 2 June 2022, prison guards beat up a visiting lawyer in Sucre.", "Attack"),
        # "hurt in an attack by a mob": the mob is the agent
        ("On 2 June 2022, two forest rangers were injured in an attack by a mob near Sucre.", "Mob violence"),
        # unorganised sides clashing are a brawl: two groups, mobs, party members, foreigners
        ("On 2 June 2022, two groups of fishermen clashed over a boundary on the lake near Jinja.", "Mob violence"),
        ("On 2 June 2022, members of the ruling party clashed with members of an opposition party in Jinja.", "Mob violence"),
        ("On 2 June 2022, a group of foreign nationals clashed with border guards near Busia.", "Mob violence"),
        # ... and so is a clash fought with sticks and machetes, whoever fights it
        ("On 2 June 2022, the Dove Brigade and the Falcon Club clashed with sticks and machetes in Jinja.", "Mob violence"),
        # gunfire between two groups of fighters stays a clash
        ("On 2 June 2022, an exchange of fire took place between two groups of armed men near Jinja.", "Armed clash"),
    ],
)  # fmt: skip
def test_who_acts_and_who_is_hit(body: str, sub_event_type: str) -> None:
    """Generic violence words take their sub-event type from their agent and target."""
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, relatives gathered in Kandy for a wedding.",
        "On 2 June 2022, heavy floods hit the town of Galle.",
        "On 2 June 2022, residents hit hard by the drought queued for water in Kisumu.",
    ],
)
def test_gathering_or_hitting_alone_is_no_event(body: str) -> None:
    """The protest and assault wordings need their object: a bare 'gathered' or 'hit' is none."""
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    assert [e.event_type for e in extract_events(article)] == []


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
