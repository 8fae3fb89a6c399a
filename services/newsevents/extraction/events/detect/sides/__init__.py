"""Who a trigger's words name: the kind of party a noun phrase names (``parties``), the agent
and the party hit (``agents``), and the parties beside an act that are neither (``bystanders``).
The first group of detect/: it imports no other."""
