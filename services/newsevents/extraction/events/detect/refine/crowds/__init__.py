"""Crowds and their harm: a gathering hit (``gatherings_hit``), demonstrators harmed
(``protest_victims``) and rioters dispersed (``dispersed_rioters``)."""
