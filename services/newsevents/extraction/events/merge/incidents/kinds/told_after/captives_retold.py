"""One abduction told again later in an article is that abduction: the pass
``fold_retold_abductions``.

A kidnapping is told as the lead ("gunmen abducted 42 people in X"), then again in a witness's or
an official's words further down ("bandits abducted some passengers last night", "the abductors
released the hostages", "a soldier was abducted from a checkpoint south of Benghazi"), often at a
place of another grain (the village, the district, the road) or with no place at all. The
structural passes compare the places and the distance in sentences and keep the later one apart.
The captives are the same: a story tells one abduction unless it says it tells another.

An asserted (or claimed) abduction of the news is folded into the article's earlier one when:
- it is told in a sentence of its own (a sentence listing two abductions at two places is split
  by the listed-places passes);
- it is not told as new ("another", "in a separate incident", a sentence opening on another
  place or day: :func:`.....story_cues.told_as_new`), neither telling counts acts ("two
  separate attacks") and the article counts no abductions ("two kidnappings");
- their days agree (no two explicit days), their attackers agree (no two named groups) and
  their places lie in one country, and the later one's sentence names no province the first's
  places lie outside ("12 farmers near Kagarko in Kaduna State", then "bandits abducted 20
  worshippers from a mosque in Funtua in Katsina State": two abductions a roundup tells);
- the first is not told on an explicit day days before the report: "the hostages" of a story
  told a week after the abduction are the captivity it reports (a release, the relatives'
  protests), as the gold codes them, not the abduction told again.
"""

from __future__ import annotations

from ......document import Document
from ......prefilter import quick_search
from ......text.several_acts import COUNTED_ABDUCTIONS, COUNTED_ACTS
from .....draft import OCCURRED, EventDraft
from .....story_cues import told_as_new
from ....folding import absorb, fold_into_earlier
from ...identity.attackers import attackers_agree
from ...occurrences import days_agree

_ABDUCTION = "abduction"


def fold_retold_abductions(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each abduction of the news folded into the earlier one it tells again, else kept. None is
    folded when the article counts abductions anywhere ("two kidnappings in Kaduna State", then
    each told): read once per article, not once per pair."""
    if any(quick_search(COUNTED_ABDUCTIONS, s.text) for s in doc.sentences):
        return list(drafts)
    return fold_into_earlier(drafts, lambda k, draft: _retells(doc, k, draft), absorb)


def _retells(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    if not (_news_abduction(earlier) and _news_abduction(later)):
        return False
    if set(earlier.sentences) & set(later.sentences):
        return False
    if _counts_acts(doc, earlier) or _counts_acts(doc, later):
        return False
    if told_as_new(doc, doc.sentences[later.sentences[0]], later):
        return False
    if _other_country(earlier, later) or _other_province(doc, earlier, later):
        return False
    if _days_before_report(doc, earlier):
        return False
    return days_agree(earlier, later) and attackers_agree(doc, earlier, later)


# How many days before the report an abduction may have been told on and its captives still
# be its news: told a week later, "the hostages" are the captivity the report tells (their
# release, their relatives' protests), which the abduction recalled on its day is not.
_NEWS_DAYS = 3


def _days_before_report(doc: Document, earlier: EventDraft) -> bool:
    """Whether the first abduction is told on an explicit day more than ``_NEWS_DAYS`` before the
    report ("110 civilians were kidnapped on 16 April", reported on the 25th)."""
    date = earlier.date
    if date is None or date.precision != "day":
        return False
    return (doc.published - date.date).days > _NEWS_DAYS


def _other_country(earlier: EventDraft, later: EventDraft) -> bool:
    if not earlier.places or not later.places:
        return False
    return earlier.places[0].country_code != later.places[0].country_code


def _other_province(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later abduction's own sentence names a province (its state, governorate)
    the first abduction's places do not lie in: "Bandits abducted 20 worshippers in Funtua in
    Katsina State" after "12 farmers near Kagarko in Kaduna State". Only a province the
    sentence names: a town read by a namesake in another province tells nothing apart."""
    sentence = doc.sentences[later.sentences[0]]
    named = {p.name for p in doc.in_sentence(doc.places, sentence) if p.precision == "admin1"}
    first = {p.province for p in earlier.places if p.precision != "country"} - {None}
    return bool(named) and bool(first) and not named & first


def _news_abduction(draft: EventDraft) -> bool:
    return (
        draft.event_type == _ABDUCTION
        and draft.temporal_status == "current"
        and draft.modality in OCCURRED
    )


def _counts_acts(doc: Document, draft: EventDraft) -> bool:
    """Whether the event's sentences count acts ("two separate attacks")."""
    texts = [doc.sentences[i].text for i in draft.sentences if i < len(doc.sentences)]
    return any(COUNTED_ACTS.search(t) for t in texts)
