"""The act told by its means: from the air (``means``), by the arms and weapons named
(``arms``), as materiel destroyed (``materiel``), and a strike told before the act
(``after_a_strike``)."""
