"""Merging passes for crowds: a demonstration and what was done to it are one event
(``demonstrations``), one demonstration per town and day (``town_demonstrations``), deaths
told in the story of a repressed demonstration (``repression``). They run after the passes of
``incidents`` and use its helpers."""
