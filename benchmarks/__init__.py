"""Measurement scripts and the ``newsevents bench`` harness (a source checkout only: this
package is not installed with newsevents). See docs/benchmarks.md."""
