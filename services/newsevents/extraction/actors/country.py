"""The article's country, which generic actors and the ACLED block are named after.

ACLED names every unnamed crowd, force or armed group after the event's country ("Protesters
(Kenya)", "Police Forces of Kenya", "Unidentified Armed Group (Pakistan)"). The places of the
article say it first. A short note often names no place the gazetteer knows ("Cane farmers in
Nzoia protest the importation of sugar; police intervene"), yet tells the country otherwise:

- a demonym or a possessive ("Kenyan police", "Pakistan's capital"): the place references;
- an actor the dictionary knows the country of ("ODM supporters", "BNP activists", "the
  Taliban"): a party, a force, a group of one country.

Places decide when there are any; otherwise the commonest country among the references and the
named actors; otherwise the first country the article's source says it is about
(``ArticleMessage.countries``). Transnational actors (the UN, al-Qaeda) have no country and say
nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..document import ActorMention, Document
from .dictionary import country_names


def article_country(doc: Document, actors: Iterable[ActorMention] = ()) -> str | None:
    """The commonest country of the article's places; without places, of its demonyms and
    possessives and of the ``actors`` named (default: the document's actors)."""
    references = doc.place_references
    places = Counter(p.country_code for p in doc.places if p.country_code)
    if places:
        return places.most_common(1)[0][0]
    known = country_names()
    named = list(actors) or doc.actors
    cues = Counter(
        code
        for code in (
            *(p.country_code for p in references),
            *(a.country_code for a in named if not a.generic),
        )
        if code and code in known
    )
    if cues:
        return cues.most_common(1)[0][0]
    return doc.country_hints[0] if doc.country_hints else None
