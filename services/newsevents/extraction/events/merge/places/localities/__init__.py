"""Places the gazetteer lacks: which localities a sentence names ("the village of X", "X
neighbourhood"), the place each takes, the events placed at them, and names told as lying off a
town."""
