"""Text-level readings every later stage uses: sentences, dates, quantities and attribution."""
