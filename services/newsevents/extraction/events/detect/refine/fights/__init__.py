"""Who fights whom: the sides of a fight (``fight_sides``), armed men told as the dead or hurt
(``armed_dead``), people told as a fight's dead rather than its side (``dead_not_sides``),
communal fights (``communal_fights``), assaults by a band (``assaults``) and fights for a held
place (``held_places``)."""
