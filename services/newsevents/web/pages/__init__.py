"""Url-only articles: a message with a ``url`` and no ``body`` -> the complete Article.

fetch.py      one page: retries with capped backoff, HTML only, the whole within a deadline
read.py       main text, title, date and declared language of a page (trafilatura)
language.py   English or not: script, message, page, detection (py3langid)
articles.py   message -> complete Article (fetched when it has only a url), for the service
standalone.py the same outside the service, for ``newsevents extract``
"""
