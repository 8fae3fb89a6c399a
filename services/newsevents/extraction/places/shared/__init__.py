"""What every stage of the places package shares: name keys (:mod:`.keys`, the normalisation
of the gazetteer index and the matcher alike), distances on the sphere (:mod:`.geometry`), and
the country the article is about by its towns and provinces (:mod:`.article_country`, read by
the events and the output).

Imports run one way: ``shared`` imports nothing of the places package; ``gazetteer`` imports
``shared``; ``reading`` imports both; ``choosing`` imports all three; ``find`` runs them."""
