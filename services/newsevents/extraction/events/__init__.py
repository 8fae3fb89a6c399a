"""Events: triggers (``triggers``, their context ``gates``, ``refinement`` by who acts and who is
hit), then ``linking`` of arguments into events and ``where`` they happened."""
