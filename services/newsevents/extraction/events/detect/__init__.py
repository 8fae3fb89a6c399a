"""Detecting events: trigger words and the rules that keep or refine them, in four groups that
import one way: ``sides`` -> ``refusals`` -> ``refine`` -> ``words``."""
