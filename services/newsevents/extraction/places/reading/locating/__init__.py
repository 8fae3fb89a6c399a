"""What locates a name in its sentence: the units told around it ("X in Y province"), in
parentheses after it, and a capital told by its country ("Lebanon's capital")."""
