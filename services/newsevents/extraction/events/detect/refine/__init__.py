"""The type of a trigger refined by how its act is told (``refinement``): its means
(``means``), its arms (``arms``), communal fights (``communal_fights``) and harm to
demonstrators (``protest_victims``). Imports only ``sides``."""
