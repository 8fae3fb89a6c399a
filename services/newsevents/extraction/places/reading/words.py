"""Word lists of the place matcher: the words around a name that make it no place, or say
what kind of place it is ("Haj Askar", "Quds Force", "X province", "outskirts of X").
"""

from __future__ import annotations

from typing import Literal

from ...text.numbers import COUNTING, ORDINALS
from ..shared.keys import word_set

# How the words around a name qualify it: "X province" (admin1), "rural X", "outskirts of X"
# (area), "X desert", "town of X" (settlement), "X neighbourhood" (locality); plain when nothing
# does.
Mode = Literal["plain", "admin1", "rural", "area", "desert", "settlement", "locality"]

# Capitalised words that are GeoNames places somewhere ("Of", "Police", "Mayor", "Along") but in
# news text are almost always something else: never a place on their own. The adjectives of
# empires and eras name monuments, not towns ("the Roman theatre" of Palmyra is not Roman in
# Romania; lead66).
STOPWORDS = word_set(
    """
    a about above according across added after again against ago all along already also although
    amid among an and another any are around as at attempts back because been before behind being
    below beside between beyond both but by can despite did do does down during each early either
    even ever every few for former from further had has have he her here hers him his how however
    if in including inside instead into is it its just last late later latest least less many may
    meanwhile more most much must near nearby neither never new next no nor not now of off old on
    once one only onto or other our out outside over own past per perhaps since so some still such
    than that the their them then there these they this those though through throughout thus to
    today together told tomorrow tonight too toward towards under unless until up upon us very via
    was we well were what when where whether which while who whom whose why will with within
    without would yesterday yet you your
    hundred thousand million billion dozen dozens several
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec spring summer autumn winter christmas easter ramadan eid
    said says say saying tell tells report reported reports reportedly noted adding source sources
    read more see update breaking photo photos video videos screenshot image images file credit
    editor note caption
    roman romans byzantine ottoman umayyad abbasid hellenistic crusader crusaders pharaonic
    north south east west northern southern eastern western central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern upper lower greater middle high
    higher grand great little big inner outer rural urban mount lake river sea gulf ocean island
    islands valley desert mountain mountains hill hills plain plains coast coastal city cities town
    towns village villages province provinces governorate region regions district county capital
    township townships municipality municipalities upazila upazilas tehsil tehsils taluk taluka
    constituency constituencies subcounty sub
    border borders frontier area airport hospital school university college mosque church temple
    shrine market street road highway square bridge dam camp camps base bases prison centre center
    hotel stadium park palace tower building port station field fields crossing checkpoint
    police army government ministry ministries council state states islamic islam republic
    revolutionary revolution guard guards corps force forces brigade brigades regiment division
    battalion unit units militia militias militiamen group groups front party movement coalition
    alliance union national democratic liberation popular mobilisation mobilization resistance
    security defence defense military intelligence interior foreign affairs office agency news
    media press radio channel times post daily observatory human rights watch international united
    nations world global federal supreme court congress parliament senate assembly cabinet embassy
    consulate committee commission organisation organization foundation institute company bank fund
    programme program project operation operations campaign ceasefire truce war peace freedom
    justice liberty hope unity victory independence martyrs martyr civil jihad holy sacred royal
    public private social cultural culture economic energy oil gas water food health education
    development relief aid red crescent cross doctors white black green blue golden silver
    industry industries commerce trade agriculture transport finance tourism labour labor
    information economy environment endowments awqaf planning
    god allah prophet lord christ muslim muslims christian christians sunni sunnis shia shiite
    shiites alawite alawites druze kurdish kurds arab arabs arabic jewish jews persian turkmen
    locals local residents people family families members member leader leaders officials official
    commander commanders fighters troops soldiers forces tribe tribes tribal elders clan
    regime opposition rebels rebel insurgents terrorist terrorists
    hezbollah hizbullah hamas taliban isis isil daesh qaeda
    """
) | frozenset((*COUNTING[1:10], *ORDINALS[:5]))  # "two" to "ten", "first" to "fifth"
# Peoples and faiths named without a country ("Turkmen Bari", "Kurdish Kobani").
PEOPLES = word_set(
    "kurdish kurds kurd arab arabs turkmen turkmens druze alawite alawites sunni sunnis shia "
    "shiite shiites christian christians muslim muslims jewish persian assyrian yazidi bedouin "
    "circassian armenian"
)
# Words before a person's name ("Haj Askar", "Imam al-Mahdi"): the name is not a place.
TITLES = word_set(
    """
    mr mrs ms miss dr prof sir president vice prime minister king queen prince princess emir amir
    sultan sheikh shaikh shaykh sheik imam haj hajj hajji hajja mullah ayatollah sayyed sayyid
    seyed mufti cleric general gen colonel col major maj captain capt lieutenant lt sergeant sgt
    commander brigadier marshal admiral governor mayor senator judge pope cardinal bishop father
    brother sister saint abu umm bin ibn mohammed muhammad mohammad
    """
)
# Capitalised words after a name making it an organisation ("Quds Force", "Hauran Brigade").
UNIT_NOUNS = word_set(
    """
    force forces brigade brigades regiment division battalion battalions army corps front movement
    party scouts guards legion militia militias unit units squadron group times post club
    """
)
# Capitalised facility nouns: "al-Nour Mosque" is named after a word, not a place.
FACILITY_NOUNS = word_set(
    "hospital mosque church school university college hotel stadium street square clinic shrine "
    "mall"
)
# Lowercase nouns of a site named after the town it lies in: "the Dadaab refugee camp", "Lafey
# police station", "Ngara estate", "Majengo slums", "Kaplong trading centre". Not "area": "the
# Woodvale area in the north of the city" is a quarter, no town abroad of that name.
SITE_NOUNS = word_set("estate market slum slums refugee police trading bus camp complex")
# Lowercase nouns of the people of a place or of an institution named after it: "Lodwar
# residents", "Kisumu traders", "Chuka University students" tell the place of what they do.
PEOPLE_NOUNS = word_set(
    """
    residents villagers inhabitants locals traders vendors hawkers businessmen farmers herders
    pastoralists fishermen miners workers employees staff teachers lecturers doctors nurses
    students pupils youths youth women elders parents tenants squatters voters
    operators drivers motorists worshippers mourners protesters demonstrators
    """
)
# The followers and contests of a party, a candidate or a party's symbol, after its name: "Jubilee
# supporters", "Boat supporters", "the Jubilee primaries", "Uhuru loyalists" (twenty-third round).
# The name before them is a party's, a person's or a symbol's, not a place.
FOLLOWER_NOUNS = word_set("supporters loyalists primaries aspirants")
ADMIN1_WORDS = word_set(
    "province provinces governorate governate state region oblast department prefecture wilaya"
)
SETTLEMENT_WORDS = word_set(
    "city town towns village villages neighbourhood neighborhood district suburb"
)
# "Salah-Eddin neighbourhood", "Hadar village": a locality, never a province or country so named.
LOCALITY_WORDS = word_set(
    "neighbourhood neighborhood neighbourhoods neighborhoods quarter village hamlet suburb"
)
RURAL_WORDS = frozenset({"countryside"})  # "X countryside", "countryside of X"
AREA_WORDS = word_set("outskirts suburbs environs vicinity")
# The English compass words (alone they name no place: "in Southwest of X")...
COMPASS = word_set(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern"
)
# ... and the words of a bearing in any language ("far", French, Spanish; "Sur", "Centre" and
# "Est" are also towns' names).
DIRECTIONS = COMPASS | word_set(
    "far nord sud est ouest norte sur este oeste centro centre center oriental occidental"
)
DIRECTION_WORDS = "|".join(sorted(DIRECTIONS))  # the same, as a regex alternation
ROUTE_WORDS = word_set(
    "road highway motorway route border borders crossing line axis front corridor"
)
OF_MODES: tuple[tuple[frozenset[str], Mode], ...] = (  # "<word> of X"
    (ADMIN1_WORDS, "admin1"),
    (RURAL_WORDS, "rural"),
    (AREA_WORDS, "area"),
    (frozenset({"desert"}), "desert"),
    (SETTLEMENT_WORDS, "settlement"),
)
# Generic first words of Arabic toponyms (village, hill, monastery, spring, ruin, ...), which
# take the word after them: "Kafr Zita", "Tal al-Samn", "Khirbet Ghazala".
ARABIC_GENERIC = frozenset(
    """kafr kafar kfar kafer kfer tal tell tall tel deir dayr der ain ayn ein jabal jebel jabel
    khirbet khirbat kherbet kherbat khirbit khan um umm beit bayt bait bab ras jisr marj qasr
    qassr abu bir beer hay hayy harat haret wadi ard maarat maaret maarrat mazraat mazraet
    qalaat qalat sheikh shaykh tallet tellet dahret dahr rahbet rahbat daret darat dar zor
    sahl nahr jub jubb souq suq bani beni ibn bin mazraa tlul tloul
    """.split()
)
