"""Text-level readings every later stage uses: sentences, furniture (datelines, credits, outlets),
dates, quantities and attribution."""

from ..component import Component
from .attribution import find_attribution
from .dates import find_dates
from .furniture import find_furniture
from .quantities import find_quantities
from .sentences import split_sentences

SENTENCES = Component.of("sentences", split_sentences, reads=("text",), assigns=("sentences",))
# Datelines, credits, outlets and date words: no event places, and the first two no actors.
FURNITURE = Component.of("furniture", find_furniture, reads=("text",), assigns=("furniture",))
DATES = Component.of(
    "dates", find_dates, reads=("text", "published", "sentences"), assigns=("dates",)
)
# A date inside a count ("the 2019 protesters") is no count.
QUANTITIES = Component.of(
    "quantities", find_quantities, reads=("text", "dates"), assigns=("quantities",)
)
# Reporting constructions name a source; an actor mention names its kind.
ATTRIBUTION = Component.of(
    "attribution",
    find_attribution,
    reads=("text", "sentences", "actors"),
    assigns=("sources",),
)

__all__ = ["ATTRIBUTION", "DATES", "FURNITURE", "QUANTITIES", "SENTENCES"]
