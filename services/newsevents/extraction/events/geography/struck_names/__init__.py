"""The names an act struck, told as a list of their own: the participle heading or closing a
list of places struck ("Districts struck included ...", :mod:`.struck_heads`) and a roundup's
clause that lists the names its act struck ("..., while helicopters dropped barrel bombs on A, B
and C", :mod:`.struck_clauses`)."""
