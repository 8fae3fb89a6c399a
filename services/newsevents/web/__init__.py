"""News from the web: the guarded HTTP client, the pages of url-only articles, the feed poller.

Plumbing, not extraction: the engine never imports this package. Three stages, a subpackage
each (see each module's docstring):

    guard/   the HTTP client every outside url goes through, shared by pages/ and feeds/:
             which addresses may be reached (after DNS, at every redirect hop), one GET with
             redirects followed by hand, bodies read within a size cap (decompression too)
    pages/   url-only article messages: the page fetched, its main text read (trafilatura),
             English or not, the complete Article the service extracts (``newsevents run``,
             ``newsevents extract``)
    feeds/   ``newsevents feeds``: RSS/Atom feeds polled into url-only article messages, each
             published once (seen markers on a compacted topic), with its own /metrics

Imports go one way: pages/ and feeds/ use guard/; neither uses the other.
"""
