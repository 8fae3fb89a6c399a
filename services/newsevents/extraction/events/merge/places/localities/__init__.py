"""Places the gazetteer lacks, by stage: which localities a sentence names (:mod:`.reading`),
which of them an event may be placed at (:mod:`.belonging`), and the passes that place events at
them (:mod:`.placing`). Beside them the locality itself and the place it takes
(:mod:`.locality`), and names told as lying off a town (:mod:`.told_off`)."""
