"""Merging passes for what an incident did: its toll, once (``tolls``), its consequences
told as acts of their own (``consequences``), the acts a counting summary counts
(``counted``), and the bombing whose bomber died in it (``bombers``). They use the helpers of
``incidents``."""
