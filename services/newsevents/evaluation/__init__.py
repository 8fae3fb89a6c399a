"""Extraction quality measured against gold data sets (ACLED notes, GeoWebNews).

Nothing here ships data: the commands read a file the user points to. ``newsevents evaluate
acled FILE.csv`` and ``newsevents evaluate geo FILE.xml`` print a table of metrics and, as their
last line, one JSON object of the same metrics.
"""
