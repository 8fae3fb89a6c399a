"""After merging, news that turns out to be context: the story's closing paragraph (``closing``),
a paragraph that turns back to earlier days (``recalled``), an incident only referred to
(``referred``), the news named again in its frame (``framed``), a recalled incident told on
(``continued``)."""
