"""What every stage of the places package shares: name keys (:mod:`.keys`, the normalisation
of the gazetteer index and the matcher alike) and distances on the sphere (:mod:`.geometry`).

Imports run one way: ``shared`` imports nothing of the places package; ``gazetteer`` imports
``shared``; ``reading`` imports both; ``choosing`` imports all three; ``find`` runs them."""
