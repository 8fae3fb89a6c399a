"""After merging, news that turns out to be context: the story's closing paragraph (``closing``),
a paragraph that turns back to earlier days (``recalled``), an incident only referred to
(``referred``)."""
