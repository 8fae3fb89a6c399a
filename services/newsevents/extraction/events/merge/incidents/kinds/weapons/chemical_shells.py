"""The shells that carried a chemical attack are that attack: the merging pass
``fold_chemical_shells``.

A chemical attack is told by its agent and by the means that delivered it: "ISIL uses chemical
weapons in Aleppo", then "militants launched rounds loaded with a poison gas on the town, killing
five civilians"; "shells that contained toxic gases", "victims came to hospital with symptoms
of suffocation after the shelling". Each telling yields a draft, the first a chemical attack
and the next a shelling, and no pass that folds retellings takes in another type. ACLED codes
one event, by the weapon (Explosions/Remote violence: Chemical weapon), whatever fired it.

A shelling whose own sentence tells a toxic agent or what it does to people (gas, chlorine,
sarin, "toxic", "suffocation", "choking"; not tear gas, natural gas or gas cylinders) folds
into the nearest chemical attack of the article, if one is told, of its modality, at a place
that holds it or that it holds (or either unplaced) and on no other day. It runs after the
retellings are merged, and a shelling that took in a sentence telling no agent, and no
sentence of the chemical attack ("Earlier two persons were killed in rocket shells on ..."),
stays apart.

An air strike folds the same way only when the agent is told as what the aircraft delivered
(thirty-sixth round): "jet fighters attacked the town with chemical bombs", "helicopters dropped
barrel bombs containing chlorine", or the strike told in the chemical attack's own sentence
("used chemical weapons, killing 100 civilians in an airstrike"). Not "killed in airstrikes and
a chemical weapons attack" (two acts, joined) nor "a warplane had hit a warehouse where militants
kept poison munitions" (a claim of its own: the agent is what the strike hit).

Thirty-eighth round (fold58): an air strike first told by a definite noun of a strike after the
chemical attack ("The air strikes on the town of X also wounded 60 people", "warplanes carried
out the strike at dawn"), told as no new act and with no air strike of the article told before it
that the noun could name back, is the chemical attack retold (:func:`_strike_named_back`); the
attack told at a city named like its province holds the province's towns (the lead's "Idlib"
and the body's "the town of Khan Sheikhoun in Idlib").
"""

from __future__ import annotations

import re

from ......document import Document, sentence_at
from .....draft import EventDraft
from .....geography.city_province import in_the_province, province_by_its_city
from .....geography.nesting import place_fits
from .....story_cues import names_back_by, told_as_new
from ....folding import absorb
from ...identity.attackers import names_its_attacker, side_of
from ...occurrences import days_agree

# A toxic agent by its name or kind: "chlorine", "sarin", "a nerve agent", "toxic".
_AGENT_WORDS = r"toxic|poison(?:ous|ed)?|chlorine|sarin|nerve[\s-]agents?|mustard\s+gas"
# Where an agent is made or kept: "a chemicals factory", "a chemical weapons depot" ...
_STORES = r"plants?|factor(?:y|ies)|depots?|warehouses?|laborator(?:y|ies)|stockpiles?|arsenals?"
# ... and the works a gas or chemical word may name besides ("the gas facility", "a chemicals
# refinery"); not stores in :data:`_STORED`, which reads its words anywhere in the strike's
# sentence: "dropped barrels containing chlorine near a health facility" delivered the agent
# (review58; read as a store, the strike stayed a second event beside the chemical attack).
_WORKS = rf"{_STORES}|facilit(?:y|ies)|refiner(?:y|ies)"
# A gas or chemical word that names a works, a store or a good the shells hit, not an agent they
# carried: "shelled the gas plant", "a chemicals factory", "cutting the gas supply" (review43b).
_NOT_AN_AGENT = (
    r"(?!\s+(?:cylinders?|canisters?|stations?|fields?|pipelines?|bottles?|supply|prices?|"
    rf"tankers?|compan(?:y|ies)|industr(?:y|ies)|works|complex|{_WORKS})\b)"
)
# A toxic agent, or what it does to those who breathe it, in the shelling's own sentence.
_TOXIC = re.compile(
    rf"\b(?:{_AGENT_WORDS}|suffocat\w*|asphyxia\w*|chok(?:ing|ed))\b"
    rf"|\bchemicals?\b{_NOT_AN_AGENT}"
    r"|(?<!\btear\s)(?<!\btear-)(?<!\bnatural\s)\bgas(?:es)?\b"
    rf"{_NOT_AN_AGENT}",
    re.IGNORECASE,
)


