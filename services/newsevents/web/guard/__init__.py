"""The guarded HTTP client: every request to a url that comes from outside goes through it.

addresses.py  which addresses may be connected to (the SSRF policy)
transport.py  resolve once, check, connect to the checked address (httpcore backend)
client.py     FetchOptions from the NEWSEVENTS_FETCH_* settings; guarded_client()
follow.py     one GET: a slot per host, redirects by hand (each hop's scheme checked,
              its address checked at its connection), transport failures named
body.py       a response body within a size cap, decompressed by bounded steps
headers.py    Content-Type and Retry-After, as both fetchers read them
"""

from __future__ import annotations

from .addresses import AddressPolicy, AddressRefused
from .body import read_body
from .client import FetchOptions, guarded_client
from .follow import Answer, HostSlots, get

__all__ = [
    "AddressPolicy",
    "AddressRefused",
    "Answer",
    "FetchOptions",
    "HostSlots",
    "get",
    "guarded_client",
    "read_body",
]
