"""The death toll of an event (``tolls``), and an event with no toll folded into the sibling
that read the toll of its occurrence (``toll_folds``)."""
