"""The benchmark's corpus: about 6 KB news articles generated from templates written here.

Every article is a different draw of country, towns, actors, dates, tolls and quoted people, so
that no cache (of places, actors, sentences) sees the same text twice and the figures measure
extraction, not memoisation. Article ``i`` of seed ``s`` depends on ``(s, i)`` only: a run of 200
articles is the first 200 of a run of 20,000. The paragraphs are invented conflict reporting in
the style of wire copy; the countries' towns and forces are real names used generically (the
extractor knows them, so every article yields events). Nothing is read from outside this file.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from newsevents.contracts import ArticleMessage

TARGET_BYTES = 6000  # the body's size; the last paragraph may take it a few hundred bytes over


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split(", "))


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    towns: tuple[str, ...]
    forces: tuple[str, ...]  # the state's soldiers, as the press names them
    police: tuple[str, ...]
    groups: tuple[str, ...]  # armed groups that fight there
    monitors: tuple[str, ...]


COUNTRIES = (
    Country(
        "Syria",
        "Syrian",
        _names(
            "Idlib, Raqqa, Deir ez-Zor, Albu Kamal, al-Mayadeen, Homs, Hama, Daraa, Manbij, Azaz, "
            "Afrin, Qamishli, Hasakah, Saraqib, Jisr al-Shughur, Palmyra"
        ),
        ("Syrian army", "Syrian government forces", "Syrian troops", "Syrian regime forces"),
        ("Syrian police",),
        ("Islamic State", "Hayat Tahrir al-Sham", "Syrian National Army", "Hurras al-Din"),
        ("the Syrian Observatory for Human Rights", "local activists", "a medical source"),
    ),
    Country(
        "Iraq",
        "Iraqi",
        _names(
            "Mosul, Kirkuk, Tikrit, Fallujah, Ramadi, Baqubah, Samarra, Basra, Nasiriyah, "
            "Karbala, Sinjar, Tal Afar, Hawija, Baiji"
        ),
        ("Iraqi army", "Iraqi security forces", "Iraqi troops"),
        ("Iraqi police", "Iraqi Federal Police"),
        ("Islamic State", "Kataib Hezbollah", "Asaib Ahl al-Haq"),
        ("a security source", "the provincial health directorate", "local officials"),
    ),
    Country(
        "Yemen",
        "Yemeni",
        _names(
            "Taiz, Aden, Hodeidah, Marib, Sanaa, Ibb, Dhamar, Mukalla, Saada, Lahij, Zinjibar, Ataq"
        ),
        ("Yemeni government forces", "Yemeni army"),
        ("Yemeni police",),
        ("Houthi rebels", "AQAP", "Southern Transitional Council"),
        ("a military source", "local officials", "medics"),
    ),
    Country(
        "Nigeria",
        "Nigerian",
        _names(
            "Maiduguri, Damaturu, Kaduna, Zaria, Jos, Bauchi, Yola, Sokoto, Gusau, Katsina, "
            "Makurdi, Konduga, Bama, Monguno"
        ),
        ("Nigerian army", "Nigerian troops", "Nigerian soldiers"),
        ("Nigerian police", "Nigeria Police Force"),
        ("Boko Haram", "ISWAP", "Ansaru"),
        ("a police spokesman", "local residents", "a community leader"),
    ),
    Country(
        "Somalia",
        "Somali",
        _names(
            "Mogadishu, Afgooye, Baidoa, Kismayo, Beledweyne, Jowhar, Marka, Bosaso, Galkayo, "
            "Dhusamareb, Balcad"
        ),
        ("Somali National Army", "Somali army", "Somali troops"),
        ("Somali police",),
        ("al-Shabaab", "Islamic State Somalia Province"),
        ("Radio Dalsan", "Garowe Online", "a local elder"),
    ),
    Country(
        "Afghanistan",
        "Afghan",
        _names(
            "Kandahar, Kunduz, Jalalabad, Herat, Ghazni, Lashkar Gah, Mazar-i-Sharif, Khost, "
            "Pul-e-Khumri, Faizabad"
        ),
        ("Afghan forces", "Afghan army", "Afghan troops"),
        ("Afghan police",),
        ("Taliban", "Islamic State Khorasan Province", "Haqqani network"),
        ("Pajhwok", "TOLOnews", "a provincial spokesman"),
    ),
    Country(
        "Pakistan",
        "Pakistani",
        _names(
            "Peshawar, Quetta, Bannu, Dera Ismail Khan, Lahore, Karachi, Turbat, Gwadar, Kohat, "
            "Mardan"
        ),
        ("Pakistani security forces", "Pakistani troops", "Frontier Corps"),
        ("Pakistani police", "Punjab Police"),
        ("Pakistani Taliban", "Balochistan Liberation Army", "Lashkar-e-Jhangvi"),
        ("Dawn News", "a police official", "the Human Rights Commission of Pakistan"),
    ),
    Country(
        "Mali",
        "Malian",
        ("Gao", "Timbuktu", "Mopti", "Kidal", "Menaka", "Segou", "Douentza", "Bandiagara"),
        ("Malian army", "Malian soldiers", "Malian troops"),
        ("Malian police",),
        ("JNIM", "Islamic State Sahel Province", "Katiba Macina"),
        ("a local official", "MINUSMA", "a security source"),
    ),
    Country(
        "the Democratic Republic of the Congo",
        "Congolese",
        ("Goma", "Beni", "Butembo", "Bunia", "Rutshuru", "Bukavu", "Uvira", "Djugu"),
        ("Congolese army", "FARDC", "Congolese soldiers"),
        ("Congolese police",),
        ("M23 rebels", "ADF rebels", "CODECO"),
        ("Radio Okapi", "the Kivu Security Tracker", "civil society leaders"),
    ),
    Country(
        "Ukraine",
        "Ukrainian",
        _names(
            "Avdiivka, Bakhmut, Kharkiv, Kherson, Zaporizhzhia, Mariupol, Kramatorsk, Sloviansk, "
            "Pokrovsk, Sumy, Chernihiv"
        ),
        ("Ukrainian forces", "Ukrainian troops"),
        ("Ukrainian police",),
        ("Russian forces", "Russian troops", "Wagner Group"),
        ("the regional governor", "Ukrinform", "the Kyiv Independent"),
    ),
)

FIRST_NAMES = _names(
    "Ahmad, Fatima, Omar, Aisha, Yusuf, Maryam, Ibrahim, Amina, Khalid, Leila, Musa, Hawa, "
    "Abdullahi, Zainab, Hassan, Nadia, Samuel, Grace, Olena, Taras, Bilal, Sana, Moussa, Aminata, "
    "Jean-Pierre, Esther, Farid, Rania, Idris, Halima"
)
LAST_NAMES = _names(
    "al-Hassan, Abdi, Mohammed, Bello, Okafor, Hussein, Rahimi, Khan, Traore, Diallo, Kabila, "
    "Mugisha, Kovalenko, Shevchenko, al-Obeidi, Yusufzai, Warsame, Jama, al-Jabouri, Saleh, "
    "Haidari, Qureshi, Keita, Coulibaly, Mwamba, Bondarenko, al-Ahmad, Farah, Danjuma, Nasser"
)
ROLES = _names(
    "a local activist, a police spokesman, a spokesman for the provincial governor, a doctor at "
    "the main hospital, a member of the local council, a tribal elder, a journalist based in the "
    "area, a security official who asked not to be named"
)
MONTHS = _names(
    "January, February, March, April, May, June, July, August, September, October, November, "
    "December"
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# {place}, {place2}: towns of the article's country; {force}, {police}, {group}: its actors;
# {day}: when, relative to the publication date; {n}, {m}, {k}: tolls; {person}, {role}: who says;
# {month}, {country}: for the background paragraphs.
PARAGRAPHS = (
    "{group} fighters attacked a checkpoint of the {force} near {place} {day}, killing {n} "
    "soldiers and wounding {m} others, {person}, {role}, told reporters. The attackers withdrew "
    "towards {place2} before reinforcements arrived.",
    "The {police} arrested {n} protesters in {place} {day} after hundreds of people marched to "
    "the governor's office to protest against power cuts and the rising price of bread, "
    "{person}, {role}, said.",
    "A roadside bomb struck a convoy of the {force} on the road between {place} and {place2} "
    "{day}. {n} soldiers were killed in the blast, according to {monitor}, and {group} later "
    "claimed the attack in a statement.",
    "Airstrikes hit a crowded market in {place} {day}, killing {n} civilians, including {k} "
    "children, {monitor} said. Rescue workers were still searching the rubble late at night.",
    "Gunmen abducted {n} aid workers on the outskirts of {place} {day}, {person}, {role}, said, "
    "and later demanded a ransom for their release.",
    "The {force} shelled villages around {place} {day} with artillery and rockets, {monitor} "
    "reported, destroying at least {n} houses. Hundreds of residents fled towards {place2}.",
    "Clashes broke out between the {force} and {group} in {place} {day} and lasted for several "
    "hours. {n} fighters died and {m} were wounded, a medical source in {place2} said.",
    "Hundreds of demonstrators gathered in the main square of {place} {day} to demand the "
    "release of detained relatives. The {police} fired tear gas to disperse them, and at least "
    "{n} people were injured, {person}, {role}, said.",
    "{group} militants seized the town of {place} {day} after government troops withdrew, "
    "{person}, {role}, said. The militants burned the police station and looted the market.",
    "A suicide bomber blew himself up at a mosque in {place} during Friday prayers {day}, "
    "killing {n} worshippers and wounding {m}, the {police} said.",
    "The {force} said it had killed {n} members of {group} in an operation near {place} {day} "
    "and seized weapons and ammunition. The claim could not be independently verified.",
    "Unidentified gunmen shot dead a member of the local council in {place} {day}, {person}, "
    "{role}, told reporters. No group claimed responsibility for the killing.",
    "Farmers from villages around {place} blocked the main highway to {place2} {day} with "
    "burning tyres to demand compensation for crops destroyed by floods. The protest ended "
    "peacefully in the evening, {person}, {role}, said.",
    "The {force} deployed reinforcements to {place} {day} and set up {n} new checkpoints on the "
    "road to {place2}, residents said. Dozens of armoured vehicles arrived from the capital.",
    "A mortar shell fired by {group} landed on a school in {place} {day}, killing {k} pupils "
    "and a teacher, {monitor} said. Classes in the district were suspended until further notice.",
    "Humanitarian agencies say more than {n},000 people have left {place} since the fighting "
    "began, and food prices in {place2} have doubled. Aid convoys have been blocked for weeks.",
)
# Context without a new event, as most of a real article is: politics, economy, history, quotes.
BACKGROUND = (
    "{place} lies on the main trade route to {place2}, and control of the road has changed "
    "hands several times since the conflict began. Traders say the journey that once took two "
    "hours now takes most of a day because of the checkpoints.",
    '"We are tired of promises," said {person}, {role}. "Every year the officials come to '
    '{place}, they take photographs and they leave, and nothing changes for the families here."',
    "The government in the capital has promised to rebuild the hospital in {place2}, but the "
    "budget approved by parliament in {month} covers only {n} per cent of the cost, according "
    "to documents seen by reporters.",
    "Analysts say the {group} has been weakened by internal rivalries over the past year, but "
    "it still draws recruits from the poorest districts around {place}, where unemployment among "
    "young men is estimated at {n} per cent.",
    "Electricity in {place} is available for only a few hours a day, and many families rely on "
    "private generators whose fuel costs have risen sharply since {month}, {person}, {role}, "
    "said.",
    "The United Nations has appealed for more funding for its programmes in {country}, saying "
    "its plan for this year is only {n} per cent funded. Agencies warn that cuts to food rations "
    "would hit the displaced around {place2} first.",
    "Local elections planned for {month} in the province that includes {place} have been "
    "postponed twice. Officials cite security concerns; {person}, {role}, said the delay suits "
    "the ruling coalition.",
    "Schools in {place} reopened last month after repairs funded by a foreign donor, and "
    "teachers say attendance has returned to about {n} per cent of its pre-war level.",
    "The road between {place} and {place2} was resurfaced in {month}, and the price of a bus "
    "ticket has fallen by {n} per cent, according to drivers at the main station.",
    "{person}, {role}, said the talks between community leaders and the authorities in {place2} "
    "would resume next week, with water rights and the return of the displaced on the agenda.",
)
EVENT_SHARE = 0.4  # the share of paragraphs that tell an event (about ten events per article)

HEADLINES = (
    "{n} killed as fighting spreads near {place}",
    "Attack near {place} leaves {n} dead, officials say",
    "Protests and arrests in {place} as tensions rise",
    "{group} blamed for deadly violence around {place}",
    "Residents flee {place} after days of shelling",
)


def _day(rng: random.Random, published: dt.datetime) -> str:
    """When an event happened, as the press writes it relative to the publication date."""
    back = rng.randint(0, 6)
    date = published.date() - dt.timedelta(days=back)
    shape = rng.randrange(4)
    if back == 0 and shape == 3:
        return "earlier today"
    if shape == 0:
        return f"on {WEEKDAYS[date.weekday()]}"
    if shape == 1:
        return f"on {date.day} {MONTHS[date.month - 1]}"
    if shape == 2:
        return f"on {WEEKDAYS[date.weekday()]} night"
    return f"on {MONTHS[date.month - 1]} {date.day}"


def _fill(template: str, rng: random.Random, country: Country, published: dt.datetime) -> str:
    place, place2 = rng.sample(country.towns, 2)
    return template.format(
        place=place,
        place2=place2,
        force=rng.choice(country.forces),
        police=rng.choice(country.police),
        group=rng.choice(country.groups),
        monitor=rng.choice(country.monitors),
        day=_day(rng, published),
        n=rng.randint(2, 60),
        m=rng.randint(2, 90),
        k=rng.randint(2, 9),
        person=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        role=rng.choice(ROLES),
        month=rng.choice(MONTHS),
        country=country.name,
    )


def _shuffled(rng: random.Random, templates: tuple[str, ...]) -> Iterator[str]:
    while True:
        yield from rng.sample(templates, len(templates))


def article(seed: int, index: int) -> ArticleMessage:
    """Article ``index`` of the corpus of ``seed``: the same whatever the corpus size."""
    rng = random.Random(f"newsevents-bench:{seed}:{index}")
    country = rng.choice(COUNTRIES)
    start = dt.datetime(2018, 1, 1, tzinfo=dt.UTC)
    published = start + dt.timedelta(minutes=rng.randrange(7 * 365 * 24 * 60))
    # Each template once per article while it lasts, as a reporter does not repeat a paragraph.
    events, background = _shuffled(rng, PARAGRAPHS), _shuffled(rng, BACKGROUND)
    paragraphs: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        template = next(events) if rng.random() < EVENT_SHARE else next(background)
        text = _fill(template, rng, country, published)
        paragraphs.append(text)
        size += len(text.encode()) + 2
    title = _fill(rng.choice(HEADLINES), rng, country, published)
    return ArticleMessage(
        id=f"bench-{seed}-{index}",
        title=title[0].upper() + title[1:],
        body="\n\n".join(p[0].upper() + p[1:] for p in paragraphs),
        published_at=published,
        source="Benchmark Wire",
    )


def articles(count: int, seed: int = 1, start: int = 0) -> Iterator[ArticleMessage]:
    for index in range(start, start + count):
        yield article(seed, index)
