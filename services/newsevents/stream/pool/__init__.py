"""Extraction off the event loop: the process pool, its priority gate, workers that die with
the service."""
