"""Trigger words: the lexicon (``lexicon``), the component that finds them in sentences
(``triggers``) and how surely each clause tells its act (``modality``). The last group of
detect/: it reads ``refusals`` and ``refine``."""
