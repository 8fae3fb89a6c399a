"""Talking to the broker: connection and security arguments, topics, bounded probes."""
