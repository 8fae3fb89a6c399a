"""Who fights whom: the sides of a fight (``fight_sides``), communal fights
(``communal_fights``), assaults by a band (``assaults``) and fights for a held place
(``held_places``)."""
