"""Actor mentions: who acts in the article.

Four sources, in order of trust:
1. the actor dictionary (``data/actors.tsv``): canonical name, kind, country, patron;
2. named armed units the dictionary lacks ("the 47th Regiment", "“Al-Sheikh” Brigade"), read
   from their shape (:mod:`.units`);
3. people, read from the contexts that name them (reporting verbs, "known as", role nouns;
   :mod:`.people`), and the shorter later forms of a named actor (:mod:`.short_forms`);
4. generic actors ("militiamen", "protesters"), named the ACLED way after the article's country.

Affiliation comes from the dictionary and is overridden by the text ("IRGC-affiliated 47th
Regiment", "militias affiliated with the IRGC", "fighters trained by the IRGC"; :mod:`.patrons`).
"""

from __future__ import annotations

from ..document import ActorMention, Document, Span, SpanIndex
from .country.article import article_country
from .dictionary import ActorMatcher, default_matcher, named_actors
from .named.acronyms import defined_acronyms
from .named.arabic_units import add_arabic_units
from .named.coalitions import name_bare_coalitions
from .named.leaders_men import leaders_men
from .named.members import name_members
from .named.party_militias import party_militias
from .named.patrons import affiliation_from_text, fold_patrons
from .named.people import add_people, add_surname_mentions
from .named.short_forms import add_short_forms
from .named.speakers_men import speakers_men
from .named.units import add_named_units
from .relabel import taken_spans
from .unnamed.branches import branch_forces
from .unnamed.camp_names import camp_labels, camp_sides
from .unnamed.communal import ethnic_fight_sides, ethnic_militias
from .unnamed.community_sides import community_sides
from .unnamed.forces import state_forces
from .unnamed.generic import generic_actors
from .unnamed.herders import herders_acting
from .unnamed.identity_militias import identity_militias
from .unnamed.joint_forces import joint_forces
from .unnamed.local_militias import town_militias

# The geoparser reads dictionary actors through ``named_actors`` (places/choosing/context.py)
# and tests the matcher through ``default_matcher``, both from here.
__all__ = ["default_matcher", "find_actors", "named_actors"]


def find_actors(doc: Document, matcher: ActorMatcher | None = None) -> None:
    matcher = matcher or default_matcher()
    found = [
        entry.mention(Span(match.start(), match.end()), match.group())
        for match, entry in named_actors(doc.text, matcher)
    ]
    country = article_country(doc, found)
    # "coalition warplanes": the coalition the article names in full (Saudi-led in Yemen).
    found = name_bare_coalitions(found, country, matcher)
    # "Assad forces", "the regime's helicopters": the leader's or government's armed men.
    found = leaders_men(doc.text, found)
    # "the Israeli occupation arrested", "PKK/PYD terrorists": the camps' labels of a side.
    found = camp_labels(doc.text, found, country)
    found.extend(
        force
        for force in state_forces(doc.text, country)
        if not any(m.span.overlaps(force.span) for m in found)
    )
    # "Syrian and Russian warplanes", "regime and Russian airstrikes": the home state's forces.
    found = joint_forces(doc.text, found, country)
    # "the government said its forces recaptured the town": the speaker's armed side.
    found = speakers_men(doc.text, found, country)
    # "FC personnel", "Pakistani Rangers": a branch's short name, in its country's article.
    found.extend(
        force
        for force in branch_forces(doc.text, country)
        if not any(m.span.overlaps(force.span) for m in found)
    )
    add_named_units(doc, found, country)
    # "Jaish al-Tahrir", "Liwa Fursan al-Haq": a group named by an Arabic unit word.
    add_arabic_units(doc, found, country, matcher)
    add_people(doc, found, matcher)
    add_surname_mentions(doc, found)
    add_short_forms(doc, found)
    # "Turkana raiders": the community's men, though "Turkana" is also a county.
    found.extend(
        m
        for m in ethnic_militias(doc.text, country)
        if not any(f.span.overlaps(m.span) for f in found)
    )
    # "pro-government forces", "the regime shelled", "Kurdish-led forces": the sides of a civil
    # war as the wire and the camps name them.
    found.extend(
        m for m in camp_sides(doc.text, country) if not any(f.span.overlaps(m.span) for f in found)
    )
    # "militiamen from the Hawadle clan": a group the list above lacks, told by its kind.
    found.extend(
        m
        for m in identity_militias(doc.text, country)
        if not any(f.span.overlaps(m.span) for f in found)
    )
    # "fighters from Zawiyah": the town's communal militia (an ethnic group's name, which may
    # also be a town's, has been read above: "Kikuyu militias").
    found.extend(
        m for m in town_militias(doc, country) if not any(f.span.overlaps(m.span) for f in found)
    )
    # "a group of herders attacked a farmer": herders acting, a community's militia.
    found.extend(
        m
        for m in herders_acting(doc.text, country)
        if not any(f.span.overlaps(m.span) for f in found)
    )
    # "gunmen from a neighbouring village", "two rival clans clashed": a community's men.
    found.extend(
        m
        for m in community_sides(doc.text, country)
        if not any(f.span.overlaps(m.span) for f in found)
    )
    _add_generic_actors(doc, found, country)
    # "Ethnic clashes in Molo": the fight's unnamed sides, where no armed men are named.
    found.extend(
        m
        for m in ethnic_fight_sides(doc.text, country, found)
        if not any(f.span.overlaps(m.span) for f in found)
    )
    # "BEIRUT (AP) —", "(dpa/GNA)": a credit names who wrote the report, not who acted.
    credits = SpanIndex(f.span for f in doc.furniture if f.kind in ("dateline", "credit"))
    found = [m for m in found if not credits.holds(m.span)]
    found.sort(key=lambda m: m.span.start)
    found = name_members(doc.text, defined_acronyms(doc.text, fold_patrons(doc.text, found)))
    # "BNP militants": the party's armed men are its militia.
    party_militias(doc.text, found, matcher)
    doc.actors = [affiliation_from_text(doc.text, m, found, matcher) for m in found]


def _add_generic_actors(doc: Document, found: list[ActorMention], country: str | None) -> None:
    """ "militiamen", "Police", "pro-government fighters", named after the article's country."""
    taken = taken_spans(doc, found)
    for mention in generic_actors(doc.text, country):
        if not taken.overlaps(mention.span):
            found.append(mention)
            taken.add(mention.span)
