"""What an operator sees: Prometheus metrics, health and readiness probes, the start-up line.

Beside ``stream/``: the service calls it through small hooks; the extraction engine knows
nothing of it.
"""
