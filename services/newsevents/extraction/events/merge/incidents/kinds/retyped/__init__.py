"""An occurrence's type changed by what its other sentences tell: passes that fold nothing but
retype an event after the merges, as monitors code an occurrence by its graver act or its
means. An abduction whose occurrence tells a killing is an attack (``killed_captives``), a toll
told in generic words and its means told after it is the shelling or air strike
(``means_told_after``), and a toll told bare in an article led by strikes is one of the strikes
(``strike_tolls``). Place, date and toll stay the event's own."""
