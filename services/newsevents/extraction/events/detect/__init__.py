"""Detecting events: trigger words and the rules that keep or refine them."""