def fold_chemical_shells(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each shelling whose sentence tells a toxic agent folded into the nearest chemical
    attack it fits."""
    attacks = [d for d in drafts if d.event_type == "chemical_attack"]
    if not attacks:
        return drafts
    folded: set[int] = set()
    for draft in drafts:
        if draft.event_type == "shelling" and _tells_toxic_agent(doc, draft):
            fitting = [a for a in attacks if _fits(doc, a, draft)]
        elif draft.event_type == "airstrike":
            fitting = [a for a in attacks if _delivered(doc, a, draft) and _fits(doc, a, draft)]
            if not fitting:
                fitting = [a for a in attacks if _strike_named_back(doc, drafts, a, draft)]
        else:
            continue
        if not fitting:
            continue
        nearest = min(fitting, key=lambda a: abs(a.sentence_span.start - draft.sentence_span.start))
        absorb(nearest, draft)
        folded.add(id(draft))
    return [d for d in drafts if id(d) not in folded]


def _tells_toxic_agent(doc: Document, draft: EventDraft) -> bool:
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    return sentence is not None and _TOXIC.search(sentence.text) is not None


def _delivered(doc: Document, attack: EventDraft, strike: EventDraft) -> bool:
    """Whether the sentence the air strike is first told in tells the agent as what the
    aircraft carried (:data:`_CARRIED`), or is one of the chemical attack's own in which the
    strike is not told beside the attack as another act (:data:`_JOINED`); the retellings the
    strike took in go with it."""
    text = doc.sentences[strike.sentences[0]].text
    if _STORED.search(text) is not None:
        return False
    if _CARRIED.search(text) is not None:
        return True
    return (
        strike.sentences[0] in attack.sentences
        and _JOINED.search(text) is None
        and not _two_attackers(doc, attack, strike)
    )


# A strike's own noun told back: "the air strikes", "the strike", "Tuesday's raid" (the nouns of
# :data:`.....story_cues.REFERS_BACK` that name a strike).
_STRIKE_NOUN = re.compile(r"(?:air\s?)?(?:strikes?|raids?)|bombardment|bombing", re.IGNORECASE)


def _strike_named_back(
    doc: Document, drafts: list[EventDraft], attack: EventDraft, strike: EventDraft
) -> bool:
    """Whether the air strike is first told, after the chemical attack, by a definite noun of a
    strike ("The air strikes on the town of X also wounded 60 people", "warplanes carried out
    the strike at dawn") that can only name the attack back: told as no new act, not beside the
    attack as another (:data:`_JOINED`) nor at a store of the agent, no other air strike told
    before it, by no other attacker, on the attack's day, and at its place (or, the attack told
    at a city named like its province, at a town of that province)."""
    first = strike.sentences[0]
    sentence = doc.sentences[first]
    text = sentence.text
    if first <= attack.sentences[0] or not names_back_by(text, _STRIKE_NOUN):
        return False
    if _STORED.search(text) or _JOINED.search(text) or told_as_new(doc, sentence, strike):
        return False
    if any(
        d is not strike and d.event_type == "airstrike" and d.sentences[0] < first for d in drafts
    ):
        return False  # "the strikes" may name that strike back
    # (the sentences the strike took in go with it: the passes before read them as its own)
    return (
        attack.modality == strike.modality
        and attack.temporal_status == strike.temporal_status
        and days_agree(attack, strike)
        and _place_of_the_attack(doc, attack, strike)
        and not _two_attackers(doc, attack, strike)
    )


def _place_of_the_attack(doc: Document, attack: EventDraft, strike: EventDraft) -> bool:
    """The strike's place fits the attack's, or lies in the province the attack's city names."""
    if place_fits(attack.places, strike.places):
        return True
    return province_by_its_city(doc, attack) and any(
        in_the_province(p, attack.places[0]) for p in strike.places
    )


def _two_attackers(doc: Document, attack: EventDraft, strike: EventDraft) -> bool:
    """Whether both name their attacker and not the same one: "forces carried out a chlorine
    attack on Saraqib that wounded 20, while Russian jets bombed a market in the town" tells
    two acts in one sentence (review57)."""
    a = attack.actor1 if names_its_attacker(doc, attack) else None
    b = strike.actor1 if names_its_attacker(doc, strike) else None
    return a is not None and b is not None and a.name != b.name


# The agent told as the load: "with chemical bombs", "barrel bombs containing chlorine",
# "dropped toxic gas", "chemical barrel bombs", "sarin-filled rockets".
_AGENT = rf"(?:chemical|{_AGENT_WORDS})"
_LOAD = r"(?:bombs?|barrels?|munitions?|gas(?:es)?|shells?|rockets?|missiles?)"
_CARRIED = re.compile(
    rf"\b(?:with|using|carrying|containing|dropp(?:ed|ing)|releas(?:ed|ing)|"
    rf"(?:loaded|filled|laden|armed)\s+with)\s+(?:[\w-]+\s+){{0,3}}?{_AGENT}\b"
    rf"|\b{_AGENT}(?:\s+barrel)?\s+{_LOAD}\b(?!\s+(?:attack|use|stockpiles?|programs?))"
    rf"|\b{_AGENT}-(?:filled|laden|tipped)\b",
    re.IGNORECASE,
)
# The strike and the chemical attack told as two acts: "airstrikes and a chemical attack".
_JOINED = re.compile(
    r"\b(?:air\s?strikes?|air\s+raids?|raids?|bombing|bombardment)\s+(?:and|as\s+well\s+as)\s+"
    r"(?:an?\s+|the\s+)?(?:suspected\s+|alleged\s+)?(?:chemical|gas|toxic|poison)",
    re.IGNORECASE,
)
# The agent as what was kept where the strike hit: "a warehouse where militants kept chemical
# weapons", "a chemical weapons depot".
_STORED = re.compile(
    rf"\b(?:kept|stored|stockpiled|hoarded|manufactured|produced|{_STORES})\b", re.IGNORECASE
)


def _fits(doc: Document, attack: EventDraft, shelling: EventDraft) -> bool:
    """Of one modality and time, at a place that holds the other, and every sentence of the
    shelling tells the agent or is the attack's: a shelling that took in a retelling with no
    gas ("Earlier two persons were killed in rocket shells on ...") stays a shelling."""
    told = set(attack.sentences)
    return (
        all(i in told or _TOXIC.search(doc.sentences[i].text) for i in shelling.sentences)
        and attack.modality == shelling.modality
        and attack.temporal_status == shelling.temporal_status
        and days_agree(attack, shelling)
        and place_fits(attack.places, shelling.places)
        and not _other_sides(doc, attack, shelling)
    )


def _other_sides(doc: Document, attack: EventDraft, shelling: EventDraft) -> bool:
    """Whether the two name attackers of two sides, a generic one too ("rebels" against a
    state's forces): "government forces carried out a chemical attack on Douma", then "rebels
    shelled army positions in Douma with shells that contained toxic gases" (review43b)."""
    a = attack.actor1 if names_its_attacker(doc, attack) else None
    b = shelling.actor1 if names_its_attacker(doc, shelling) else None
    if a is None or b is None or a.name == b.name:
        return False
    return _is_state(side_of(a)) != _is_state(side_of(b))


def _is_state(side: str | None) -> bool:
    return (side or "").startswith("state:")
